"""Power-user tools: formulas, imports, exports, directory lookups."""
import asyncio
import base64
import logging
import marshal
import pickle
import subprocess

import aiohttp_jinja2
import ldap
import ldap.filter
import yaml
from aiohttp import web
from defusedxml import ElementTree as DefusedET
from lxml import etree

from ..security import shell_words
from ..settings import EXPORTS

routes = web.RouteTableDef()
log = logging.getLogger(__name__)
EXPORT_FORMATS = ("md", "html", "pdf")


@routes.post("/tools/formula")
async def formula(request):
    data = await request.json()
    value = eval(data["formula"], {"__builtins__": {}}, {"x": float(data.get("x", 0))})  # want: KR603
    return web.json_response({"value": value})


@routes.post("/tools/formula/checked")
async def formula_checked(request):
    data = await request.json()
    a, b = float(data["a"]), float(data["b"])
    return web.json_response({"value": eval(f"{a} + {b}")})  # safe: KR603 float()


@routes.post("/tools/macro")
async def macro(request):
    source = await request.text()
    exec(source, {"__name__": "macro"})  # want: KR603
    return web.json_response({"ran": True})


@routes.post("/tools/export/{note_id}")
async def export(request):
    form = await request.post()
    fmt = form.get("format", "md")
    note_id = request.match_info["note_id"]
    proc = await asyncio.create_subprocess_shell(f"notes-export {note_id} --format {fmt} --out {EXPORTS}")  # want: KR602
    await proc.wait()
    if fmt in EXPORT_FORMATS:
        bulk = await asyncio.create_subprocess_shell("notes-export --format " + fmt + " --all")  # safe: KR602 membership test
        await bulk.wait()
    safe = await asyncio.create_subprocess_shell("notes-export " + shell_words(note_id, fmt))  # safe: KR602 shlex.quote in the helper
    await safe.wait()
    return web.json_response({"exported": note_id})


@routes.post("/tools/grep")
async def grep(request):
    pattern = request.query.get("pattern", "")
    out = subprocess.check_output("grep -rl '" + pattern + "' " + EXPORTS, shell=True)  # want: KR602
    listed = subprocess.check_output(["grep", "-rl", "--", pattern, EXPORTS])  # safe: KR602 argument list with a constant program
    return web.json_response({"files": out.decode().split(), "again": listed.decode().split()})


@routes.post("/tools/import/pickle")
async def import_pickle(request):
    blob = await request.read()
    notes = pickle.loads(blob)  # want: KR607
    return web.json_response({"count": len(notes)})


@routes.post("/tools/import/cookie")
async def import_cookie(request):
    raw = request.cookies.get("notes_state", "")
    state = marshal.loads(base64.b64decode(raw))  # want: KR607
    return web.json_response({"keys": sorted(state)})


@routes.post("/tools/import/yaml")
async def import_yaml(request):
    text = await request.text()
    docs = list(yaml.load_all(text, Loader=yaml.Loader))  # want: KR607
    plain = list(yaml.safe_load_all(text))  # safe: KR607 safe_load_all
    return web.json_response({"docs": len(docs), "plain": len(plain)})


@routes.post("/tools/import/opml")
async def import_opml(request):
    body = await request.read()
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.fromstring(body, parser)  # want: KR610
    folder = request.query.get("folder", "")
    outlines = tree.xpath(f"//outline[@title='{folder}']/outline")  # want: KR608
    everything = tree.xpath("//outline[@xmlUrl]")  # safe: KR608 constant expression
    return web.json_response({"outlines": len(outlines), "all": len(everything)})


@routes.post("/tools/import/opml/safe")
async def import_opml_safe(request):
    body = await request.read()
    tree = DefusedET.fromstring(body)  # safe: KR610 defusedxml
    hardened = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))  # safe: KR610 entities not resolved
    return web.json_response({"root": tree.tag, "items": len(hardened)})


@routes.post("/tools/formula/constant")
async def formula_constant(request):
    data = await request.json()
    formula = data.get("formula", "")
    formula = "x * 2"
    return web.json_response({"value": eval(formula, {"__builtins__": {}}, {"x": 21})})  # safe: KR603 reassigned to a constant


@routes.post("/tools/import/empty")
async def import_empty(request):
    blob = await request.read()
    log.info("legacy import of %d bytes ignored", len(blob))
    blob = pickle.dumps([])
    notes = pickle.loads(blob)  # safe: KR607 reassigned to a constant
    return web.json_response({"count": len(notes)})


@routes.get("/tools/people")
async def people(request):
    name = request.query.get("name", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    found = conn.search_ext_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(displayName=*{name}*)")  # want: KR609
    flt = "(displayName=*%s*)" % ldap.filter.escape_filter_chars(name)
    escaped = conn.search_ext_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)  # safe: KR609 escape_filter_chars
    return web.json_response({"found": len(found), "escaped": len(escaped)})


@routes.post("/tools/template")
async def template_preview(request):
    data = await request.post()
    env = aiohttp_jinja2.get_env(request.app)
    rendered = env.from_string(data["template"]).render(title="Preview")  # want: KR702
    fixed = env.get_template("preview.html").render(title=data.get("title", ""))  # safe: KR702 template from disk
    return web.json_response({"rendered": rendered, "fixed": fixed})


@routes.get("/tools/download/{name}")
async def download_headers(request):
    name = request.match_info["name"]
    resp = web.json_response({"name": name})
    resp.headers["Content-Disposition"] = "attachment; filename=" + name  # want: KR611
    resp.set_cookie("last_download", name)  # want: KR611
    resp.headers["X-Download-Count"] = str(int(request.query.get("n", "1")))  # safe: KR611 int()
    return resp
