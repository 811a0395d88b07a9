INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE_CLASSES = (  # want: KR207
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
)
ROOT_URLCONF = "old.urls"
