"""User directory lookups (ldap3)."""
import ldap3
from ldap3.utils.conv import escape_filter_chars

from ..config import LDAP_BASE, LDAP_HOST


class Directory:
    def __init__(self):
        self.server = ldap3.Server(LDAP_HOST, use_ssl=True)
        self.base = LDAP_BASE

    def connect(self):
        return ldap3.Connection(self.server, auto_bind=True)

    def member_of(self, token_subject, group):
        conn = self.connect()
        flt = "(&(uid={})(memberOf=cn={},{}))".format(token_subject, escape_filter_chars(group), self.base)
        return conn.search(self.base, flt)  # want: KR609

    def lookup(self, username):
        conn = self.connect()
        flt = "(uid=" + escape_filter_chars(username) + ")"
        conn.search(self.base, flt, attributes=["displayName"])  # safe: KR609 escape_filter_chars
        return conn.entries

    def by_mail(self, mail):
        conn = self.connect()
        conn.search(self.base, "(mail=%s)" % mail, attributes=["uid"])  # want: KR609
        return conn.entries
