INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "a.urls"
SECURE_CONTENT_TYPE_NOSNIFF = False  # want: KR209(medium/high)
