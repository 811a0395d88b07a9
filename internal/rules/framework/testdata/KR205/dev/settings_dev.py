INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "dev.urls"
SECURE_HSTS_SECONDS = 0
