"""Catalogue pages: search, categories, product pages, the quick-search widget."""
import html
import logging

import flask
from flask import Blueprint, abort, jsonify, render_template, request
from markupsafe import Markup, escape

from . import services
from .services import ReportQuery
from ..auth import audited, login_required
from ..utils import html as fragments
from ..utils.text import as_page, default_sort, normalise_term

log = logging.getLogger(__name__)
bp = Blueprint("catalog", __name__)


@bp.route("/")
def index():
    return render_template("catalog/index.html")


@bp.route("/search")
def search():
    term = normalise_term(request.args.get("q", ""))
    sort = request.args.get("sort", "name")
    log.info("search term=%s sort=%s", term, sort)
    rows = services.search_products(term, sort)
    return render_template("catalog/search.html", rows=rows, term=term)  # safe: KR701 KR702 render_template with a tainted variable


@bp.route("/category/<name>")
def category(name):
    rows = services.products_in_category(name)
    return render_template("catalog/category.html", rows=rows, name=name)  # safe: KR701 KR702 render_template with a route parameter


@bp.route("/product/<int:product_id>")
def product(product_id):
    row = services.product_by_id(product_id)
    if row is None:
        abort(404)
    return render_template("catalog/product.html", product=row)


@bp.route("/p/<slug>")
def product_by_slug(slug):
    row = services.product_by_slug(slug)
    return render_template("catalog/product.html", product=row)


@bp.route("/tags")
def by_tags():
    tags = request.args.getlist("tag")
    rows = services.products_by_tags(tags)
    return render_template("catalog/list.html", rows=rows)


@bp.route("/compare")
def compare():
    rows = services.products_by_ids(request.args.getlist("id"))
    return jsonify([dict(r) for r in rows])


@bp.route("/featured")
def featured():
    flag = bool(request.args.get("featured"))
    return jsonify([dict(r) for r in services.featured(flag)])


@bp.route("/shared/<token>")
def shared(token):
    row = services.product_by_token(token)
    return render_template("catalog/product.html", product=row)


@bp.route("/sale")
def sale():
    term = request.args.get("q", "")
    log.info("sale search %s", term)  # safe: KR601 KR701 logging is not a sink
    return jsonify([dict(r) for r in services.products_on_sale(term)])


@bp.route("/sorted")
def sorted_list():
    return jsonify([dict(r) for r in services.sorted_products(request.args.get("sort"))])


@bp.route("/product/<int:product_id>/prices")
def prices(product_id):
    currency = request.args.get("currency", "EUR")
    return jsonify([dict(r) for r in services.price_history(product_id, currency)])


@bp.route("/filter")
def filter_products():
    field, value = request.args.get("filter", "name:").split(":", 1)
    return jsonify([dict(r) for r in services.filtered(field, value)])


@bp.route("/top")
def top():
    limit = int(request.args.get("limit", "10"))
    return jsonify([dict(r) for r in services.top_sellers(limit)])


@bp.route("/reports/supplier")
@login_required
@audited("supplier-report")
def supplier_report():
    report = ReportQuery(request.args["supplier"])
    return jsonify(rows=[dict(r) for r in report.rows()], total=report.total()[0])


# --- the quick-search widget returns HTML fragments directly -------------

@bp.route("/widget/search")
def quick_search():
    q = request.args["q"]
    return f"<h2>Results for {q}</h2>"  # want: KR701


@bp.route("/widget/search-escaped")
def quick_search_escaped():
    q = request.args["q"]
    return f"<h2>Results for {escape(q)}</h2>"  # safe: KR701 markupsafe.escape


@bp.route("/widget/snippet/<int:product_id>")
def snippet(product_id):
    term = flask.request.args.get("hl", "")
    row = services.product_by_id(product_id)
    return fragments.highlight(row["description"], term)  # want: KR701


@bp.route("/widget/snippet-safe/<int:product_id>")
def snippet_safe(product_id):
    term = flask.request.args.get("hl", "")
    row = services.product_by_id(product_id)
    return fragments.safe_highlight(row["description"], term)  # safe: KR701 html.escape in the helper


@bp.route("/widget/tags")
def tag_cloud():
    return fragments.tag_list(request.args.getlist("tag"))  # want: KR701


@bp.route("/widget/badge")
def badge():
    label = request.args.get("label", "new")
    return str(fragments.badge(label))  # safe: KR701 Markup.format escapes its arguments


@bp.route("/widget/tagline")
def tagline():
    text = request.args.get("text", "")
    banner = Markup(f"<em>{text}</em>")  # want: KR701
    return render_template("catalog/banner.html", banner=banner)


@bp.route("/widget/page")
def page_marker():
    page = as_page(request.args.get("page"))
    return f"<span class='page'>Page {page}</span>"  # safe: KR701 int() in the helper


@bp.route("/widget/sorted")
def sorted_marker():
    sort = default_sort(request.args.get("sort"))
    return "<span class='sort'>" + sort + "</span>"  # safe: KR701 helper ignores its argument


@bp.route("/widget/echo")
def echo():
    q = request.args.get("q", "")
    # Reassigned before use: nothing of the request is left.
    q = "all products"
    return "<h2>" + q + "</h2>"  # safe: KR701 reassigned to a constant


@bp.route("/widget/json")
def widget_json():
    return jsonify(query=request.args.get("q", ""), results=[])  # safe: KR701 JSON response


@bp.route("/widget/escaped-list")
def escaped_list():
    tags = [html.escape(t) for t in request.args.getlist("tag")]
    return "<ul>" + "".join(f"<li>{t}</li>" for t in tags) + "</ul>"  # safe: KR701 html.escape in a comprehension


@bp.route("/widget/list")
def plain_list():
    tags = request.args.getlist("tag")
    return "<ul>" + "".join(f"<li>{t}</li>" for t in tags) + "</ul>"  # want: KR701
