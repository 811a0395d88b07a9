import logging
import os
import uuid

import uvicorn
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import JSONResponse

from .routes import router

log = logging.getLogger("service")

app = FastAPI(title="orders")
app.add_middleware(HTTPSRedirectMiddleware)
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["orders.example.com"])
app.add_middleware(GZipMiddleware, minimum_size=1000)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://shop.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
app.include_router(router)


@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    incident = uuid.uuid4().hex
    log.exception("request to %s failed, incident %s", request.url.path, incident)
    return JSONResponse({"error": "internal error", "incident": incident}, status_code=500)


if __name__ == "__main__":
    uvicorn.run(app, host=os.environ.get("HOST", "127.0.0.1"), port=8000)
