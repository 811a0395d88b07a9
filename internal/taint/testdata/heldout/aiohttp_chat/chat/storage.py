"""Message storage on top of sqlite3."""
import sqlite3
import uuid

DB_PATH = "/var/lib/chat/chat.db"


def connect():
    return sqlite3.connect(DB_PATH)


def history(room, limit):
    conn = connect()
    query = "SELECT author, body FROM messages WHERE room = '" + room + "'"
    query += " ORDER BY id DESC LIMIT %d" % limit
    return conn.execute(query).fetchall()  # want: KR601


def search(room, term):
    conn = connect()
    return conn.execute("SELECT author, body FROM messages WHERE room = ? AND body LIKE ?", (room, "%" + term + "%")).fetchall()  # safe: KR601 parameterised query


def post_message(fields):
    conn = connect()
    columns = ", ".join(fields)
    values = ", ".join("'%s'" % v for v in fields.values())
    conn.execute("INSERT INTO messages (%s) VALUES (%s)" % (columns, values))  # want: KR601
    conn.commit()


def delete_message(message_id):
    conn = connect()
    conn.execute("DELETE FROM messages WHERE id = %d" % message_id)  # safe: KR601 int conversion by caller
    conn.commit()


def invite_room(token):
    token = uuid.UUID(token)
    conn = connect()
    return conn.execute(f"SELECT room FROM invites WHERE token = '{token}'").fetchone()  # safe: KR601 uuid.UUID conversion
