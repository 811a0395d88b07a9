INSTALLED_APPS = ["django.contrib.auth"]  # want: KR204(medium/medium)
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "mysite.urls"
# SECURE_SSL_REDIRECT is not set: reported once, on the first setting.
