"""Implementation of the database and directory subcommands."""
import importlib
import os
import sqlite3

import jinja2
import ldap
from ldap3 import Connection, Server
from ldap.filter import escape_filter_chars
from lxml import etree

LDAP_URL = os.environ.get("INV_LDAP_URL", "ldap://ldap.internal")
CATALOG = "/var/lib/inventory/catalog.xml"
PLUGINS = {"stats": "invadmin.plugins.stats", "audit": "invadmin.plugins.audit"}


def find_items(db_path, name, limit):
    conn = sqlite3.connect(db_path)
    query = "SELECT sku, name FROM items WHERE name LIKE '%" + name + "%'"
    query += " LIMIT %d" % limit
    for row in conn.execute(query):  # want: KR601
        print(*row)
    for row in conn.execute("SELECT sku FROM aliases WHERE alias = ?", (name,)):  # safe: KR601 parameterised query
        print(*row)


def purge(db_path, table, days):
    conn = sqlite3.connect(db_path)
    conn.execute(f"DELETE FROM {table} WHERE age_days > {days}")  # safe: KR601 argparse choices= and type=int
    confirm = input("Also drop the archive schema? Type its name: ")
    if confirm:
        conn.execute("DROP TABLE IF EXISTS " + confirm)  # want: KR601
    conn.commit()


def lookup_user(username, strict=False):
    conn = ldap.initialize(LDAP_URL)
    if strict:
        flt = "(uid={})".format(escape_filter_chars(username))
        return conn.search_s("dc=inventory,dc=org", ldap.SCOPE_SUBTREE, flt)  # safe: KR609 escape_filter_chars
    parts = ["(objectClass=person)"]
    for attr in ("uid", "mail"):
        parts.append("(%s=%s)" % (attr, username))
    return conn.search_s("dc=inventory,dc=org", ldap.SCOPE_SUBTREE, "(&" + "".join(parts) + ")")  # want: KR609


def group_members():
    group = os.getenv("INV_ADMIN_GROUP", "admins")
    conn = ldap.initialize(LDAP_URL)
    return conn.search_s("ou=groups,dc=inventory,dc=org", ldap.SCOPE_ONELEVEL, "(cn=%s)" % group)  # want: KR609


def calculate(expression):
    return eval(expression, {"__builtins__": {}})  # want: KR603


def run_plugin(module):
    if module in PLUGINS:
        return importlib.import_module(PLUGINS[module]).run()  # safe: KR603 allow-list lookup
    return __import__(module).run()  # want: KR603


def lookup_sku(sku):
    tree = etree.parse(CATALOG)
    return tree.xpath("//item[@sku='%s']/name/text()" % sku)  # want: KR608


def render(template, shop):
    env = jinja2.Environment(autoescape=True)
    greeting = env.from_string("Hello from {{ shop }}").render(shop=shop)  # safe: KR702 constant template text
    return greeting + "\n" + env.from_string(template).render(shop=shop)  # want: KR702


def lookup_items(sku=None, supplier=None, location=None):
    conditions = []
    for field, value in (("sku", sku), ("supplier", supplier), ("location", location)):
        if value:
            conditions.append("%s='%s'" % (field, value))
    tree = etree.parse(CATALOG)
    return tree.xpath("//item[" + " and ".join(conditions or ["true()"]) + "]/name/text()")  # want: KR608


def lookup_sku_safe(sku):
    tree = etree.parse(CATALOG)
    return tree.xpath("//item[@sku=$sku]/name/text()", sku=sku)  # safe: KR608 XPath variable binding


def interactive_user_search():
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    who = input("User to search for: ").strip()
    conn.search("dc=inventory,dc=org", "(|(uid=%s)(mail=%s))" % (who, who), attributes=["cn"])  # want: KR609
    return [str(e.cn) for e in conn.entries]
