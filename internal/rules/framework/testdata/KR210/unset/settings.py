INSTALLED_APPS = ["django.contrib.auth"]  # want: KR210(low/low)
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "unset.urls"
