"""Customer accounts: directory login, preferences, currency."""
import base64
import logging

import ldap
from ldap.filter import escape_filter_chars, filter_format
from flask import (Blueprint, abort, jsonify, make_response, redirect, render_template,
                   request, session, url_for)

from .auth import login_required
from .config import DefaultConfig

bp = Blueprint("account", __name__)
log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = {"en", "de", "fr"}
THEMES = ("light", "dark")
LANDING_PAGES = ("/", "/orders/", "/account/profile")


def _directory():
    conn = ldap.initialize(DefaultConfig.LDAP_URL)
    conn.simple_bind_s(DefaultConfig.LDAP_BIND_DN, DefaultConfig.LDAP_BIND_PASSWORD)
    return conn


def _find_person(conn, username):
    query = "(&(objectClass=inetOrgPerson)(uid=" + username + "))"
    return conn.search_s(DefaultConfig.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, query)  # want: KR609


def _find_by_mail(conn, mail):
    query = filter_format("(&(objectClass=inetOrgPerson)(mail=%s))", [mail])
    return conn.search_s(DefaultConfig.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, query)  # safe: KR609 filter_format escapes


class GroupLookup:
    """Filter for one group, built when the lookup is created and run later."""

    def __init__(self, group):
        self.filter = "(&(objectClass=groupOfNames)(cn=" + group + "))"
        self.everyone = "(objectClass=groupOfNames)"

    def members(self, conn):
        return conn.search_s(DefaultConfig.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, self.filter, ["member"])  # want: KR609

    def all_groups(self, conn):
        return conn.search_s(DefaultConfig.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, self.everyone, ["cn"])  # safe: KR609 constant attribute


@bp.route("/groups/<group>")
@login_required
def group_members(group):
    lookup = GroupLookup(group)
    conn = _directory()
    return jsonify(members=len(lookup.members(conn)), groups=len(lookup.all_groups(conn)))


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("account/login.html", next=request.args.get("next"))
    username = request.form["username"]
    password = request.form["password"]
    conn = _directory()
    entries = _find_person(conn, username)
    if not entries:
        abort(401)
    dn = entries[0][0]
    try:
        conn.simple_bind_s(dn, password)
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    session.clear()
    session["authenticated"] = True
    next_url = request.args.get("next") or url_for("catalog.index")
    return redirect(next_url)  # want: KR605


@bp.route("/forgot", methods=["POST"])
def forgot_password():
    mail = request.form["email"]
    conn = _directory()
    if _find_by_mail(conn, mail):
        log.info("reset requested for %s", mail)
    return redirect(url_for("account.login"))  # safe: KR605 constant endpoint


@bp.route("/lookup")
@login_required
def colleague_lookup():
    name = request.args.get("name", "")
    conn = _directory()
    flt = "(cn=*%s*)" % escape_filter_chars(name)
    results = conn.search_s(DefaultConfig.LDAP_BASE_DN, ldap.SCOPE_ONELEVEL, flt, ["cn", "mail"])  # safe: KR609 escape_filter_chars
    return render_template("account/lookup.html", results=results, name=name)


@bp.route("/logout")
def logout():
    session.clear()
    target = request.args.get("next", "/")
    if target not in LANDING_PAGES:
        abort(400)
    return redirect(target)  # safe: KR605 allow-list that aborts


@bp.route("/back")
def back():
    target = request.args.get("to", "")
    if target == "/account/profile":
        return redirect(target)  # safe: KR605 compared with a constant
    return redirect(url_for("catalog.index"))


@bp.route("/leave")
def leave():
    # "Only local paths" -- but //evil.example is a path that starts with "/".
    target = request.args.get("to", "/")
    if not target.startswith("/"):
        target = "/"
    return redirect(target)  # want: KR605


@bp.route("/preferences", methods=["POST"])
@login_required
def preferences():
    lang = request.form.get("lang", "en")
    if lang not in SUPPORTED_LANGUAGES:
        abort(400)
    session["lang"] = lang  # safe: KR612 allow-list that aborts
    theme = request.form.get("theme", "light")
    resp = make_response(redirect(url_for("account.profile")))
    resp.set_cookie("theme", theme, samesite="Lax")  # want: KR611
    if theme in THEMES:
        resp.set_cookie("theme_confirmed", theme)  # safe: KR611 membership test
    return resp


@bp.route("/currency/<code>")
def set_currency(code):
    session["currency"] = code  # want: KR612
    return redirect(url_for("catalog.index"))


@bp.route("/currency/default/<code>")
def set_default_currency(code):
    if code == "EUR":
        session["default_currency"] = code  # safe: KR612 compared with a constant
    return redirect(url_for("catalog.index"))


@bp.route("/newsletter", methods=["POST"])
def newsletter():
    prefs = {"topics": request.form.getlist("topic"), "source": "footer"}
    session["newsletter_source"] = prefs["source"]  # safe: KR612 constant dict entry
    session["newsletter_topics"] = prefs["topics"]  # want: KR612
    return redirect(url_for("account.profile"))


@bp.route("/profile")
@login_required
def profile():
    return render_template("account/profile.html", lang=session.get("lang", "en"))


@bp.route("/remember", methods=["POST"])
def remember_me():
    resp = make_response(redirect("/"))
    resp.set_cookie("who", base64.urlsafe_b64encode(request.form["email"].encode()).decode())  # safe: KR611 base64 has no separators
    resp.set_cookie("raw_who", request.form["email"])  # want: KR611
    return resp
