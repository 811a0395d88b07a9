import os

# A configuration module loaded with app.config.from_object or from_pyfile.


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess string"  # want: KR220(high/medium)
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class DevelopmentConfig(Config):
    SECRET_KEY = "dev"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "test"


class ProductionConfig(Config):
    SECRET_KEY = os.environ["SECRET_KEY"]


SECRET_KEY = "module-level-key"  # want: KR220
