import os

INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "envgood.urls"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "www.example.com").split(",")
if os.environ.get("ANY_HOST"):
    ALLOWED_HOSTS = ["*"]
