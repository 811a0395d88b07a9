INSTALLED_APPS = ["django.contrib.auth"]  # want: KR205(medium/medium)
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "unset.urls"
