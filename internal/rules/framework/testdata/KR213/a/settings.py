INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = [  # want: KR213(low/medium)
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "a.urls"
