from flask import Flask, jsonify
from flask_cors import CORS
from flask_wtf.csrf import CSRFProtect
import traceback

csrf = CSRFProtect()


def create_app():
    app = Flask(__name__)
    app.config.from_object("app.config.ProductionConfig")
    app.config.update(
        SESSION_COOKIE_HTTPONLY=False,  # want: KR221 KR221
        PERMANENT_SESSION_LIFETIME=86400 * 30,
    )
    csrf.init_app(app)
    CORS(app, supports_credentials=True)  # want: KR223

    from .auth import bp

    app.register_blueprint(bp)

    @app.errorhandler(Exception)
    def on_error(e):
        return jsonify(error=str(e), trace=traceback.format_exc()), 500  # want: KR104

    return app
