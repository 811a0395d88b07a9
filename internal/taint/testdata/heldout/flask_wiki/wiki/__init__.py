"""Wiki application factory."""
from flask import Flask

from .config import DefaultConfig


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(DefaultConfig)
    if test_config:
        app.config.update(test_config)

    from .admin import register_admin
    from .api import api_bp
    from .pages import bp as pages_bp

    app.register_blueprint(pages_bp)
    app.register_blueprint(api_bp, url_prefix="/api")
    register_admin(app)
    return app
