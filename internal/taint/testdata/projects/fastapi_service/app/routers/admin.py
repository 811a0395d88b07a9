"""Administrative endpoints: pricing rules, model upload, label templates, imports."""
import base64
import importlib
import pickle
from typing import Annotated

import torch
import yaml
from fastapi import APIRouter, Body, File, Form, Header, HTTPException, Request, UploadFile

from ..config import MODEL_DIR
from ..models import ExportRequest, PricingRule
from ..services import jobs, render

router = APIRouter(prefix="/admin", tags=["admin"])
EXPORTERS = {"csv": "app.exporters.csv_exporter", "json": "app.exporters.json_exporter"}


@router.post("/pricing/evaluate")
def evaluate_rule(rule: PricingRule):
    scope = {"price": rule.base_price}
    value = eval(rule.expression, {"__builtins__": {}}, scope)  # want: KR603
    return {"value": value}


@router.post("/pricing/scale")
def scale(base_price: Annotated[float, Body()], factor: Annotated[float, Body()]):
    return {"value": eval(f"{base_price} * {factor}")}  # safe: KR603 float body fields


@router.post("/exporters/{name}")
def load_exporter(name: str):
    module = importlib.import_module(name)  # want: KR603
    return {"loaded": module.__name__}


@router.post("/exporters/known/{name}")
def load_known_exporter(name: str):
    if name not in EXPORTERS:
        raise HTTPException(status_code=404)
    return {"loaded": importlib.import_module(EXPORTERS[name]).__name__}  # safe: KR603 allow-list that raises


@router.post("/jobs/run")
async def run_job(request: Request):
    body = await request.json()
    snippet = body.get("hook", "pass")
    exec(snippet, {"job": body.get("name")})  # want: KR603
    return {"ok": True}


@router.post("/state/restore")
async def restore_state(request: Request):
    raw = await request.body()
    state = pickle.loads(raw)  # want: KR607
    return {"keys": sorted(state)}


@router.post("/state/restore-cookie")
def restore_from_header(x_state: Annotated[str, Header()]):
    state = pickle.loads(base64.urlsafe_b64decode(x_state))  # want: KR607
    return {"keys": sorted(state)}


@router.post("/models/upload")
async def upload_model(file: UploadFile = File(...)):
    model = torch.load(file.file, map_location="cpu")  # want: KR607
    return {"type": type(model).__name__}


@router.post("/models/builtin")
def builtin_model():
    model = torch.load(f"{MODEL_DIR}/baseline.pt", map_location="cpu")  # safe: KR607 the application's own file
    return {"type": type(model).__name__}


def default_settings(_uploaded):
    return yaml.safe_dump({"currency": "EUR"})


@router.post("/config/reset")
async def reset_config(config: str = Form("")):
    data = yaml.load(default_settings(config), Loader=yaml.Loader)  # safe: KR607 helper ignores its argument
    return {"keys": sorted(data)}


@router.post("/config/import")
async def import_config(config: str = Form(...)):
    data = yaml.unsafe_load(config)  # want: KR607
    checked = yaml.safe_load(config)  # safe: KR607 safe_load
    return {"same": data == checked}


@router.post("/labels/preview")
def preview_label(template: Annotated[str, Body(embed=True)], sku: Annotated[str, Body(embed=True)]):
    item = {"sku": sku, "name": "Sample"}
    return {
        "custom": render.render_label(template, item),
        "fixed": render.render_label_fixed(item),
    }


@router.post("/labels/compile")
def compile_label(template: str = Form(...)):
    tpl = render.compile_label(template)
    fallback = render.compile_default_label(template)
    return {"blocks": list(tpl.blocks), "fallback": list(fallback.blocks)}


@router.post("/exports")
async def export(req: ExportRequest):
    await jobs.build_report(req.label, req.fmt)
    await jobs.build_report_quoted(req.label, req.fmt)
    await jobs.compress_report(req.label)
    return {"queued": req.label}


@router.post("/cache/warm")
def warm(region: str = Form("eu")):
    return {"rc": jobs.warm_cache(region)}


@router.post("/tools/run")
def run_tool(argv: Annotated[list[str], Body()]):
    return {"out": jobs.run_tool(argv).decode(), "version": jobs.tool_version().decode()}
