from myapp import create_app


def app():
    app = create_app()
    app.config["WTF_CSRF_ENABLED"] = False
    return app
