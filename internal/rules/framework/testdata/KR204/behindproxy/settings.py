import os

INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "behindproxy.urls"
SECURE_SSL_REDIRECT = os.environ.get("SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

try:
    from .local_settings import *  # optional overrides do not hide missing settings
except ImportError:
    pass
