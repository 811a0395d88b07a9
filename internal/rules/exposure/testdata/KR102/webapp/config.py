from flask import Flask


class Config:
    DEBUG = True  # want: KR102


class DevelopmentConfig(Config):
    DEBUG = True
