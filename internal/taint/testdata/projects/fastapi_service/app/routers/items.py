"""Inventory items."""
import logging
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from .. import crud
from ..db import get_db
from ..deps import Tenant
from ..models import Category, ItemCreate, ItemFilter

router = APIRouter(prefix="/items", tags=["items"])
log = logging.getLogger(__name__)
DB = Annotated[Session, Depends(get_db)]


@router.get("/")
def list_items(db: DB, name: str | None = None, category: str = "all", limit: int = 20):
    return [dict(r._mapping) for r in crud.search_items(db, name, category, limit)]


@router.get("/bound")
def list_items_bound(db: DB, name: str = ""):
    return [dict(r._mapping) for r in crud.search_items_bound(db, name)]


@router.post("/filter")
def filter_items(db: DB, flt: ItemFilter):
    sql = f"SELECT id, name FROM items WHERE price >= {flt.min_price} LIMIT {flt.limit}"
    cheap = db.execute(text(sql)).all()  # safe: KR601 float and int model fields
    named = db.execute(text("SELECT id FROM items WHERE name = '" + (flt.name or "") + "'")).all()  # want: KR601
    return {"cheap": len(cheap), "named": len(named)}


@router.get("/tenant")
def tenant_items(db: DB, tenant: Tenant):
    return [dict(r._mapping) for r in crud.items_for_tenant(db, tenant)]


@router.get("/sorted")
def sorted_items(db: DB, sort: str = "name"):
    return [dict(r._mapping) for r in crud.sorted_items(db, sort)]


@router.get("/by-category/{category}")
def by_category(db: DB, category: Category):
    rows = db.execute(text(f"SELECT id, name FROM items WHERE category = '{category.value}'")).all()  # safe: KR601 Enum path parameter
    return [dict(r._mapping) for r in rows]


@router.get("/{item_id}")
def get_item(db: DB, item_id: int):
    row = crud.item_by_id(db, item_id)
    return dict(row._mapping) if row else {}


@router.get("/sku/{sku}/history")
def sku_history(db: DB, sku: str, days: int = 30):
    rows = db.execute(text(f"SELECT * FROM stock_history WHERE sku = '{sku}' AND age < {days}")).all()  # want: KR601
    return [dict(r._mapping) for r in rows]


@router.delete("/sku/{sku}")
def delete_item(sku: str):
    crud.delete_by_sku(sku)
    return {"deleted": sku}


@router.post("/sku/{sku}/restock")
def restock(sku: str, quantity: Annotated[int, Body(embed=True)]):
    crud.restock(sku, quantity)
    return {"sku": sku, "added": quantity}


@router.post("/")
def create_item(db: DB, item: ItemCreate):
    db.execute(  # safe: KR601 constant SQL, model fields bound
        text("INSERT INTO items (sku, name, quantity, description) VALUES (:sku, :name, :quantity, :description)"),
        item.model_dump(),
    )
    db.commit()
    log.info("created %s (%s)", item.sku, item.name)
    return item


@router.post("/raw")
async def create_raw(db: DB, request: Request):
    values = await request.json()
    crud.insert_item(db, values)
    db.commit()
    return {"created": True}


@router.get("/search/multi")
def multi_search(db: DB, tags: list[str] = Query(default=[])):
    clauses = " OR ".join([f"tags @> ARRAY['{t}']" for t in tags]) or "TRUE"
    rows = db.execute(text("SELECT id FROM items WHERE " + clauses)).all()  # want: KR601
    return [r.id for r in rows]
