"""Administrative endpoints."""
import pickle
import subprocess

import yaml

import jinja2
from fastapi import APIRouter, Body, Depends, HTTPException, Request
from ldap3 import Connection
from ldap3.utils.conv import escape_filter_chars
from lxml import etree

from ..deps import current_tenant, ldap_conn, raw_body, search_filters
from ..models import ReportRequest

router = APIRouter(prefix="/admin", tags=["admin"])

CATALOG_PATH = "/srv/inventory/catalog.xml"
REPORT_HEADER = "<h1>{{ title }}</h1>"
NAMED_TEMPLATES = {"daily": "Daily stock for {{ day }}", "weekly": "Week {{ week }} summary"}


class ReportCache:
    def __init__(self):
        self.templates = {}

    def store(self, name, source):
        self.templates[name] = source

    def render(self, name, **context):
        return jinja2.Template(self.templates[name]).render(**context)  # want: KR702


cache = ReportCache()


@router.post("/reports")
def create_report(req: ReportRequest):
    cache.store(req.title, req.template)
    header = jinja2.Template(REPORT_HEADER).render(title=req.title)  # safe: KR702 constant template text
    return {"header": header, "body": cache.render(req.title, warehouse_id=req.warehouse_id)}


@router.post("/restore")
def restore(blob: bytes = Depends(raw_body)):
    state = pickle.loads(blob)  # want: KR607
    return {"items": len(state)}


@router.post("/import")
async def import_catalog(request: Request):
    body = await request.body()
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(body, parser)  # want: KR610
    return {"items": len(doc.findall("item"))}


@router.get("/catalog/{sku}")
def catalog_entry(sku: str):
    doc = etree.parse(CATALOG_PATH)
    nodes = doc.xpath("//item[sku='" + sku + "']/name/text()")  # want: KR608
    return {"names": [str(n) for n in nodes]}


@router.get("/catalog-by-id/{item_id}")
def catalog_by_id(item_id: int):
    doc = etree.parse(CATALOG_PATH)
    nodes = doc.xpath("//item[@id=%d]/name/text()" % item_id)  # safe: KR608 int path parameter
    return {"names": [str(n) for n in nodes]}


@router.get("/users")
def find_users(name: str, conn: Connection = Depends(ldap_conn)):
    conn.search("ou=staff,dc=inventory,dc=example", f"(cn={name}*)", attributes=["mail"])  # want: KR609
    return {"mails": [str(e.mail) for e in conn.entries]}


@router.get("/users-safe")
def find_users_safe(name: str, conn: Connection = Depends(ldap_conn)):
    conn.search("ou=staff,dc=inventory,dc=example", "(cn=%s*)" % escape_filter_chars(name), attributes=["mail"])  # safe: KR609 escape_filter_chars
    return {"mails": [str(e.mail) for e in conn.entries]}


@router.get("/named-report/{name}")
def named_report(name: str, day: str = ""):
    if name not in NAMED_TEMPLATES:
        raise HTTPException(status_code=404)
    return {"text": jinja2.Environment().from_string(NAMED_TEMPLATES[name]).render(day=day)}  # safe: KR702 allow-list lookup of constant templates


@router.post("/config")
async def upload_config(request: Request):
    cfg = yaml.safe_load(await request.body())  # safe: KR607 yaml.safe_load
    return {"keys": sorted(cfg or {})}


@router.post("/import-safe")
async def import_catalog_safe(request: Request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(await request.body(), parser)  # safe: KR610 entity resolution disabled
    return {"items": len(doc.findall("item"))}


@router.get("/catalog-search")
def catalog_search(filters: dict = Depends(search_filters)):
    doc = etree.parse(CATALOG_PATH)
    expr = "//item[contains(name, '{}')]/sku/text()".format(filters["name"])
    return {"skus": [str(s) for s in doc.xpath(expr)]}  # want: KR608


@router.post("/reindex")
def reindex(tenant: str = Depends(current_tenant)):
    subprocess.check_call(f"inventory-reindex --tenant {tenant}", shell=True)  # want: KR602
    return {"reindexed": tenant}


@router.post("/pricing-rule")
def pricing_rule(rule: str = Body(..., embed=True), base: float = Body(..., embed=True)):
    return {"price": eval(compile(rule, "<pricing-rule>", "eval"), {"base": base})}  # want: KR603
