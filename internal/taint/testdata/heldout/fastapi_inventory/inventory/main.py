from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

from .routers import admin, items

app = FastAPI(title="Inventory")
app.add_middleware(SessionMiddleware, secret_key="change-me")
app.include_router(items.router)
app.include_router(admin.router)
