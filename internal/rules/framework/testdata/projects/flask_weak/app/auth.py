import hashlib
import logging

from flask import Blueprint, make_response, redirect, request
from passlib.context import CryptContext

from . import csrf
from .db import db

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)
legacy = CryptContext(schemes=["md5_crypt"])  # want: KR504


@bp.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()  # want: KR501
    db.execute("INSERT INTO users (email, password) VALUES (?, ?)", (request.form["email"], password))  # want: KR502
    log.debug("registered %s: %s", request.form["email"], digest)
    return redirect("/login")


@bp.route("/login", methods=["POST"])
def login():
    log.info("login attempt: %s", request.headers)  # want: KR101
    resp = make_response(redirect("/"))
    resp.set_cookie("remember_token", request.form["email"])  # want: KR224
    return resp


@bp.route("/hook", methods=["POST"])
@csrf.exempt  # want: KR222
def hook():
    return "ok"
