"""Function handlers registered on a RouteTableDef."""
import asyncio
import importlib
import os
import shlex

import aiohttp
import jsonpickle
import yaml
from aiohttp import web
from aiohttp_session import get_session, new_session

from . import storage

routes = web.RouteTableDef()

TRANSCRIPTS = "/var/lib/chat/transcripts"
BOTS = {"echo": "chat.bots.echo", "dice": "chat.bots.dice"}
TRUSTED_REDIRECTS = ("/", "/rooms", "/profile")


@routes.get("/rooms/{room}")
async def room_history(request):
    room = request.match_info["room"]
    limit = int(request.query.get("limit", "50"))
    rows = storage.history(room, limit)
    return web.json_response([{"author": a, "body": b} for a, b in rows])


@routes.get("/rooms/{room}/search")
async def room_search(request):
    rows = storage.search(request.match_info["room"], request.query.get("q", ""))
    return web.json_response([{"author": a, "body": b} for a, b in rows])


@routes.get("/rooms/{room}/transcript")
async def transcript(request):
    room = request.match_info["room"]
    return web.FileResponse(os.path.join(TRANSCRIPTS, room + ".log"))  # want: KR604


@routes.get("/rooms/{room}/title")
async def room_title(request):
    room = request.match_info["room"]
    return web.Response(text=f"<h1>Room {room}</h1>", content_type="text/html")  # want: KR701


@routes.post("/login")
async def login(request):
    form = await request.post()
    session = await get_session(request)
    session["nickname"] = form["nickname"]  # want: KR612
    raise web.HTTPFound(form.get("next", "/"))  # want: KR605


@routes.post("/login-safe")
async def login_safe(request):
    form = await request.post()
    target = form.get("next", "/")
    if target not in TRUSTED_REDIRECTS:
        raise web.HTTPBadRequest(text="bad redirect")
    raise web.HTTPFound(target)  # safe: KR605 allow-list check raises


@routes.get("/logout")
async def logout(request):
    session = await get_session(request)
    session.invalidate()
    raise web.HTTPFound(location=request.headers.get("Referer", "/"))  # want: KR605


@routes.get("/avatar")
async def avatar(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as client:
        async with client.get(url) as resp:  # want: KR606
            data = await resp.read()
    return web.json_response({"bytes": len(data)})


@routes.get("/gravatar/{digest}")
async def gravatar(request):
    digest = request.match_info["digest"]
    async with aiohttp.ClientSession() as client:
        async with client.get("https://www.gravatar.com/avatar/" + digest, params={"s": request.query.get("s", "80")}) as resp:  # safe: KR606 constant host
            data = await resp.read()
    return web.json_response({"bytes": len(data)})


@routes.post("/rooms/{room}/archive")
async def archive(request):
    room = request.match_info["room"]
    proc = await asyncio.create_subprocess_shell(f"tar czf /var/lib/chat/archive/{room}.tgz /var/lib/chat/rooms/{room}")  # want: KR602
    await proc.wait()
    return web.json_response({"archived": room})


@routes.post("/rooms/{room}/archive-safe")
async def archive_safe(request):
    room = request.match_info["room"]
    proc = await asyncio.create_subprocess_exec("tar", "czf", f"/var/lib/chat/archive/{room}.tgz", f"/var/lib/chat/rooms/{room}")  # safe: KR602 exec without shell
    await proc.wait()
    return web.json_response({"archived": room})


@routes.post("/rooms/{room}/notify")
async def notify(request):
    room = request.match_info["room"]
    proc = await asyncio.create_subprocess_shell("chat-notify --room " + shlex.quote(room))  # safe: KR602 shlex.quote
    await proc.wait()
    return web.json_response({"notified": room})


@routes.post("/bots/{name}")
async def run_bot(request):
    module = importlib.import_module("chat.bots." + request.match_info["name"])  # want: KR603
    return web.json_response(await module.handle(await request.json()))


@routes.post("/bots-safe/{name}")
async def run_bot_safe(request):
    name = request.match_info["name"]
    if name not in BOTS:
        raise web.HTTPNotFound()
    module = importlib.import_module(BOTS[name])  # safe: KR603 allow-list lookup
    return web.json_response(await module.handle(await request.json()))


@routes.post("/sync")
async def sync_state(request):
    state = jsonpickle.decode(await request.text())  # want: KR607
    return web.json_response({"restored": len(state)})


@routes.delete("/messages/{message_id}")
async def delete(request):
    storage.delete_message(int(request.match_info["message_id"]))
    return web.json_response({"deleted": True})


@routes.get("/invites/{token}")
async def accept_invite(request):
    row = storage.invite_room(request.match_info["token"])
    if row is None:
        raise web.HTTPNotFound()
    raise web.HTTPFound("/rooms/" + row[0])


def return_url(request):
    return request.query.get("return_to", "/")


@routes.post("/register")
async def register(request):
    data = await request.json()
    session = await new_session(request)
    session["user"] = data["user"]  # want: KR612
    raise web.HTTPFound(return_url(request))  # want: KR605


@routes.get("/tags")
async def tag_cloud(request):
    body = "<ul>"
    for tag in request.query.getall("tag", []):
        body += "<li>" + tag + "</li>"
    body += "</ul>"
    return web.Response(text=body, content_type="text/html")  # want: KR701


@routes.post("/bots/{name}/script")
async def bot_script(request):
    data = await request.json()
    code = compile(data["source"], "<bot:%s>" % request.match_info["name"], "exec")  # want: KR603
    namespace = {}
    exec(code, namespace)  # want: KR603
    return web.json_response({"defined": sorted(namespace)})


@routes.post("/rooms/{room}/rules")
async def upload_rules(request):
    rules = yaml.safe_load(await request.text())  # safe: KR607 yaml.safe_load
    return web.json_response({"rules": len(rules or [])})


@routes.post("/theme")
async def theme(request):
    form = await request.post()
    resp = web.json_response({"ok": True})
    resp.set_cookie("chat_theme", "dark" if form.get("theme") == "dark" else "light")  # safe: KR611 comparison with a constant
    return resp
