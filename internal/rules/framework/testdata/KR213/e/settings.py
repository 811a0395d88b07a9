# An empty MIDDLEWARE configures no content security policy.
INSTALLED_APPS = ["django.contrib.auth"]
ROOT_URLCONF = "e.urls"
SECURE_HSTS_SECONDS = 31536000
MIDDLEWARE = []  # want: KR213
