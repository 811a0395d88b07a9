INSTALLED_APPS = ["django.contrib.auth"]  # want: KR206(medium/high)
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "unset.urls"
