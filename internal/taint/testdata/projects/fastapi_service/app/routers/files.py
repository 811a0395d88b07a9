"""Reports and uploaded files."""
import os
import uuid
from pathlib import Path

import aiofiles
from fastapi import APIRouter, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from werkzeug.utils import secure_filename

from ..config import DATA_DIR, REPORT_DIR
from ..deps import ReportDir, Tenant

router = APIRouter(prefix="/files", tags=["files"])
UPLOADS = Path(DATA_DIR) / "uploads"


@router.get("/reports/{name}")
def get_report(name: str):
    return FileResponse(os.path.join(REPORT_DIR, name))  # want: KR604


@router.get("/reports/{name}/checked")
def get_report_checked(name: str, base: ReportDir):
    root = os.path.realpath(base)
    path = os.path.realpath(os.path.join(root, name))
    if not path.startswith(root + os.sep):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # safe: KR604 realpath then startswith, raises on failure


@router.get("/reports/by-id/{report_id}")
def get_report_by_id(report_id: uuid.UUID):
    return FileResponse(os.path.join(REPORT_DIR, f"{report_id}.csv"))  # safe: KR604 UUID path parameter


@router.get("/tenant/{name}")
async def tenant_file(name: str, tenant: Tenant):
    safe_name = secure_filename(name)
    async with aiofiles.open(os.path.join(DATA_DIR, tenant, safe_name)) as fh:  # want: KR604
        return {"content": await fh.read()}


@router.post("/upload")
async def upload(file: UploadFile = File(...)):
    data = await file.read()
    (UPLOADS / file.filename).write_bytes(data)  # want: KR604
    return {"stored": file.filename}


@router.post("/upload/renamed")
async def upload_renamed(file: UploadFile = File(...)):
    data = await file.read()
    name = f"{uuid.uuid4()}{Path(secure_filename(file.filename)).suffix}"
    (UPLOADS / name).write_bytes(data)  # safe: KR604 generated name
    return {"stored": name}


@router.get("/archive/{name}")
def archived(name: str, compressed: bool = False):
    name = "latest"
    suffix = ".csv.gz" if compressed else ".csv"
    return FileResponse(os.path.join(REPORT_DIR, "archive", name + suffix))  # safe: KR604 reassigned to a constant, bool query parameter


@router.delete("/uploads/{name}")
def delete_upload(name: str):
    target = UPLOADS.joinpath(name)
    target.unlink(missing_ok=True)  # want: KR604
    return {"deleted": name}


@router.get("/uploads")
def list_uploads(folder: str = "."):
    return {"files": sorted(os.listdir(UPLOADS / folder))}  # want: KR604
