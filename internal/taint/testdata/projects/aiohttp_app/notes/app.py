"""Application factory."""
import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from .handlers import admin, files, notes, proxy, tools
from .middlewares import request_id, security_headers
from .settings import COOKIE_SECRET
from .views import NoteView, ProfileView


async def health(request):
    return web.json_response({"ok": True})


def create_app():
    app = web.Application(client_max_size=8 * 1024 * 1024, middlewares=[request_id, security_headers])
    setup_session(app, EncryptedCookieStorage(COOKIE_SECRET))
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=True)
    app.add_routes(notes.routes)
    app.add_routes(files.routes)
    app.add_routes(proxy.routes)
    app.add_routes(tools.routes)
    app.add_routes(admin.routes)
    app.router.add_get("/admin", health, name="admin-home")
    app.add_routes([web.view("/users/{owner}/notes", NoteView), web.view("/profile", ProfileView)])
    app.router.add_get("/health", health)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
