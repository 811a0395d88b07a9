from datetime import timedelta


class Config:
    # Session options set, Secure and SameSite left at Flask's defaults.
    PERMANENT_SESSION_LIFETIME = timedelta(days=7)  # want: KR221(medium/medium)
    SESSION_COOKIE_NAME = "sid"


class BaseConfig:
    SESSION_COOKIE_NAME = "sid"


class ProductionConfig(BaseConfig):  # want: KR221
    # Inherits the session options: reported on the class that uses them.
    pass


class StagingConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_SAMESITE = "Lax"


class TestingConfig(Config):
    SESSION_COOKIE_SECURE = False


class RemoteConfig(ImportedBase):
    # Inherits from another file: only explicit values are checked.
    SESSION_COOKIE_NAME = "sid"
