"""Thin helpers over the default database connection."""
from django.db import connection


def fetch_all(sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # want: KR601
        return cursor.fetchall()


def fetch_value(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # safe: KR601 callers pass literal SQL and bind values
        row = cursor.fetchone()
    return row[0] if row else None


def bulk_insert_tags(post_id, tags):
    with connection.cursor() as cursor:
        cursor.executemany("INSERT INTO blog_tag (post_id, name) VALUES (%s, %s)", [(post_id, t) for t in tags])  # safe: KR601 parameter binding
