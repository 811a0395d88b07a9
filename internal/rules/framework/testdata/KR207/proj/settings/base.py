INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = [  # want: KR207(medium/medium)
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
