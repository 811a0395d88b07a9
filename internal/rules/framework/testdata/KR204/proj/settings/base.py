# Base settings are completed elsewhere: a missing setting is not reported.
INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "proj.urls"
