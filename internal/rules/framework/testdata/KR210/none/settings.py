INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "none.urls"
SECURE_REFERRER_POLICY = None  # want: KR210(medium/high)
