"""SQLite (aiosqlite) and Postgres (asyncpg) access."""
import aiosqlite
import asyncpg

from .settings import DB_PATH, PG_DSN


async def connect():
    return await aiosqlite.connect(DB_PATH)


async def notes_by_owner(owner):
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute(f"SELECT id, title FROM notes WHERE owner = '{owner}'")  # want: KR601
        return await cursor.fetchall()


async def notes_by_owner_bound(owner):
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute("SELECT id, title FROM notes WHERE owner = ?", (owner,))  # safe: KR601 parameter binding
        return await cursor.fetchall()


async def search_titles(words):
    sql = "SELECT id, title FROM notes WHERE "
    sql += " AND ".join("title LIKE '%" + w + "%'" for w in words)
    async with aiosqlite.connect(DB_PATH) as db:
        async with db.execute(sql) as cursor:  # want: KR601
            return await cursor.fetchall()


async def tag_counts(tags):
    pool = await asyncpg.create_pool(PG_DSN)
    async with pool.acquire() as conn:
        return await conn.fetch("SELECT tag, count(*) FROM note_tags WHERE tag = ANY($1::text[]) GROUP BY tag", tags)  # safe: KR601 parameter binding


async def archive_note(note_id, reason):
    conn = await asyncpg.connect(PG_DSN)
    try:
        await conn.execute("UPDATE notes SET archived = true, reason = '" + reason + "' WHERE id = $1", note_id)  # want: KR601
    finally:
        await conn.close()


async def note_by_id(note_id: int):
    conn = await asyncpg.connect(PG_DSN)
    try:
        return await conn.fetchrow(f"SELECT * FROM notes WHERE id = {note_id}")  # safe: KR601 callers pass int()
    finally:
        await conn.close()


class NoteQuery:
    def __init__(self, order_by):
        self.order_by = order_by
        self.table = "notes"

    async def run(self):
        async with aiosqlite.connect(DB_PATH) as db:
            cursor = await db.execute(f"SELECT id, title FROM {self.table} ORDER BY {self.order_by}")  # want: KR601
            return await cursor.fetchall()

    async def count(self):
        async with aiosqlite.connect(DB_PATH) as db:
            cursor = await db.execute(f"SELECT COUNT(*) FROM {self.table}")  # safe: KR601 constant attribute
            return (await cursor.fetchone())[0]
