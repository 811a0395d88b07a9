"""aiohttp application setup."""
import base64

from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from .handlers import routes
from .views import MessageView, RoomImportView, RoomSettingsView

SECRET = base64.urlsafe_b64decode(b"Y2hhbmdlLW1lLWNoYW5nZS1tZS1jaGFuZ2UtbWUtMTI=")


def create_app():
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(SECRET))
    app.add_routes(routes)
    app.router.add_view("/rooms/{room}/messages", MessageView)
    app.router.add_view("/rooms/{room}/settings", RoomSettingsView)
    app.router.add_view("/rooms/{room}/import", RoomImportView)
    return app


if __name__ == "__main__":
    web.run_app(create_app())
