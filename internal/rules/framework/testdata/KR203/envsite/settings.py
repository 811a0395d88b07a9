import os

INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "envsite.urls"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "*").split(",")  # want: KR203(medium/medium)
