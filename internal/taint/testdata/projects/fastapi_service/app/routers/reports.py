"""Reports: decorated endpoints, dependencies that pass request values on."""
import functools
import logging
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Header, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse
from markupsafe import escape
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..db import get_db
from ..services import storage
from ..services.render import templates
from ..services.rules import RuleSet, Snapshot, apply_default, blank_snapshot, combine

router = APIRouter(prefix="/reports", tags=["reports"])
log = logging.getLogger(__name__)
DB = Annotated[Session, Depends(get_db)]
REPORT_KINDS = {"daily", "weekly", "monthly"}


def audited(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        log.info("report call %s %r", fn.__name__, kwargs)
        return await fn(*args, **kwargs)

    return wrapper


def next_url(next: str = "/reports/") -> str:
    return next


@router.get("/{name}/rows")
@audited
async def report_rows(name: str, db: DB, where: str = "TRUE"):
    rows = db.execute(text(f"SELECT * FROM report_rows WHERE report = :name AND {where}"), {"name": name}).all()  # want: KR601
    return [dict(r._mapping) for r in rows]


@router.get("/{kind}/summary")
@audited
async def report_summary(kind: str, db: DB):
    if kind not in REPORT_KINDS:
        return {"error": "unknown kind"}
    rows = db.execute(text(f"SELECT * FROM report_{kind}_summary")).all()  # safe: KR601 allow-list that returns
    return [dict(r._mapping) for r in rows]


@router.get("/{name}/csv")
@audited
async def report_csv(name: str):
    return PlainTextResponse(storage.report_path(name).read_text())  # want: KR604


@router.get("/{name}/csv/checked")
async def report_csv_checked(name: str):
    with open(storage.checked_report_path(name)) as fh:  # safe: KR604 commonpath containment in the helper
        return PlainTextResponse(fh.read())


@router.delete("/{name}")
async def delete_report(name: str):
    storage.remove_report(name)
    return {"deleted": name}


@router.post("/rules/preview")
async def preview_rules(rules: Annotated[dict[str, str], Body()]):
    compiled = RuleSet(rules).compile_all()
    return {name: fn(10.0, 1) for name, fn in compiled.items()}


@router.get("/rules/combine")
async def combine_values(a: str, op: str, b: str):
    return {"value": combine(a, op, b)}


@router.get("/rules/default")
async def default_discount(rule: str = "", price: float = 10.0):
    log.info("ignoring submitted rule %r", rule)  # safe: KR603 logging is not a sink
    return {"value": apply_default(rule, price), "blank": blank_snapshot()}


@router.post("/snapshots/restore")
async def restore_snapshot(request: Request):
    snap = Snapshot(await request.body())
    return {"keys": sorted(snap.restore()), "header": len(snap.header())}


@router.get("/done")
async def done(target: Annotated[str, Depends(next_url)]):
    return RedirectResponse(target)  # want: KR605


@router.get("/{name}/title", response_class=HTMLResponse)
@audited
async def report_title(name: str, x_report_owner: Annotated[str, Header()] = ""):
    parts = {"name": name, "owner": x_report_owner, "product": "Inventory"}
    if not x_report_owner:
        return "<title>" + parts["product"] + "</title>"  # safe: KR701 constant dict entry
    return "<title>" + parts["name"] + " by " + parts["owner"] + "</title>"  # want: KR701


@router.get("/{name}/title/escaped", response_class=HTMLResponse)
async def report_title_escaped(name: str):
    return f"<title>{escape(name)}</title>"  # safe: KR701 markupsafe.escape


@router.get("/{name}/heading")
async def report_heading(name: str):
    page = templates.env.from_string("<h1>Report " + name + "</h1>").render()  # want: KR702
    return {"heading": page}


@router.get("/{name}/download")
async def download_headers(name: str, response: Response, lang: str = "en"):
    response.headers["Content-Disposition"] = f"attachment; filename={name}.csv"  # want: KR611
    for key, value in {"Content-Language": lang, "X-Report": "inventory"}.items():
        response.headers[key] = value  # want: KR611
    return {"ok": True}


@router.post("/prefs")
async def save_prefs(request: Request):
    prefs = await request.json()
    for key in ("layout", "density"):
        request.session[key] = prefs.get(key, "")  # want: KR612
    request.session["prefs_saved"] = True  # safe: KR612 constant
    return {"saved": True}
