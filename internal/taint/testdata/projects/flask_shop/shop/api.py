"""JSON/XML API used by partners and the mobile app."""
import io
import logging

from flask import Blueprint, abort, jsonify, make_response, request

from . import feeds, integrations
from .auth import login_required

api = Blueprint("api", __name__)
log = logging.getLogger(__name__)

PAGE_SIZES = {"10", "25", "50"}


@api.route("/feeds/supplier", methods=["POST"])
def supplier_feed():
    root = feeds.parse_supplier_feed(request.data)
    return jsonify(items=len(root))


@api.route("/feeds/supplier/hardened", methods=["POST"])
def supplier_feed_hardened():
    root = feeds.parse_supplier_feed_hardened(request.get_data())
    return jsonify(items=len(root))


@api.route("/feeds/partner", methods=["POST"])
def partner_feed():
    root = feeds.parse_partner_feed(request.get_data())
    return jsonify(items=len(root))


@api.route("/feeds/skus", methods=["POST"])
def feed_skus():
    return jsonify(skus=feeds.collect_skus(request.files["feed"].stream))


@api.route("/feeds/skus/default", methods=["POST"])
def feed_skus_default():
    return jsonify(skus=feeds.collect_skus_default(io.BytesIO(request.get_data())))


@api.route("/catalog/<sku>")
def catalog_entry(sku):
    return jsonify(found=len(feeds.find_product(sku)))


@api.route("/catalog/bound/<sku>")
def catalog_entry_bound(sku):
    return jsonify(found=len(feeds.find_product_bound(sku)))


@api.route("/catalog/band")
def catalog_band():
    return jsonify(found=len(feeds.products_in_price_band(request.args["low"], request.args["high"])))


@api.route("/catalog/by")
def catalog_by():
    attr = request.args.get("attr", "sku")
    return jsonify(found=len(feeds.find_by_attribute(attr, request.args.get("value", ""))))


@api.route("/stock/<sku>")
def stock(sku):
    return jsonify(available=integrations.stock_level(sku))


@api.route("/stock/search")
def stock_search():
    return jsonify(integrations.stock_search(request.args.get("q", "")))


@api.route("/orders/<order_ref>/callback", methods=["POST"])
@login_required
def register_callback(order_ref):
    body = request.get_json(force=True)
    integrations.notify_webhook(body["callback_url"], {"order": order_ref, "status": "registered"})
    return jsonify(registered=True)


@api.route("/partners/<partner>/status")
def partner_status(partner):
    return jsonify(status=integrations.partner_status(partner).decode())


@api.route("/track")
def track():
    carrier = request.args.get("carrier", "api.dhl.example")
    return jsonify(raw=integrations.carrier_tracking(carrier, request.args["no"]).decode())


@api.route("/assets")
def asset():
    resp = integrations.resolve_asset(request.args["path"])
    return jsonify(status=resp.status_code)


@api.route("/inventory/health")
def inventory_health():
    return jsonify(regional=integrations.regional_inventory(request.args.get("region", "eu")),
                   warehouse=integrations.warehouse_health(request.args.get("url", "")),
                   status=integrations.inventory_status(request.args.get("endpoint", "")))


@api.route("/errors", methods=["POST"])
def client_error():
    integrations.report_error(request.form.get("message", ""))
    return "", 204


@api.route("/listing")
def listing():
    page_size = request.args.get("page_size", "25")
    resp = make_response(jsonify(items=[]))
    resp.headers["X-Request-Id"] = request.headers.get("X-Request-Id", "")  # want: KR611
    if page_size in PAGE_SIZES:
        resp.headers["X-Page-Size"] = page_size  # safe: KR611 membership test
    resp.headers["X-Page"] = str(int(request.args.get("page", "1")))  # safe: KR611 int()
    return resp


@api.route("/export/<name>")
def export_file(name):
    resp = make_response(jsonify(ok=True))
    resp.headers.set("Content-Disposition", f"attachment; filename={name}.json")  # want: KR611
    return resp


@api.route("/ping")
def ping():
    trace = request.headers.get("X-Trace", "")
    log.debug("ping trace=%s", trace)
    resp = jsonify(pong=True)
    resp.headers["X-Served-By"] = "shop-1"  # safe: KR611 constant
    return resp


@api.route("/catalog/category")
@login_required
def catalog_category():
    return jsonify(found=len(feeds.products_in_category(request.args.get("c", ""))))


@api.route("/catalog/match")
def catalog_match():
    return jsonify(found=len(feeds.match_attributes(request.args.to_dict())), total=feeds.count_products())


@api.route("/feeds/upload", methods=["POST"])
def feed_upload():
    with request.files["feed"].stream as fh:
        tree = feeds.parse_stream(fh)
    return jsonify(root=tree.getroot().tag)
