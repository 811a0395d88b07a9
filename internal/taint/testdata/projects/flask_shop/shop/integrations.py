"""Outbound HTTP: partner APIs, webhooks, remote images."""
import logging
from urllib.parse import urljoin
from urllib.request import Request, urlopen

import httpx
import requests

from .config import DefaultConfig

log = logging.getLogger(__name__)
INVENTORY_API = DefaultConfig.INVENTORY_API
http = requests.Session()
http.headers["User-Agent"] = "example-shop/1.0"


def fetch_remote_image(url):
    resp = requests.get(url, timeout=5)  # want: KR606
    resp.raise_for_status()
    return resp.content


def stock_level(sku):
    resp = http.get(f"{INVENTORY_API}/v2/stock/{sku}", timeout=5)  # safe: KR606 constant scheme and host, tainted path
    return resp.json()["available"]


def stock_search(term):
    resp = http.get(INVENTORY_API + "/v2/search", params={"q": term}, timeout=5)  # safe: KR606 tainted query parameter only
    return resp.json()


def notify_webhook(callback_url, payload):
    with httpx.Client(timeout=5) as client:
        client.post(callback_url, json=payload)  # want: KR606


def partner_status(partner_host):
    if partner_host not in DefaultConfig.PARTNER_HOSTS:
        raise ValueError(partner_host)
    return urlopen(f"https://{partner_host}/status", timeout=3).read()  # safe: KR606 allow-list that raises


def carrier_tracking(carrier_host, tracking_no):
    req = Request(f"https://{carrier_host}/track/{tracking_no}", headers={"Accept": "application/json"})
    return urlopen(req, timeout=3).read()  # want: KR606


def resolve_asset(path):
    # urljoin lets an absolute URL in `path` replace the base entirely.
    return requests.head(urljoin("https://cdn.example.com/assets/", path), timeout=3)  # want: KR606


def regional_inventory(region):
    if region == "eu":
        return requests.get(f"https://{region}.inventory.example.com/v1/health", timeout=3).ok  # safe: KR606 compared with a constant
    return False


def warehouse_health(url):
    url = INVENTORY_API + "/health"
    return requests.get(url, timeout=3).ok  # safe: KR606 reassigned to a constant


def inventory_endpoint(_requested):
    return INVENTORY_API + "/v2/status"


def inventory_status(requested):
    return http.get(inventory_endpoint(requested), timeout=3).json()  # safe: KR606 helper ignores its argument


def report_error(message):
    log.error("integration error: %s", message)
    requests.post("https://errors.example.com/api/report", json={"message": message}, timeout=3)  # safe: KR606 constant URL, tainted body
