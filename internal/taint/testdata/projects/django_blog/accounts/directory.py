"""Staff directory (LDAP, through ldap3)."""
from django.conf import settings
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

_server = Server(settings.LDAP_SERVER, get_info=ALL)


def _connection():
    return Connection(_server, auto_bind=True)


def find_user(username):
    conn = _connection()
    conn.search(settings.LDAP_SEARCH_BASE, f"(&(objectClass=person)(uid={username}))", SUBTREE, attributes=["cn", "mail"])  # want: KR609
    return conn.entries


def find_user_escaped(username):
    conn = _connection()
    conn.search(settings.LDAP_SEARCH_BASE, f"(&(objectClass=person)(uid={escape_filter_chars(username)}))", SUBTREE)  # safe: KR609 ldap3 escape_filter_chars
    return conn.entries


def search_people(terms):
    parts = ""
    for term in terms:
        parts += "(cn=*" + term + "*)"
    with _connection() as conn:
        conn.search(search_base=settings.LDAP_SEARCH_BASE, search_filter="(|" + parts + ")", search_scope=SUBTREE)  # want: KR609
        return list(conn.entries)


def groups_of(uid):
    conn = _connection()
    flt = "(&(objectClass=groupOfNames)(member=uid=%s,%s))" % (uid, settings.LDAP_SEARCH_BASE)
    conn.search(settings.LDAP_SEARCH_BASE, flt, attributes=["cn"])  # want: KR609
    return [e.cn.value for e in conn.entries]


def team_members(team):
    conn = _connection()
    conn.search(settings.LDAP_SEARCH_BASE, "(&(objectClass=person)(ou={}))".format(team), SUBTREE)  # want: KR609
    return conn.entries


DEPARTMENTS = ("engineering", "editorial", "sales")


def department_members(department):
    if department not in DEPARTMENTS:
        return []
    conn = _connection()
    conn.search(settings.LDAP_SEARCH_BASE, f"(&(objectClass=person)(departmentNumber={department}))", SUBTREE)  # safe: KR609 allow-list that returns
    return conn.entries


def staff_count():
    conn = _connection()
    conn.search(settings.LDAP_SEARCH_BASE, "(objectClass=person)", SUBTREE)  # safe: KR609 constant filter
    return len(conn.entries)
