"""Note pages and the JSON API."""
import html
import logging
import uuid

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session

from .. import storage
from ..settings import TRUSTED_REDIRECTS

routes = web.RouteTableDef()
log = logging.getLogger(__name__)
SORT_KEYS = {"title": "title", "new": "created DESC"}


@routes.get("/notes")
async def list_notes(request):
    owner = request.query.get("owner", "")
    rows = await storage.notes_by_owner(owner)
    mine = await storage.notes_by_owner_bound(owner)
    return web.json_response({"notes": rows, "mine": mine})


@routes.get("/notes/search")
async def search(request):
    words = request.query.getall("w", [])
    rows = await storage.search_titles(words)
    counts = await storage.tag_counts(request.query.getall("tag", []))
    return web.json_response({"rows": rows, "tags": [dict(c) for c in counts]})


@routes.get("/notes/sorted")
async def sorted_notes(request):
    query = storage.NoteQuery(request.query.get("order", "title"))
    rows = await query.run()
    key = SORT_KEYS.get(request.query.get("order"), "title")
    ordered = await storage.NoteQuery(key).count()
    return web.json_response({"rows": rows, "total": ordered})


@routes.get("/notes/{note_id}")
async def show_note(request):
    row = await storage.note_by_id(int(request.match_info["note_id"]))
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row))


@routes.post("/notes/{note_id}/archive")
async def archive(request):
    form = await request.post()
    await storage.archive_note(int(request.match_info["note_id"]), form.get("reason", ""))
    return web.json_response({"archived": True})


@routes.get("/notes/{note_id}/title")
async def title_fragment(request):
    title = request.query.get("title", "")
    body = "<h1 class='note-title'>" + title + "</h1>"
    return web.Response(text=body, content_type="text/html")  # want: KR701


@routes.get("/notes/{note_id}/title/escaped")
async def title_fragment_escaped(request):
    title = html.escape(request.query.get("title", ""))
    return web.Response(text=f"<h1>{title}</h1>", content_type="text/html")  # safe: KR701 html.escape


@routes.get("/welcome")
@aiohttp_jinja2.template("welcome.html")
async def welcome(request):
    return {"name": request.query.get("name", "guest")}


@routes.post("/session/name")
async def remember_name(request):
    data = await request.json()
    session = await get_session(request)
    session["display_name"] = data["name"]  # want: KR612
    session["seen_welcome"] = True  # safe: KR612 constant
    return web.json_response({"ok": True})


@routes.post("/session/theme")
async def remember_theme(request):
    data = await request.post()
    theme = data.get("theme", "light")
    session = await get_session(request)
    if theme in {"light", "dark"}:
        session["theme"] = theme  # safe: KR612 membership test
    session["visit_id"] = str(uuid.uuid4())  # safe: KR612 generated value
    return web.json_response({"ok": True})


@routes.get("/go")
async def go(request):
    location = request.query.get("to", "/")
    raise web.HTTPFound(location)  # want: KR605


@routes.get("/go/trusted")
async def go_trusted(request):
    location = request.query.get("to", "/")
    if location not in TRUSTED_REDIRECTS:
        raise web.HTTPBadRequest()
    raise web.HTTPFound(location)  # safe: KR605 allow-list that raises


@routes.get("/go/note/{note_id}")
async def go_note(request):
    note_id = int(request.match_info["note_id"])
    raise web.HTTPSeeOther(f"/notes/{note_id}")  # safe: KR605 int()
