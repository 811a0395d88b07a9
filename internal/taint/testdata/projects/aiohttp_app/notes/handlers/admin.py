"""Admin handlers, all behind the require_admin decorator."""
import functools
import importlib
import io
import os
import xml.sax
from pathlib import Path

import yaml
from aiohttp import ClientSession, web
from aiohttp_session import get_session
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from lxml import etree

from .. import render, storage
from ..settings import EXPORTS

routes = web.RouteTableDef()
PLUGINS = frozenset({"markdown", "asciidoc"})
MAINTENANCE_TABLES = ("notes", "note_tags", "audit")


def require_admin(handler):
    @functools.wraps(handler)
    async def wrapper(request):
        session = await get_session(request)
        if not session.get("is_admin"):
            raise web.HTTPForbidden()
        return await handler(request)

    return wrapper


@routes.post("/admin/purge/{table}")
@require_admin
async def purge(request):
    table = request.match_info["table"]
    db = await storage.connect()
    await db.execute(f"DELETE FROM {table} WHERE archived = 1")  # want: KR601
    for name in MAINTENANCE_TABLES:
        await db.execute(f"VACUUM {name}")  # safe: KR601 constant loop values
    await db.commit()
    return web.json_response({"purged": table})


@routes.post("/admin/plugins/{name}")
@require_admin
async def enable_plugin(request):
    name = request.match_info["name"]
    if name in PLUGINS:
        module = importlib.import_module("notes.plugins." + name)  # safe: KR603 membership test
    else:
        module = importlib.import_module(name)  # want: KR603
    return web.json_response({"module": module.__name__})


@routes.get("/admin/exports/{name}")
@require_admin
async def read_export(request):
    name = request.match_info["name"]
    with Path(EXPORTS, name).open("rb") as fh:  # want: KR604
        size = len(fh.read())
    base = os.path.realpath(EXPORTS)
    full = os.path.realpath(os.path.join(base, name))
    if not full.startswith(base + os.sep):
        raise web.HTTPForbidden()
    with open(full, "rb") as fh:  # safe: KR604 realpath then startswith, raises on failure
        checked = len(fh.read())
    return web.json_response({"size": size, "checked": checked})


@routes.post("/admin/ping")
@require_admin
async def ping_host(request):
    body = await request.json()
    target = {"host": body["host"], "port": int(body.get("port", 80))}
    async with ClientSession() as session:
        async with session.get(f"http://{target['host']}:{target['port']}/ping") as resp:  # want: KR606
            return web.json_response({"status": resp.status})


@routes.post("/admin/config")
@require_admin
async def load_config(request):
    text = await request.text()
    cfg = yaml.load(text, Loader=yaml.UnsafeLoader)  # want: KR607
    plain = yaml.load(text, yaml.SafeLoader)  # safe: KR607 SafeLoader passed positionally
    return web.json_response({"keys": sorted(cfg), "plain": sorted(plain)})


@routes.get("/admin/notes/select")
@require_admin
async def select_notes(request):
    tree = etree.parse("/var/lib/notes/index.xml")
    expr = "//note[@owner='{}']".format(request.query.get("owner", ""))
    owned = tree.xpath(expr)  # want: KR608
    bound = tree.xpath("//note[@owner=$o]", o=request.query.get("owner", ""))  # safe: KR608 XPath variable
    return web.json_response({"owned": len(owned), "bound": len(bound)})


@routes.get("/admin/people/{uid}")
@require_admin
async def person(request):
    uid = request.match_info["uid"]
    conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(uid=" + uid + ")")  # want: KR609
    conn.search("ou=people,dc=example,dc=com", "(uid=" + escape_filter_chars(uid) + ")")  # safe: KR609 escape_filter_chars
    return web.json_response({"entries": len(conn.entries)})


class OutlineHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += name == "outline"


@routes.post("/admin/outline")
@require_admin
async def outline(request):
    data = await request.read()
    handler = OutlineHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(data))  # want: KR610
    return web.json_response({"outlines": handler.count})


@routes.get("/admin/table")
@require_admin
async def table(request):
    rows = []
    for title in request.query.getall("title", []):
        rows.append(render.note_row(title, "admin"))
    return web.Response(text="<table>" + "".join(rows) + "</table>", content_type="text/html")  # want: KR701


@routes.get("/admin/table/escaped")
@require_admin
async def table_escaped(request):
    rows = [render.note_row_escaped(t, "admin") for t in request.query.getall("title", [])]
    return web.Response(text="<table>" + "".join(rows) + "</table>", content_type="text/html")  # safe: KR701 html.escape in the helper


@routes.post("/admin/mail/preview")
@require_admin
async def mail_preview(request):
    form = await request.post()
    body = render.email_body(form["template"], name=form.get("name", ""))
    fixed = render.email_body_fixed(name=form.get("name", ""))
    return web.json_response({"body": body, "fixed": fixed})


@routes.post("/admin/impersonate")
@require_admin
async def impersonate(request):
    form = await request.post()
    session = await get_session(request)
    session["impersonating"] = form["user"]  # want: KR612
    raise web.HTTPFound(request.app.router["admin-home"].url_for())  # safe: KR605 named route URL
