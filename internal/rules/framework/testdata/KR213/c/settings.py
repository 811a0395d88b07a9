# django-csp 3: the policy is in CSP_* settings.
INSTALLED_APPS = ["django.contrib.auth", "csp"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
]
ROOT_URLCONF = "c.urls"
CSP_DEFAULT_SRC = ("'self'",)
