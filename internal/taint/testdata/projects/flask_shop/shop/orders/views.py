"""Orders: the order resource, invoices and labels."""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file, send_from_directory
from flask.views import MethodView

from . import invoices
from .export import LabelPrinter, compress, export_format, export_orders, export_orders_quoted, run_hook
from ..auth import login_required, with_customer
from ..db import get_db, record_event

bp = Blueprint("orders", __name__)


class OrderAPI(MethodView):
    decorators = [login_required]

    def get(self, order_ref):
        db = get_db()
        row = db.execute("SELECT * FROM orders WHERE ref = '%s'" % order_ref).fetchone()  # want: KR601
        if row is None:
            abort(404)
        return jsonify(dict(row))

    def put(self, order_ref):
        payload = request.get_json()
        note = payload.get("note", "")
        get_db().execute("UPDATE orders SET note = ? WHERE ref = ?", (note, order_ref))  # safe: KR601 parameter binding
        get_db().commit()
        record_event("order-note", note)
        return jsonify(status="ok")

    def delete(self, order_ref):
        invoices.purge_invoice(order_ref)
        get_db().execute("DELETE FROM orders WHERE ref = ?", [order_ref])  # safe: KR601 parameter binding
        return "", 204


class OrderNotesAPI(MethodView):
    def post(self, order_ref):
        self.body = request.form["body"]
        self.save(order_ref)
        return jsonify(status="saved")

    def save(self, order_ref):
        sql = "INSERT INTO notes (order_ref, body) VALUES ('" + order_ref + "', '" + self.body + "')"
        get_db().execute(sql)  # want: KR601
        get_db().commit()


order_view = OrderAPI.as_view("order")
bp.add_url_rule("/<order_ref>", view_func=order_view, methods=["GET", "PUT", "DELETE"])
bp.add_url_rule("/<order_ref>/notes", view_func=OrderNotesAPI.as_view("order_notes"), methods=["POST"])


@bp.route("/<order_ref>/invoice")
@login_required
def invoice(order_ref):
    return send_file(invoices.invoice_path(order_ref), mimetype="application/pdf")  # want: KR604


@bp.route("/<order_ref>/invoice.pdf")
@login_required
def invoice_download(order_ref):
    # send_from_directory refuses paths that leave the directory.
    return send_from_directory(current_app.config["INVOICE_DIR"], order_ref + ".pdf")  # safe: KR604 send_from_directory


@bp.route("/<order_ref>/invoice/checked")
@login_required
def invoice_checked(order_ref):
    return send_file(invoices.open_invoice_checked(order_ref), mimetype="application/pdf")  # safe: KR604 file object opened after a containment check


@bp.route("/<order_ref>/invoice/archive", methods=["POST"])
@login_required
def archive(order_ref):
    invoices.archive_invoice(order_ref)
    return jsonify(status="archived")


@bp.route("/<order_ref>/invoice/copy", methods=["POST"])
@login_required
def copy_invoice(order_ref):
    target = invoices.duplicate_invoice(order_ref, request.form["name"])
    return jsonify(copied=target is not None)


@bp.route("/export")
@login_required
def export():
    since = request.args.get("since", "2024-01-01")
    export_orders(since)
    export_orders_quoted(request.args.get("until", "2099-12-31"))
    export_format(request.args.get("format", "csv"))
    compress(request.args.get("file", "orders.csv"))
    return jsonify(status="started")


@bp.route("/<order_ref>/hook", methods=["POST"])
@login_required
def hook(order_ref):
    run_hook(request.args.get("hook", "notify-warehouse"), order_ref)
    return jsonify(status="ok")


@bp.route("/<order_ref>/label", methods=["POST"])
@login_required
@with_customer
def print_label(order_ref, customer):
    printer = LabelPrinter(customer)
    printer.print_label(order_ref)
    return jsonify(status=printer.status())


@bp.route("/<order_ref>/label/test", methods=["POST"])
@login_required
def test_label(order_ref):
    os.system("lpr -P labels /srv/labels/test-%d.pdf" % int(order_ref))  # safe: KR602 int()
    return jsonify(status="ok")
