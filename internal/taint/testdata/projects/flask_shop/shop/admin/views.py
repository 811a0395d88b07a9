"""Back-office tools for shop staff."""
import ast
import base64
import importlib
import marshal
import os
import pickle
import tarfile
import zipfile
from importlib import import_module

import jsonpickle
import yaml
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, render_template_string, request

from . import notifications, scripting
from ..auth import login_required, staff_only
from ..config import DefaultConfig
from ..db import run_script, table_size

admin = Blueprint("admin", __name__)

PLUGINS = {"fedex": "shop.plugins.fedex", "dhl": "shop.plugins.dhl"}
ENABLED_PLUGINS = frozenset(PLUGINS)
DASHBOARD_TABLES = ("products", "orders", "customers")
EMPTY_CART = pickle.dumps({"items": []})
DEFAULT_STATE_JSON = '{"py/object": "builtins.dict"}'


@admin.route("/")
@staff_only
def dashboard():
    sizes = {name: table_size(name) for name in DASHBOARD_TABLES}
    sizes["events"] = table_size("events")
    return render_template("admin/dashboard.html", sizes=sizes)


@admin.route("/pricing/preview", methods=["POST"])
@staff_only
def pricing_preview():
    rule = request.form["rule"]
    price = float(request.form["price"])
    qty = int(request.form["qty"])
    result = eval(rule, {"__builtins__": {}}, {"price": price, "qty": qty})  # want: KR603
    return jsonify(result=result)


@admin.route("/pricing/import", methods=["POST"])
@staff_only
def import_pricing_rules():
    rules = {}
    with request.files["rules"].stream as fh:
        for line in fh:
            name, _, expr = line.decode().partition("=")
            rules[name.strip()] = eval(f"lambda price: {expr.strip()}")  # want: KR603
    return jsonify(imported=sorted(rules))


@admin.route("/pricing/rule", methods=["POST"])
@staff_only
def pricing_rule():
    fn = eval(scripting.as_price_rule(request.form["expr"]))  # want: KR603
    return jsonify(result=fn(float(request.form.get("price", "0"))))


@admin.route("/pricing/simple", methods=["POST"])
@staff_only
def pricing_simple():
    price = float(request.form["price"])
    qty = int(request.form["qty"])
    result = eval(f"{price} * {qty}")  # safe: KR603 float() and int()
    return jsonify(result=result)


@admin.route("/pricing/tiers", methods=["POST"])
@staff_only
def pricing_tiers():
    tiers = ast.literal_eval(request.form["tiers"])
    return jsonify(tiers=sorted(tiers))


@admin.route("/pricing/default", methods=["POST"])
@staff_only
def pricing_default():
    rule = request.form.get("rule", "")
    current_app.logger.info("pricing rule submitted: %s", rule)  # safe: KR603 logging is not a sink
    rule = "price * 0.95"
    return jsonify(result=eval(rule, {"__builtins__": {}}, {"price": 100.0}))  # safe: KR603 reassigned to a constant


@admin.route("/console", methods=["POST"])
@staff_only
def console():
    source = request.get_data(as_text=True)
    scripting.describe(source)
    error = scripting.check_syntax(source)
    if error:
        return jsonify(error=error), 400
    return jsonify(result=repr(scripting.run_snippet(source, {"shop": "example"})))


@admin.route("/totals")
@staff_only
def totals():
    return jsonify(total=scripting.evaluate_total(request.args["expr"]))


@admin.route("/emails/preview", methods=["POST"])
@staff_only
def email_preview():
    body = request.form["body"]
    preview = render_template_string(body, shop_name="Example Shop")  # want: KR702
    return jsonify(preview=preview)


@admin.route("/emails/greeting", methods=["POST"])
@staff_only
def email_greeting():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.form["name"])  # safe: KR702 constant template


@admin.route("/emails/test", methods=["POST"])
@staff_only
def email_test():
    order = {"ref": "TEST-1", "total": 10}
    subject = notifications.render_subject(request.form["subject"], order)
    body = notifications.render_body(request.form["template"], order)
    standard = notifications.render_standard(order, request.form.get("greeting", "Hi"))
    notifications.send("staff@example.com", subject, body + standard)
    return jsonify(sent=True)


@admin.route("/plugins/<name>/enable", methods=["POST"])
@staff_only
def enable_plugin(name):
    module = importlib.import_module(name)  # want: KR603
    return jsonify(enabled=module.__name__)


@admin.route("/plugins/<name>/load", methods=["POST"])
@staff_only
def load_plugin(name):
    if name not in ENABLED_PLUGINS:
        abort(404)
    module = import_module(PLUGINS[name])  # safe: KR603 allow-list that aborts
    return jsonify(loaded=module.__name__)


@admin.route("/search-backend")
@staff_only
def search_backend():
    backend = request.args.get("backend", "whoosh")
    mod = __import__(backend)  # want: KR603
    return jsonify(version=getattr(mod, "__version__", "?"))


@admin.route("/settings/import", methods=["POST"])
@staff_only
def import_settings():
    raw = request.files["settings"].read()
    settings = yaml.load(raw, Loader=yaml.Loader)  # want: KR607
    return jsonify(keys=sorted(settings))


@admin.route("/settings/validate", methods=["POST"])
@staff_only
def validate_settings():
    raw = request.files["settings"].read()
    a = yaml.safe_load(raw)  # safe: KR607 safe_load
    b = yaml.load(raw, Loader=yaml.SafeLoader)  # safe: KR607 SafeLoader
    return jsonify(same=a == b)


@admin.route("/cart/restore", methods=["POST"])
@login_required
def restore_cart():
    blob = base64.b64decode(request.cookies.get("cart_snapshot", ""))
    cart = pickle.loads(blob)  # want: KR607
    return jsonify(items=len(cart))


@admin.route("/cart/reset", methods=["POST"])
@login_required
def reset_cart():
    blob = base64.b64decode(request.cookies.get("cart_snapshot", ""))
    blob = EMPTY_CART
    cart = pickle.loads(blob)  # safe: KR607 reassigned to a constant
    return jsonify(items=len(cart))


@admin.route("/snapshots/load", methods=["POST"])
@staff_only
def load_snapshot():
    with request.files["snapshot"].stream as stream:
        state = pickle.load(stream)  # want: KR607
    return jsonify(keys=sorted(state))


@admin.route("/snapshots/bytecode", methods=["POST"])
@staff_only
def load_bytecode():
    code = marshal.loads(request.get_data())  # want: KR607
    return jsonify(name=code.co_name)


@admin.route("/snapshots/state", methods=["POST"])
@staff_only
def load_state():
    state = jsonpickle.decode(request.form["state"])  # want: KR607
    return jsonify(kind=type(state).__name__)


@admin.route("/snapshots/legacy", methods=["POST"])
@staff_only
def legacy_snapshot():
    current_app.logger.info("legacy snapshot of %d bytes ignored", len(request.get_data()))
    state = jsonpickle.decode(DEFAULT_STATE_JSON)  # safe: KR607 constant
    return jsonify(kind=type(state).__name__)


@admin.route("/snapshots/builtin")
@staff_only
def builtin_snapshot():
    with open(os.path.join(DefaultConfig.DATA_DIR, "defaults.pickle"), "rb") as fh:
        defaults = pickle.load(fh)  # safe: KR607 the application's own file
    return jsonify(keys=sorted(defaults))


@admin.route("/backups/restore", methods=["POST"])
@staff_only
def restore_backup():
    target = request.form["target_dir"]
    with tarfile.open(os.path.join(DefaultConfig.BACKUP_DIR, "latest.tar.gz")) as tf:
        tf.extractall(path=target)  # want: KR604
    return jsonify(restored=True)


@admin.route("/backups/restore-default", methods=["POST"])
@staff_only
def restore_default():
    with tarfile.open(os.path.join(DefaultConfig.BACKUP_DIR, "latest.tar.gz")) as tf:
        tf.extractall(path=DefaultConfig.RESTORE_DIR, filter="data")  # safe: KR604 constant destination
    return jsonify(restored=True)


@admin.route("/backups/themes", methods=["POST"])
@staff_only
def unpack_theme():
    archive = zipfile.ZipFile(os.path.join(DefaultConfig.BACKUP_DIR, "themes.zip"))
    archive.extractall(os.path.join(DefaultConfig.RESTORE_DIR, request.form["theme"]))  # want: KR604
    return jsonify(unpacked=True)


@admin.route("/maintenance/sql", methods=["POST"])
@staff_only
def maintenance_sql():
    run_script(request.form["sql"])
    return jsonify(done=True)


@admin.route("/reports/raw")
@staff_only
def raw_report():
    heading = request.args.get("title", "Report")
    html = "<html><body><h1>" + heading + "</h1></body></html>"
    resp = Response(html, mimetype="text/html")  # want: KR701
    resp.headers["Cache-Control"] = "no-store"
    return resp
