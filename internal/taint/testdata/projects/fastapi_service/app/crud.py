"""Queries. Routers pass request values in; only some are bound."""
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import engine

SORTABLE = ("name", "price", "updated_at")


def search_items(db: Session, name, category, limit):
    sql = "SELECT id, name, price FROM items WHERE 1 = 1"
    if name:
        sql += " AND name ILIKE '%" + name + "%'"
    if category != "all":
        sql += " AND category = :category"
    stmt = text(sql + " LIMIT :limit")  # want: KR601
    return db.execute(stmt, {"category": category, "limit": limit}).all()


def search_items_bound(db: Session, name):
    stmt = text("SELECT id, name FROM items WHERE name ILIKE :pattern")
    return db.execute(stmt, {"pattern": f"%{name}%"}).all()  # safe: KR601 bound parameter


def items_for_tenant(db: Session, tenant):
    return db.execute(text(f"SELECT * FROM {tenant}.items")).all()  # want: KR601


def sorted_items(db: Session, sort):
    if sort not in SORTABLE:
        sort = "name"
    return db.execute(text(f"SELECT id, name FROM items ORDER BY {sort}")).all()  # safe: KR601 allow-list, replaced by a constant otherwise


def item_by_id(db: Session, item_id: int):
    return db.execute(text(f"SELECT * FROM items WHERE id = {item_id}")).first()  # safe: KR601 int path parameter


def delete_by_sku(sku):
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM items WHERE sku = '%s'" % sku)  # want: KR601


def restock(sku, quantity):
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE items SET quantity = quantity + %s WHERE sku = %s", (quantity, sku))  # safe: KR601 parameter binding


def insert_item(db: Session, values):
    columns = ", ".join(values)
    placeholders = ", ".join(f":{k}" for k in values)
    db.execute(text(f"INSERT INTO items ({columns}) VALUES ({placeholders})"), values)  # want: KR601
