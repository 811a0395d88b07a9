class Config:
    SQLALCHEMY_DATABASE_URI = "postgresql:///blog"


class ProductionConfig(Config):
    DEBUG = True  # want: KR102
    SECRET_KEY = "change-me-in-production"  # want: KR220
    SESSION_COOKIE_SECURE = False  # want: KR221 KR221
    WTF_CSRF_ENABLED = False  # want: KR222


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "test"
    WTF_CSRF_ENABLED = False
