# DEBUG set from the environment, or turned on in a branch: not reported.
import os

INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "app.urls"
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
if os.environ.get("DJANGO_ENV") == "development":
    DEBUG = True
TEMPLATE_DEBUG = True
