from flask import Flask, make_response, redirect

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    resp = make_response(redirect("/"))
    resp.set_cookie("session_token", token)  # want: KR224(medium/high)
    resp.set_cookie("session_token", token, secure=True)  # want: KR224
    resp.set_cookie("session_token", token, secure=False, httponly=True, samesite="Lax")  # want: KR224
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite=None)  # want: KR224
    resp.set_cookie("theme", "dark")  # want: KR224(medium/low)
    resp.set_cookie(name, value)  # want: KR224(medium/medium)
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("csrftoken", token, secure=True, httponly=False, samesite="Strict")
    resp.set_cookie("session_token", token, secure=request.is_secure, httponly=True, samesite="Lax")
    resp.set_cookie("session_token", "", expires=0)
    resp.set_cookie("session_token", "", max_age=0)
    resp.set_cookie(**cookie_options)
    return resp
