"""opskit-db: ad-hoc queries against the state database."""
import sqlite3
import sys

from .common import db

TABLES = {"jobs", "hosts", "deploys"}


def show_table(table, limit):
    conn = db()
    rows = conn.execute(f"SELECT * FROM {table} LIMIT {limit}").fetchall()  # want: KR601
    return rows


def host_by_name(name):
    conn = db()
    return conn.execute("SELECT * FROM hosts WHERE name = ?", (name,)).fetchone()  # safe: KR601 parameter binding


def recent_jobs(days):
    conn = db()
    return conn.execute("SELECT * FROM jobs WHERE age_days < %d" % int(days)).fetchall()  # safe: KR601 int()


def known_table(table):
    if table not in TABLES:
        sys.exit(f"unknown table {table}")
    return db().execute("SELECT COUNT(*) FROM " + table).fetchone()[0]  # safe: KR601 allow-list that exits


def interactive():
    conn = sqlite3.connect(":memory:")
    while True:
        statement = input("sql> ")
        if statement in ("quit", "exit"):
            break
        for row in conn.execute(statement):  # want: KR601
            print(row)


def bulk_tag(tag, hosts):
    conn = db()
    conn.executemany("UPDATE hosts SET tag = '" + tag + "' WHERE name = ?", [(h,) for h in hosts])  # want: KR601
    conn.commit()


def main():
    if len(sys.argv) < 2:
        print("usage: opskit-db show TABLE [LIMIT] | host NAME | jobs DAYS | count TABLE | tag TAG HOST... | shell")
        return 2
    cmd = sys.argv[1]
    if cmd == "show":
        limit = sys.argv[3] if len(sys.argv) > 3 else "20"
        for row in show_table(sys.argv[2], limit):
            print(row)
    elif cmd == "host":
        print(host_by_name(sys.argv[2]))
    elif cmd == "jobs":
        print(recent_jobs(sys.argv[2]))
    elif cmd == "count":
        print(known_table(sys.argv[2]))
    elif cmd == "tag":
        _, _, tag, *hosts = sys.argv
        bulk_tag(tag, hosts)
    elif cmd == "shell":
        interactive()
    return 0


if __name__ == "__main__":
    sys.exit(main())
