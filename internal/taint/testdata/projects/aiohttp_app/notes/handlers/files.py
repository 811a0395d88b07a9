"""Attachments on disk."""
import os
import shutil
import tarfile
import uuid
from pathlib import Path

import aiofiles
from aiohttp import web

from ..security import contained_path, joined_path
from ..settings import ATTACHMENTS, EXPORTS

routes = web.RouteTableDef()


@routes.get("/attachments/{name}")
async def download(request):
    name = request.match_info["name"]
    return web.FileResponse(joined_path(name))  # want: KR604


@routes.get("/attachments/{name}/checked")
async def download_checked(request):
    return web.FileResponse(contained_path(request.match_info["name"]))  # safe: KR604 commonpath containment in the helper


@routes.post("/attachments")
async def upload(request):
    form = await request.post()
    upload = form["file"]
    filename = upload.filename
    async with aiofiles.open(os.path.join(ATTACHMENTS, filename), "wb") as out:  # want: KR604
        while chunk := upload.file.read(65536):
            await out.write(chunk)
    return web.json_response({"stored": filename})


@routes.post("/attachments/anonymous")
async def upload_anonymous(request):
    data = await request.read()
    name = uuid.uuid4().hex
    with open(os.path.join(ATTACHMENTS, name), "wb") as out:  # safe: KR604 generated name
        out.write(data)
    return web.json_response({"stored": name})


@routes.post("/attachments/delete")
async def delete_many(request):
    payload = await request.json()
    for name in payload["names"]:
        os.unlink(os.path.join(ATTACHMENTS, name))  # want: KR604
    return web.json_response({"deleted": len(payload["names"])})


@routes.post("/exports/{label}/copy")
async def copy_export(request):
    label = request.match_info["label"]
    data = await request.post()
    src = Path(EXPORTS) / f"{label}.tar"
    dest = Path(EXPORTS) / "copies" / str(uuid.uuid4())
    shutil.copy(src, dest)  # want: KR604
    if data.get("unpack") == "yes":
        with tarfile.open(dest) as tf:
            tf.extractall(path=Path(EXPORTS) / "unpacked" / data.get("into", "default"))  # want: KR604
    return web.json_response({"copied": str(dest)})


@routes.get("/exports")
async def list_exports(request):
    return web.json_response({"exports": sorted(os.listdir(EXPORTS))})  # safe: KR604 constant directory
