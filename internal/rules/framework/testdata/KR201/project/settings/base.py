# Base settings, completed by dev.py and production.py: a production
# module may override DEBUG, so the finding has lower confidence.
INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
DEBUG = True  # want: KR201(high/medium)
