from django.utils.csp import CSP

INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
]
ROOT_URLCONF = "b.urls"
SECURE_CSP = {"default-src": [CSP.SELF]}
