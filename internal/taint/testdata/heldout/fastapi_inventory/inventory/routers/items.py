"""Item endpoints."""
import html
import os
import subprocess
from pathlib import Path
from urllib.parse import quote

import httpx
from fastapi import APIRouter, BackgroundTasks, Cookie, Depends, Form, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from sqlalchemy import text

from .. import db
from ..deps import current_tenant, page_size, search_filters
from ..models import ExportFormat, ItemIn, Region

router = APIRouter(prefix="/items", tags=["items"])

LABEL_DIR = "/srv/inventory/labels"
MANUAL_DIR = "/srv/inventory/manuals"
RETURN_PATHS = {"/items", "/items/search", "/dashboard"}


@router.get("/by-warehouse/{warehouse}")
def by_warehouse(warehouse: str):
    return [dict(r._mapping) for r in db.fetch_by_warehouse(warehouse)]


@router.get("/by-warehouse-safe/{warehouse}")
def by_warehouse_safe(warehouse: str):
    return [dict(r._mapping) for r in db.fetch_by_warehouse_safe(warehouse)]


@router.get("/by-warehouse-id/{warehouse_id}")
def by_warehouse_id(warehouse_id: int):
    with db.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM items WHERE warehouse_id = {warehouse_id}")).fetchall()  # safe: KR601 int path parameter
    return [dict(r._mapping) for r in rows]


@router.get("/search")
def search(filters: dict = Depends(search_filters), tenant: str = Depends(current_tenant)):
    where = db.build_filter(filters)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM items WHERE tenant = '%s' AND %s" % (tenant, where))).fetchall()  # want: KR601
    return [dict(r._mapping) for r in rows]


@router.post("/")
def create_item(item: ItemIn):
    if item.supplier_url:
        httpx.get(item.supplier_url, timeout=5)  # want: KR606
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO items (name, sku, quantity, price) VALUES (:n, :s, :q, :p)"), {"n": item.name, "s": item.sku, "q": item.quantity, "p": item.price})  # safe: KR601 bound parameters
        conn.execute(text(f"UPDATE stats SET total = total + {item.quantity}"))  # safe: KR601 pydantic int field
    return {"sku": item.sku}


@router.get("/supplier/{sku}")
async def supplier_info(sku: str):
    async with httpx.AsyncClient() as client:
        part = await client.get("https://suppliers.example.com/api/parts/" + quote(sku, safe=""))  # safe: KR606 constant host, quoted path
        stock = await client.get("https://suppliers.example.com/api/stock", params={"sku": sku})  # safe: KR606 constant URL, params=
    return {"part": part.json(), "stock": stock.json()}


@router.get("/regional/{sku}")
def regional_stock(sku: str, region: str = Cookie("eu")):
    return httpx.get(f"https://{region}.stock.internal/api/{sku}").json()  # want: KR606


@router.get("/regional-safe/{sku}")
def regional_stock_safe(sku: str, region: Region = Region.eu):
    return httpx.get(f"https://{region.value}.stock.internal/api/{quote(sku)}").json()  # known-fp: KR606 the host is an Enum member, but krait does not know what quote() leaves of sku in a URL whose host is not constant


@router.get("/export")
def export(fmt: ExportFormat):
    subprocess.run(f"inventory-export --format {fmt.value} --out /tmp/export", shell=True, check=True)  # safe: KR602 Enum parameter
    return FileResponse("/tmp/export", filename=f"items.{fmt.value}")


def run_export(fmt: str, dest: str):
    os.system("inventory-export --format " + fmt + " --out " + dest)  # want: KR602


@router.post("/export-custom")
def export_custom(background_tasks: BackgroundTasks, fmt: str = Form("csv"), dest: str = Form("/tmp/out")):
    background_tasks.add_task(run_export, fmt, dest)
    return {"queued": True}


@router.get("/label/{sku}")
def label(sku: str):
    path = Path(LABEL_DIR) / f"{sku}.pdf"
    return FileResponse(path)  # want: KR604


@router.get("/label-safe/{sku}")
def label_safe(sku: str):
    base = os.path.realpath(LABEL_DIR)
    path = os.path.realpath(os.path.join(base, sku + ".pdf"))
    if not path.startswith(base + os.sep):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # safe: KR604 realpath containment check raises


@router.get("/manual")
def manual(name: str = Query(...)):
    return {"manual": Path(MANUAL_DIR, name).read_text()}  # want: KR604


@router.get("/go")
def go(next: str = "/items"):
    return RedirectResponse(next)  # want: KR605


@router.get("/go-safe")
def go_safe(next: str = "/items"):
    if next not in RETURN_PATHS:
        raise HTTPException(status_code=400, detail="bad redirect")
    return RedirectResponse(url=next)  # safe: KR605 allow-list check raises


@router.get("/badge")
def badge(label: str):
    return HTMLResponse(f"<span class='badge'>{label}</span>")  # want: KR701


@router.get("/badge-safe")
def badge_safe(label: str):
    return HTMLResponse(f"<span class='badge'>{html.escape(label)}</span>")  # safe: KR701 html.escape


@router.get("/download")
def download(response: Response, filename: str = Query("items")):
    response.headers["Content-Disposition"] = f"attachment; filename={filename}.csv"  # want: KR611
    return db.fetch_by_warehouse_safe("main")


@router.post("/prefs")
def prefs(response: Response, warehouse: str = Form(...), size: int = Depends(page_size)):
    response.set_cookie(key="warehouse", value=warehouse)  # want: KR611
    response.set_cookie("page_size", str(size))  # safe: KR611 int dependency
    return {"ok": True}


@router.get("/price")
def price(formula: str, base: float):
    return {"price": eval(formula, {"__builtins__": {}}, {"base": base})}  # want: KR603


@router.get("/price-markup")
def price_markup(base: float, markup: float = 1.2):
    return {"price": eval(f"{base} * {markup}")}  # safe: KR603 float query parameters


@router.post("/warehouse/select")
def select_warehouse(request: Request, warehouse: str = Form(...), warehouse_id: int = Form(...)):
    request.session["warehouse"] = warehouse  # want: KR612
    request.session["warehouse_id"] = warehouse_id  # safe: KR612 int form field
    return RedirectResponse("/items", status_code=303)  # safe: KR605 constant URL


@router.get("/scan/{sku}")
def scan(sku: str, tool: str = Query("barcode-scan")):
    proc = subprocess.Popen([tool, "--sku", sku], stdout=subprocess.PIPE)  # want: KR602
    return {"output": proc.communicate()[0].decode()}
