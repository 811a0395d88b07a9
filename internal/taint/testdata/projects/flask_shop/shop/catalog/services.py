"""Queries behind the catalogue pages."""
import uuid

from ..config import DefaultConfig
from ..db import get_db, query_all, query_one
from ..utils.text import default_sort, like_pattern

SORT_COLUMNS = {"price": "price", "name": "name", "new": "created_at"}


def search_products(term, sort):
    column = SORT_COLUMNS.get(sort, "name")
    sql = "SELECT id, name, price FROM products WHERE name LIKE ? ORDER BY " + column
    return get_db().execute(sql, (like_pattern(term),)).fetchall()  # safe: KR601 binding; column from a constant map


def products_in_category(category):
    sql = "SELECT id, name, price FROM products WHERE category = '" + category + "' ORDER BY name"
    return query_all(sql)


def product_by_id(product_id):
    # product_id comes from an <int:...> route converter.
    return get_db().execute(f"SELECT * FROM products WHERE id = {product_id}").fetchone()  # safe: KR601 int route converter


def product_by_slug(slug):
    return query_one("SELECT * FROM products WHERE slug = ?", (slug,))


def products_by_tags(tags):
    clauses = []
    for tag in tags:
        clauses.append("tags LIKE '%" + tag + "%'")
    where = " OR ".join(clauses)
    return get_db().execute("SELECT id, name FROM products WHERE " + where).fetchall()  # want: KR601


def products_by_ids(raw_ids):
    ids = [int(i) for i in raw_ids]
    placeholders = ",".join("?" * len(ids))
    return get_db().execute(f"SELECT id, name FROM products WHERE id IN ({placeholders})", ids).fetchall()  # safe: KR601 placeholders and binding


def price_history(product_id, currency):
    if currency not in DefaultConfig.ALLOWED_CURRENCIES:
        raise ValueError(f"unsupported currency {currency!r}")
    sql = "SELECT day, price_%s FROM price_history WHERE product_id = ?" % currency.lower()
    return get_db().execute(sql, (product_id,)).fetchall()  # safe: KR601 allow-list that raises


def filtered(field, value):
    sql = "SELECT id, name FROM products WHERE {} = '{}'".format(field, value)
    return get_db().execute(sql).fetchall()  # want: KR601


def top_sellers(limit):
    return get_db().execute("SELECT id, name FROM products ORDER BY sold DESC LIMIT %d" % limit).fetchall()  # safe: KR601 %d of an int() value


def featured(flag):
    return get_db().execute(f"SELECT id, name FROM products WHERE featured = {int(flag)}").fetchall()  # safe: KR601 bool() in the caller, int() here


def product_by_token(token):
    return get_db().execute(f"SELECT * FROM products WHERE share_token = '{uuid.UUID(token)}'").fetchone()  # safe: KR601 uuid.UUID()


def products_on_sale(term):
    sql = "SELECT id, name FROM products WHERE name LIKE '%" + term + "%' AND on_sale = 1"
    # Searching within the sale was dropped; the plain sale list is shown instead.
    sql = "SELECT id, name FROM products WHERE on_sale = 1"
    return get_db().execute(sql).fetchall()  # safe: KR601 reassigned to a constant


def sorted_products(sort):
    return get_db().execute("SELECT id, name FROM products ORDER BY " + default_sort(sort)).fetchall()  # safe: KR601 helper ignores its argument


class ReportQuery:
    """Merchandising report; the supplier is set once and used by several methods."""

    table = "products"

    def __init__(self, supplier):
        self.supplier = supplier
        self.limit = 100

    def rows(self):
        sql = f"SELECT * FROM {self.table} WHERE supplier = '{self.supplier}' LIMIT {self.limit}"
        return get_db().execute(sql).fetchall()  # want: KR601

    def total(self):
        return get_db().execute(f"SELECT COUNT(*) FROM {self.table} LIMIT {self.limit}").fetchone()  # safe: KR601 constant attributes only
