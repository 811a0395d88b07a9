"""opskit-who: look people up in the directory."""
import sys

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

BASE = "ou=people,dc=example,dc=com"


def connect():
    return Connection(Server("ldaps://ldap.example.com"), auto_bind=True)


def lookup(name, exact):
    conn = connect()
    if exact:
        conn.search(BASE, "(uid=%s)" % escape_filter_chars(name))  # safe: KR609 escape_filter_chars
    else:
        conn.search(BASE, "(|(cn=*" + name + "*)(mail=*" + name + "*))")  # want: KR609
    return conn.entries


def main():
    args = sys.argv[1:]
    exact = "--exact" in args
    names = [a for a in args if not a.startswith("--")]
    for name in names:
        for entry in lookup(name, exact):
            print(entry.entry_dn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
