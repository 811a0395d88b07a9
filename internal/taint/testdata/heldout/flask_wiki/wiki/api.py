"""JSON API for integrations."""
import ast
import importlib
import base64
import pickle
from urllib.parse import quote

import jinja2
import requests
import yaml
from flask import Blueprint, abort, current_app, jsonify, request
from lxml import etree

from .helpers import lookup_author, lookup_author_safe

api_bp = Blueprint("api", __name__)

MACROS = ("toc", "calc", "include")


class Calculator:
    """Evaluates inline wiki math macros."""
    last_expression = "0"

    @classmethod
    def remember(cls, expr):
        cls.last_expression = expr

    @classmethod
    def evaluate_last(cls):
        return eval(cls.last_expression)  # want: KR603


@api_bp.route("/calc", methods=["POST"])
def calc_store():
    Calculator.remember(request.json["expr"])
    return jsonify(stored=True)


@api_bp.route("/calc/result")
def calc_result():
    return jsonify(result=Calculator.evaluate_last())


@api_bp.route("/calc/literal")
def calc_literal():
    return jsonify(value=ast.literal_eval(request.args["value"]))  # safe: KR603 ast.literal_eval


@api_bp.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)  # want: KR610
    return jsonify(pages=[p.get("title") for p in root.iter("page")])


@api_bp.route("/import-safe", methods=["POST"])
def import_xml_safe():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.data, parser)  # safe: KR610 entity resolution disabled
    return jsonify(pages=[p.get("title") for p in root.iter("page")])


@api_bp.route("/import-yaml", methods=["POST"])
def import_yaml():
    doc = yaml.safe_load(request.get_data())  # safe: KR607 yaml.safe_load
    return jsonify(count=len(doc or []))


@api_bp.route("/import-dump", methods=["POST"])
def import_dump():
    doc = yaml.load(request.files["dump"].read(), Loader=yaml.Loader)  # want: KR607
    return jsonify(count=len(doc or []))


@api_bp.route("/state/restore")
def restore_state():
    state = pickle.loads(base64.b64decode(request.cookies.get("wiki_state", "")))  # want: KR607
    return jsonify(keys=sorted(state))


@api_bp.route("/link-preview")
def link_preview():
    url = request.args["url"]
    resp = requests.get(url, timeout=5)  # want: KR606
    return jsonify(status=resp.status_code, length=len(resp.content))


@api_bp.route("/render/<name>")
def render_remote(name):
    base = current_app.config["RENDER_SERVICE"]
    resp = requests.get(base + "/pages/" + quote(name, safe=""), params={"lang": request.args.get("lang")}, timeout=5)  # safe: KR606 constant host from config, quoted path
    return jsonify(rendered=resp.text)


@api_bp.route("/notify", methods=["POST"])
def notify():
    data = request.get_json()
    body = jinja2.Template(data["message"]).render(user=data.get("user"))  # want: KR702
    return jsonify(body=body)


@api_bp.route("/authors/<uid>")
def author(uid):
    return jsonify(entries=len(lookup_author(uid)))


@api_bp.route("/authors-safe/<uid>")
def author_safe(uid):
    return jsonify(entries=len(lookup_author_safe(uid)))


@api_bp.route("/macros/<name>")
def macro_help(name):
    if name not in MACROS:
        abort(404)
    module = importlib.import_module("wiki.macros." + name)  # safe: KR603 allow-list check aborts otherwise
    return jsonify(help=module.__doc__)
