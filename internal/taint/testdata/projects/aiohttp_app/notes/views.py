"""Class-based views (aiohttp web.View)."""
import json

from aiohttp import web
from aiohttp_session import get_session

from . import storage


class NoteView(web.View):
    async def get(self):
        owner = self.request.match_info["owner"]
        rows = await storage.notes_by_owner_bound(owner)
        return web.json_response({"rows": rows})

    async def post(self):
        form = await self.request.post()
        self.title = form["title"]
        self.owner = self.request.match_info["owner"]
        await self.save()
        return web.json_response({"saved": True})

    async def save(self):
        db = await storage.connect()
        try:
            await db.execute("INSERT INTO notes (owner, title) VALUES ('%s', '%s')" % (self.owner, self.title))  # want: KR601
            await db.execute("INSERT INTO audit (action) VALUES (?)", ("note-created",))  # safe: KR601 constant and parameter binding
            await db.commit()
        finally:
            await db.close()


class ProfileView(web.View):
    greeting = "Welcome back"

    async def get(self):
        page = f"<p>{self.greeting}</p>"
        return web.Response(text=page, content_type="text/html")  # safe: KR701 class attribute constant

    async def put(self):
        payload = await self.request.json()
        bio = payload.get("bio", "")
        page = "<section class='bio'>{}</section>".format(bio)
        return web.Response(body=page.encode(), content_type="text/html")  # want: KR701

    async def patch(self):
        payload = json.loads(await self.request.text())
        session = await get_session(self.request)
        session["bio_draft"] = payload["bio"]  # want: KR612
        return web.json_response({"ok": True})
