"""Inventory service: FastAPI application."""
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

from .config import get_settings
from .routers import admin, auth, files, items, pages, proxy, reports

settings = get_settings()
app = FastAPI(title=settings.app_name)
app.add_middleware(SessionMiddleware, secret_key="dev-only-secret")

app.include_router(items.router)
app.include_router(files.router)
app.include_router(proxy.router)
app.include_router(admin.router)
app.include_router(auth.router)
app.include_router(pages.router)
app.include_router(reports.router)


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
