"""Class-based views (web.View)."""
import html

import jinja2
from aiohttp import web
from aiohttp_session import get_session
from lxml import etree

from . import storage

DEFAULT_MOTD = "Welcome to {{ room }}!"


class RoomSettings:
    """In-memory per-room settings, shared between requests."""

    def __init__(self):
        self.motd = {}
        self.topic_colour = "#000000"


SETTINGS = RoomSettings()


def render_motd(room):
    source = SETTINGS.motd.get(room, DEFAULT_MOTD)
    return jinja2.Template(source).render(room=room)  # want: KR702


class MessageView(web.View):
    async def get(self):
        room = self.request.match_info["room"]
        resp = web.json_response({"motd": render_motd(room)})
        resp.headers["X-Chat-Room"] = room  # want: KR611
        resp.headers["X-Chat-Count"] = str(len(storage.search(room, "")))  # safe: KR611 derived integer count
        return resp

    async def post(self):
        data = await self.request.json()
        message = {"room": self.request.match_info["room"], "author": data["author"], "body": data["body"]}
        storage.post_message(message)
        session = await get_session(self.request)
        session["last_room"] = message["room"]  # want: KR612
        session["message_count"] = session.get("message_count", 0) + 1  # safe: KR612 server-side counter
        return web.json_response({"ok": True})


class RoomSettingsView(web.View):
    async def post(self):
        room = self.request.match_info["room"]
        form = await self.request.post()
        SETTINGS.motd[room] = form.get("motd", DEFAULT_MOTD)
        resp = web.HTTPSeeOther("/rooms")  # safe: KR605 constant URL
        resp.set_cookie("chat_colour", form.get("colour", "#000000"))  # want: KR611
        session = await get_session(self.request)
        session["colour"] = form.get("colour")  # want: KR612
        session["motd_len"] = int(form.get("motd_len", "0"))  # safe: KR612 int conversion
        raise resp

    async def put(self):
        parser = etree.XMLParser(resolve_entities=True)
        doc = etree.fromstring(await self.request.read(), parser)  # want: KR610
        return web.json_response({"rules": [r.text for r in doc.iter("rule")]})

    async def get(self):
        room = self.request.match_info["room"]
        motd = jinja2.Template(DEFAULT_MOTD).render(room=room)  # safe: KR702 constant template text
        body = "<h2>Settings for %s</h2><p>%s</p>" % (html.escape(room), html.escape(motd))
        return web.Response(text=body, content_type="text/html")  # safe: KR701 html.escape


class RoomImportView(web.View):
    async def post(self):
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        doc = etree.fromstring(await self.request.read(), parser)  # safe: KR610 entity resolution disabled
        names = doc.xpath("//member[@room=$room]/@name", room=self.request.match_info["room"])  # safe: KR608 XPath variable binding
        return web.json_response({"members": [str(n) for n in names]})
