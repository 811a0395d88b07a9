"""Marketing campaigns: landing redirects, promo banners, partner images."""
import logging

import requests
from flask import Blueprint, abort, jsonify, redirect, render_template_string, request, url_for

from .auth import login_required, staff_only
from .utils.urls import home_url, next_param

promo = Blueprint("promo", __name__)
log = logging.getLogger(__name__)

CAMPAIGN_PAGES = {"spring": "/campaigns/spring", "summer": "/campaigns/summer"}


class PromoBanner:
    """The banner shown on every page; staff set it from the back office."""

    html = "<p>Free shipping over 50 EUR</p>"
    default = "<p>Welcome!</p>"


class Campaign:
    def __init__(self, name, landing_url):
        self.name = name
        self.landing_url = landing_url

    def landing(self):
        return redirect(self.landing_url)  # want: KR605


class ImageProbe:
    def __init__(self, url):
        self.url = url
        self.timeout = 3

    def size(self):
        resp = requests.head(self.url, timeout=self.timeout)  # want: KR606
        return int(resp.headers.get("Content-Length", 0))


@promo.route("/banner", methods=["POST"])
@staff_only
def set_banner():
    PromoBanner.html = request.form["html"]
    return jsonify(updated=True)


@promo.route("/banner")
def banner():
    return PromoBanner.html  # want: KR701


@promo.route("/banner/default")
def default_banner():
    return PromoBanner.default  # safe: KR701 constant class attribute


@promo.route("/hello/<name>")
def hello(name):
    return "<p>Hello, %s!</p>" % name  # want: KR701


@promo.route("/welcome-back")
@login_required
def welcome_back():
    nick = request.cookies.get("nick", "")
    return "<p>Welcome back, {}</p>".format(nick)  # want: KR701


@promo.route("/headline")
def headline():
    title, subtitle = request.args.get("title", ""), "Deals of the week"
    return f"<h1>{subtitle}</h1>"  # safe: KR701 the constant half of a tuple assignment


@promo.route("/headline/full")
def headline_full():
    title, subtitle = request.args.get("title", ""), "Deals of the week"
    return f"<h1>{title}</h1><h2>{subtitle}</h2>"  # want: KR701


@promo.route("/card/<name>")
def card(name):
    rendered = render_template_string("<div class='card'>Hello " + name + "</div>")  # want: KR702
    return jsonify(card=rendered)


@promo.route("/card-safe/<name>")
def card_safe(name):
    rendered = render_template_string("<div class='card'>Hello {{ n }}</div>", n=name)  # safe: KR702 constant template
    return jsonify(card=rendered)


@promo.route("/c/<campaign>")
def campaign_landing(campaign):
    c = Campaign(campaign, request.args.get("landing", "/"))
    log.info("campaign %s", c.name)
    return c.landing()


@promo.route("/c/<campaign>/page")
def campaign_page(campaign):
    if campaign not in CAMPAIGN_PAGES:
        abort(404)
    return redirect(CAMPAIGN_PAGES[campaign])  # safe: KR605 allow-list that aborts


@promo.route("/go")
def go():
    targets = {"home": home_url(), "custom": request.args.get("url", "/")}
    if request.args.get("to") == "home":
        return redirect(targets["home"])  # safe: KR605 constant dict entry
    return redirect(targets["custom"])  # want: KR605


@promo.route("/continue")
@login_required
def continue_shopping():
    return redirect(next_param())  # want: KR605


@promo.route("/r/<path:target>")
def short_link(target):
    return redirect(target)  # want: KR605


@promo.route("/shop-switch")
def shop_switch():
    return redirect("https://" + request.args["shop"] + ".shops.example.com/")  # want: KR605


@promo.route("/first")
def first_target():
    for candidate in request.args.getlist("next"):
        if candidate:
            return redirect(candidate)  # want: KR605
    return redirect(url_for("catalog.index"))  # safe: KR605 url_for


@promo.route("/partner-image")
@staff_only
def partner_image():
    probe = ImageProbe(request.args["src"])
    return jsonify(size=probe.size())


@promo.route("/probe/<host>")
@staff_only
def probe_host(host):
    resp = requests.get(f"http://{host}:8080/health", timeout=2)  # want: KR606
    return jsonify(ok=resp.ok)


@promo.route("/probe/batch", methods=["POST"])
@staff_only
def probe_batch():
    results = {}
    for url in request.get_json()["urls"]:
        results[url] = requests.get(url, timeout=2).status_code  # want: KR606
    return jsonify(results)
