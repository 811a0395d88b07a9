"""FastAPI dependencies."""
from fastapi import Header, Request
from ldap3 import Connection, Server


def current_tenant(x_tenant: str = Header(...)) -> str:
    return x_tenant


def search_filters(request: Request) -> dict:
    return {"name": request.query_params.get("q", ""), "location": request.query_params.get("location", "")}


async def raw_body(request: Request) -> bytes:
    return await request.body()


def page_size(size: int = 20) -> int:
    return size


def ldap_conn() -> Connection:
    return Connection(Server("ldap://ldap.inventory.internal"), auto_bind=True)
