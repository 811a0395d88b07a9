INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "partial.urls"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365  # want: KR205(low/medium)
SECURE_HSTS_PRELOAD = False  # want: KR205(low/medium)
