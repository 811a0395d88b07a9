class Config:
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = True


class ProductionConfig(Config):
    DEBUG = True  # not reported: the module imports no Flask, and DEBUG is too common a name
