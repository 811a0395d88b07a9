"""Database access helpers (SQLAlchemy core)."""
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2://inventory@db/inventory")


def fetch_by_warehouse(warehouse):
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM items WHERE warehouse = '" + warehouse + "'")).fetchall()  # want: KR601


def fetch_by_warehouse_safe(warehouse):
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM items WHERE warehouse = :w"), {"w": warehouse}).fetchall()  # safe: KR601 bound parameter


def build_filter(criteria):
    clauses = []
    for column, value in criteria.items():
        clauses.append(f"{column} = '{value}'")
    return " AND ".join(clauses)
