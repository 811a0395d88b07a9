import os

from flask import Flask

app = Flask(__name__)
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=3600,
)
if os.environ.get("FLASK_ENV") == "development":
    app.config["SESSION_COOKIE_SECURE"] = False
