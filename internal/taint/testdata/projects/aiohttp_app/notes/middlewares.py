"""Middlewares: request ids and security headers."""
import uuid

from aiohttp import web


@web.middleware
async def request_id(request, handler):
    response = await handler(request)
    response.headers["X-Request-Id"] = request.headers.get("X-Request-Id", "")  # want: KR611
    response.headers["X-Trace"] = uuid.uuid4().hex  # safe: KR611 generated value
    return response


@web.middleware
async def security_headers(request, handler):
    response = await handler(request)
    response.headers["X-Content-Type-Options"] = "nosniff"  # safe: KR611 constant
    response.headers["Referrer-Policy"] = "same-origin"
    return response
