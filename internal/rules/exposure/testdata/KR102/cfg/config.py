# A Flask configuration module need not import Flask: its Flask-only keys
# say whose configuration it is.
class Config:
    SQLALCHEMY_DATABASE_URI = "postgresql:///app"


class ProductionConfig(Config):
    DEBUG = True  # want: KR102


class DevelopmentConfig(Config):
    DEBUG = True
