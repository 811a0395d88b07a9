from flask import Flask


def app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "testing"
    return app
