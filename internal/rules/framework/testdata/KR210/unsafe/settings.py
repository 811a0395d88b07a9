INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "unsafe.urls"
SECURE_REFERRER_POLICY = ["origin", "unsafe-url"]  # want: KR210
