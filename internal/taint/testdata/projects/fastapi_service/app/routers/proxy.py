"""Calls to partner APIs and user-supplied webhooks."""
import logging
from typing import Annotated
from urllib.parse import quote

import httpx
import requests
from fastapi import APIRouter, Depends, HTTPException, Query

from ..config import CDN_BASE, PARTNERS, PRICING_API, Settings, get_settings
from ..deps import preferred_region
from ..models import Webhook

router = APIRouter(prefix="/proxy", tags=["proxy"])
log = logging.getLogger(__name__)


class Mirror:
    """The mirror used for asset fetches; operators repoint it at runtime."""

    target = CDN_BASE
    fallback = CDN_BASE


@router.post("/mirror/target")
def set_mirror(url: str):
    Mirror.target = url
    return {"target": Mirror.target}


@router.get("/mirror/index")
def mirror_index():
    primary = httpx.get(Mirror.target + "/index.json", timeout=5)  # want: KR606
    backup = httpx.get(Mirror.fallback + "/index.json", timeout=5)  # safe: KR606 constant class attribute
    return {"primary": primary.status_code, "backup": backup.status_code}


@router.get("/fetch")
async def fetch(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(url)  # want: KR606
    return {"status": resp.status_code}


@router.get("/price/{sku}")
async def price(sku: str, currency: str = "EUR"):
    async with httpx.AsyncClient(base_url=PRICING_API, timeout=5) as client:
        resp = await client.get(f"/v1/prices/{quote(sku)}", params={"currency": currency})  # safe: KR606 constant base_url, tainted path and query
    return resp.json()


@router.get("/price-direct/{sku}")
def price_direct(sku: str):
    return requests.get(f"{PRICING_API}/v1/prices/{sku}", timeout=5).json()  # safe: KR606 constant scheme and host


@router.get("/asset")
def asset(path: str):
    # No slash after the host: "@attacker.example/x" turns the CDN host into user info.
    resp = requests.get(CDN_BASE + path, timeout=5)  # want: KR606
    return {"size": len(resp.content)}


@router.get("/asset/safe")
def asset_safe(path: str):
    resp = requests.get(CDN_BASE + "/" + path.lstrip("/"), timeout=5)  # safe: KR606 constant host followed by a slash
    return {"size": len(resp.content)}


@router.get("/partners/{partner}/status")
def partner_status(partner: str):
    if partner not in PARTNERS:
        raise HTTPException(status_code=404)
    return httpx.get(PARTNERS[partner] + "/status", timeout=3).json()  # safe: KR606 allow-list that raises


@router.get("/regional")
def regional(region: Annotated[str, Depends(preferred_region)]):
    return httpx.get(f"https://{region}.pricing.example.com/health", timeout=3).json()  # want: KR606


@router.get("/health/{service}")
def service_health(service: str):
    url = f"https://{service}.internal.example.com/health"
    url = PRICING_API + "/health"
    return httpx.get(url, timeout=3).json()  # safe: KR606 reassigned to a constant


@router.get("/upstream")
def upstream(settings: Annotated[Settings, Depends(get_settings)], q: str = ""):
    return httpx.get(settings.upstream_url, params={"q": q}, timeout=3).json()  # safe: KR606 URL from the application's settings


@router.post("/webhooks/test")
def test_webhook(hook: Webhook):
    log.info("testing webhook for %s", hook.event)
    resp = requests.post(str(hook.url), json={"event": hook.event, "test": True}, timeout=5)  # want: KR606
    return {"status": resp.status_code}


@router.get("/mirror")
def mirror(target: str = Query(..., alias="u")):
    with requests.Session() as s:
        resp = s.request("GET", target, timeout=5)  # want: KR606
    return {"status": resp.status_code}
