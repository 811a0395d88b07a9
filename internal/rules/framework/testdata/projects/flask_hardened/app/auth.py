import logging

from flask import Blueprint, make_response, redirect, request
from passlib.context import CryptContext
from werkzeug.security import generate_password_hash

from .db import db

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)
pwd_context = CryptContext(schemes=["argon2", "md5_crypt"], deprecated="auto")


@bp.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    hashed = generate_password_hash(password)
    db.execute("INSERT INTO users (email, password_hash) VALUES (?, ?)", (request.form["email"], hashed))
    log.debug("registered %s", request.form["email"])
    return redirect("/login")


@bp.route("/login", methods=["POST"])
def login():
    log.info("login attempt from %s, user agent %s", request.remote_addr, request.headers.get("User-Agent"))
    resp = make_response(redirect("/"))
    resp.set_cookie("remember_token", request.form["email"], secure=True, httponly=True, samesite="Strict")
    return resp
