INSTALLED_APPS = ["django.contrib.auth", "corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "proj.urls"
CORS_ALLOW_ALL_ORIGINS = True  # want: KR223
CORS_ALLOW_CREDENTIALS = True
