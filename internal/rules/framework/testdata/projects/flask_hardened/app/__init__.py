import logging
import uuid

from flask import Flask, jsonify
from flask_cors import CORS
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
log = logging.getLogger(__name__)


def create_app():
    app = Flask(__name__)
    app.config.from_object("app.config.ProductionConfig")
    app.config.update(
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=86400,
    )
    csrf.init_app(app)
    CORS(app, origins=["https://blog.example.com"], supports_credentials=True)
    CORS(app, resources={r"/public/*": {"origins": "*"}})

    from .auth import bp

    app.register_blueprint(bp)

    @app.errorhandler(Exception)
    def on_error(e):
        incident = uuid.uuid4().hex
        log.exception("unhandled error, incident %s", incident)
        return jsonify(error="internal error", incident=incident), 500

    return app
