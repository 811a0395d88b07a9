"""Link previews and search, through aiohttp's client."""
import logging

import aiohttp
from aiohttp import ClientSession, web

from ..settings import PREVIEW_HOSTS, SEARCH_API

routes = web.RouteTableDef()
log = logging.getLogger(__name__)


@routes.get("/preview")
async def preview(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # want: KR606
            head = await resp.content.read(4096)
    return web.json_response({"status": resp.status, "bytes": len(head)})


@routes.get("/preview/known/{host}")
async def preview_known(request):
    host = request.match_info["host"]
    if host not in PREVIEW_HOSTS:
        raise web.HTTPNotFound()
    async with ClientSession() as session:
        async with session.head(f"https://{host}/health") as resp:  # safe: KR606 allow-list that raises
            return web.json_response({"status": resp.status})


@routes.get("/search")
async def search(request):
    q = request.query.get("q", "")
    async with ClientSession(base_url=SEARCH_API) as session:
        async with session.get("/v1/search", params={"q": q}) as resp:  # safe: KR606 constant base URL and path
            return web.json_response(await resp.json())


@routes.post("/hooks/relay")
async def relay(request):
    body = await request.json()
    session = ClientSession()
    try:
        target = body["target"]
        await session.post(target, json=body.get("payload", {}))  # want: KR606
    finally:
        await session.close()
    return web.json_response({"relayed": True})


@routes.get("/search/direct")
async def search_direct(request):
    q = request.query.get("q", "")
    async with ClientSession() as session:
        async with session.get(f"{SEARCH_API}/v1/search?q={q}") as resp:  # safe: KR606 constant scheme and host, tainted query
            return web.json_response(await resp.json())
