"""Public page views."""
import os
import shlex

from flask import (Blueprint, abort, current_app, jsonify, make_response, redirect,
                   render_template, render_template_string, request, send_file,
                   session, url_for)
from lxml import etree
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

from .helpers import (convert_page, convert_page_safe, find_page_by_title,
                      find_page_safe, get_db, login_required, page_path,
                      safe_page_path)

bp = Blueprint("pages", __name__)


@bp.route("/")
def index():
    rows = get_db().execute("SELECT title FROM pages ORDER BY title").fetchall()
    welcome = render_template_string(current_app.config["WELCOME_TEMPLATE"], site="Wiki")  # safe: KR702 template from app config
    return render_template("index.html", rows=rows, welcome=welcome)


@bp.route("/page/<name>")
def show_page(name):
    with open(page_path(name)) as fh:  # want: KR604
        body = fh.read()
    return render_template("page.html", name=name, body=body)


@bp.route("/page/<name>/raw")
def raw_page(name):
    return send_file(safe_page_path(name), mimetype="text/plain")  # safe: KR604 realpath + startswith check in helper


@bp.route("/page/<int:page_id>/title")
def page_title(page_id):
    row = get_db().execute("SELECT title FROM pages WHERE id = %d" % page_id).fetchone()  # safe: KR601 int route converter
    return {"title": row["title"] if row else None}


@bp.route("/page/<name>/export")
def export_page(name):
    fmt = request.args.get("format", "html")
    resp = make_response(jsonify(returncode=convert_page(page_path(name), fmt)))
    resp.headers["Content-Disposition"] = "attachment; filename=%s.%s" % (name, fmt)  # want: KR611
    return resp


@bp.route("/page/<name>/export-safe")
def export_page_safe(name):
    fmt = request.args.get("format", "html")
    if fmt not in current_app.config["ALLOWED_EXPORT_FORMATS"]:
        abort(400)
    resp = make_response(jsonify(returncode=convert_page_safe(safe_page_path(name), fmt)))
    resp.headers["X-Export-Format"] = fmt  # safe: KR611 allow-list check aborts otherwise
    return resp


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    row = find_page_by_title(q)
    if row is None:
        return f"<h1>No page called {q}</h1>", 404  # want: KR701
    return redirect(url_for("pages.show_page", name=row["title"]))  # safe: KR605 url_for builds an internal URL


@bp.route("/search-safe")
def search_safe():
    q = request.args.get("q", "")
    row = find_page_safe(q)
    if row is None:
        return f"<h1>No page called {escape(q)}</h1>", 404  # safe: KR701 markupsafe.escape
    return render_template("page.html", name=row["title"], body=row["body"])


@bp.route("/banner")
def banner():
    text = request.cookies.get("banner", "")
    return render_template("banner.html", banner=Markup("<b>" + text + "</b>"))  # want: KR701


@bp.route("/preview", methods=["POST"])
@login_required
def preview():
    source = request.form["source"]
    wrapped = "{% extends 'base.html' %}{% block body %}" + source + "{% endblock %}"
    return render_template_string(wrapped)  # want: KR702


@bp.route("/goto")
def goto():
    return redirect(request.args.get("next", "/"))  # want: KR605


@bp.route("/goto-safe")
def goto_safe():
    target = request.args.get("next", "/")
    if target not in ("/", "/recent", "/help"):
        abort(400)
    return redirect(target)  # safe: KR605 allow-list check aborts otherwise


@bp.route("/prefs", methods=["POST"])
def save_prefs():
    theme = request.form.get("theme", "light")
    resp = make_response(redirect(url_for("pages.index")))
    resp.set_cookie("theme", theme)  # want: KR611
    resp.set_cookie("page_size", str(int(request.form.get("page_size", "20"))))  # safe: KR611 int conversion
    session["theme"] = theme  # want: KR612
    session["page_size"] = int(request.form.get("page_size", "20"))  # safe: KR612 int conversion
    return resp


@bp.route("/upload", methods=["POST"])
@login_required
def upload():
    attachment = request.files["attachment"]
    dest = os.path.join(current_app.config["UPLOAD_DIR"], attachment.filename)
    with open(dest, "wb") as out:  # want: KR604
        out.write(attachment.read())
    return redirect(url_for("pages.index"))


@bp.route("/upload-safe", methods=["POST"])
@login_required
def upload_safe():
    attachment = request.files["attachment"]
    dest = os.path.join(current_app.config["UPLOAD_DIR"], secure_filename(attachment.filename))
    with open(dest, "wb") as out:  # safe: KR604 secure_filename
        out.write(attachment.read())
    return redirect(url_for("pages.index"))


@bp.route("/toc")
def toc():
    section = request.args.get("section", "")
    tree = etree.parse(current_app.config["TOC_FILE"])
    titles = tree.xpath("//section[@name='%s']/title/text()" % section)  # want: KR608
    exact = tree.xpath("//section[@name=$name]/title/text()", name=section)  # safe: KR608 XPath variable binding
    return {"titles": [str(t) for t in titles], "exact": [str(t) for t in exact]}


@bp.route("/grep")
def grep_pages():
    term = request.args.get("term", "")
    pages_dir = current_app.config["PAGES_DIR"]
    hits = os.popen("grep -rl '" + term + "' " + pages_dir).read().split()  # want: KR602
    exact = os.popen("grep -rlw " + shlex.quote(term) + " " + pages_dir).read().split()  # safe: KR602 shlex.quote
    return {"hits": hits, "exact": exact}


@bp.route("/tags")
def pages_by_tag():
    conditions = []
    for tag in request.args.getlist("tag"):
        conditions.append("tag='%s'" % tag)
    tree = etree.parse(current_app.config["TOC_FILE"])
    pages = tree.xpath("//page[" + " or ".join(conditions or ["true()"]) + "]/@title")  # want: KR608
    return {"pages": [str(p) for p in pages]}


@bp.route("/motd")
def motd():
    text = request.args.get("text", "")
    return render_template("motd.html", motd=Markup("<em>{}</em>").format(text))  # safe: KR701 Markup.format escapes arguments
