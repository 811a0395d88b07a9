# Unset is fine: Django's default is True.
INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "b.urls"
SECURE_CONTENT_TYPE_NOSNIFF = True
