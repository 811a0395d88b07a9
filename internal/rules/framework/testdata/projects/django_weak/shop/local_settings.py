# Developer overrides, loaded with DJANGO_SETTINGS_MODULE=shop.local_settings.
from .settings import *

DEBUG = True
SECRET_KEY = "dev-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
