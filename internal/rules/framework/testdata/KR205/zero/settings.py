INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "zero.urls"
SECURE_HSTS_SECONDS = 0  # want: KR205(medium)
