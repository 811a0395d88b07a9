from datetime import timedelta

from flask import Flask

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # want: KR221(medium/high)
app.config.update(
    SESSION_COOKIE_HTTPONLY=False,  # want: KR221
    SESSION_COOKIE_SAMESITE=None,  # want: KR221
    REMEMBER_COOKIE_SECURE=False,  # want: KR221
)
