"""Where to send the visitor next."""
from flask import request, url_for


def next_param(default="/"):
    return request.args.get("next") or default


def home_url():
    return url_for("catalog.index")
