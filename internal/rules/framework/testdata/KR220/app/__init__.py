import os

from flask import Flask

app = Flask(__name__)
app.secret_key = "dev"  # want: KR220(high/high)
app.config["SECRET_KEY"] = "s3cr3t-kept-in-git"  # want: KR220
app.config.update(SECRET_KEY="another", DEBUG=False)  # want: KR220
app.config.from_mapping({"SECRET_KEY": "mapped"})  # want: KR220
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "fallback")  # want: KR220(high/medium)

# Keys from the environment or a file are fine.
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.secret_key = os.urandom(32)
app.config.from_prefixed_env()
app.config["SECRET_KEY"] = ""


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(SECRET_KEY="dev", DATABASE="/tmp/app.sqlite")  # want: KR220
    if test_config is not None:
        app.config["SECRET_KEY"] = "test"  # under an if: a branch for tests
    return app
