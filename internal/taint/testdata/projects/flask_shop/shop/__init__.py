"""Example Shop: a small Flask storefront with a back office."""
from flask import Flask

from .config import DefaultConfig


def create_app(config_object=DefaultConfig):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_object)

    from . import db
    db.init_app(app)

    from .account import bp as account_bp
    from .admin.views import admin
    from .api import api
    from .catalog.views import bp as catalog_bp
    from .media import media_bp
    from .orders.shipping import shipping
    from .orders.views import bp as orders_bp
    from .promotions import promo

    app.register_blueprint(catalog_bp)
    app.register_blueprint(account_bp, url_prefix="/account")
    app.register_blueprint(orders_bp, url_prefix="/orders")
    app.register_blueprint(media_bp, url_prefix="/media")
    app.register_blueprint(admin, url_prefix="/admin")
    app.register_blueprint(api, url_prefix="/api")
    app.register_blueprint(shipping, url_prefix="/shipping")
    app.register_blueprint(promo, url_prefix="/promo")
    return app
