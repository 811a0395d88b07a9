INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "good.urls"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin,same-origin"
