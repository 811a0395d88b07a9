"""Shared helpers for the wiki blueprints."""
import os
import sqlite3
import subprocess
from functools import wraps

import ldap
from flask import abort, current_app, g, session
from ldap.filter import escape_filter_chars


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if session.get("user_id") is None:
            abort(401)
        return view(*args, **kwargs)
    return wrapped


def find_page_by_title(title):
    cur = get_db().cursor()
    cur.execute("SELECT id, title, body FROM pages WHERE title = '%s'" % title)  # want: KR601
    return cur.fetchone()


def find_page_safe(title):
    cur = get_db().cursor()
    cur.execute("SELECT id, title, body FROM pages WHERE title = ?", (title,))  # safe: KR601 parameterised query
    return cur.fetchone()


def page_path(name):
    return os.path.join(current_app.config["PAGES_DIR"], name + ".md")


def safe_page_path(name):
    base = os.path.realpath(current_app.config["PAGES_DIR"])
    candidate = os.path.realpath(os.path.join(base, name + ".md"))
    if not candidate.startswith(base + os.sep):
        abort(404)
    return candidate


def convert_page(src_path, fmt):
    cmd = "pandoc -f markdown -t {} {}".format(fmt, src_path)
    return subprocess.call(cmd, shell=True)  # want: KR602


def convert_page_safe(src_path, fmt):
    return subprocess.call(["pandoc", "-f", "markdown", "-t", fmt, src_path])  # safe: KR602 argument list, no shell


def lookup_author(uid):
    conn = ldap.initialize(current_app.config["LDAP_URL"])
    return conn.search_s("ou=people,dc=wiki,dc=org", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)  # want: KR609


def lookup_author_safe(uid):
    conn = ldap.initialize(current_app.config["LDAP_URL"])
    flt = "(uid=%s)" % escape_filter_chars(uid)
    return conn.search_s("ou=people,dc=wiki,dc=org", ldap.SCOPE_SUBTREE, flt)  # safe: KR609 escape_filter_chars
