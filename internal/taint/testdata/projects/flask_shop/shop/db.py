"""SQLite access for the shop."""
import sqlite3

from flask import current_app, g


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app):
    app.teardown_appcontext(close_db)


def query_all(sql, params=()):
    """Runs a read query and returns every row."""
    cur = get_db().cursor()
    cur.execute(sql, params)  # want: KR601
    return cur.fetchall()


def query_one(sql, params=()):
    """Like query_all, for one row; only ever given literal SQL."""
    return get_db().execute(sql, params).fetchone()  # safe: KR601 callers pass literal SQL with placeholders


def run_script(script):
    """Maintenance scripts typed in by staff in the back office."""
    conn = get_db()
    conn.executescript(script)  # want: KR601
    conn.commit()


def table_size(table):
    # Callers name their tables in code.
    return get_db().execute("SELECT COUNT(*) FROM " + table).fetchone()[0]  # safe: KR601 only constant table names reach it


def record_event(kind, detail):
    """Audit log. The detail is user text, but it is bound, never formatted in."""
    get_db().execute("INSERT INTO events (kind, detail) VALUES (?, ?)", (kind, detail))  # safe: KR601 parameter binding
    get_db().commit()
