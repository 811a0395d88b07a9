INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "a.urls"
AUTH_PASSWORD_VALIDATORS = []  # want: KR212(medium/medium)
