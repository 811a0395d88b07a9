import logging
import traceback

import uvicorn
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from .routes import router

log = logging.getLogger("service")

app = FastAPI(title="orders", debug=True)  # want: KR102
app.add_middleware(GZipMiddleware, minimum_size=1000)  # want: KR225
app.add_middleware(  # want: KR223
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
)
app.include_router(router)


@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    log.error("request failed, authorization %s", request.headers.get("Authorization"))  # want: KR101
    return JSONResponse({"error": str(exc), "trace": traceback.format_exc()}, status_code=500)  # want: KR104


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)  # want: KR103
