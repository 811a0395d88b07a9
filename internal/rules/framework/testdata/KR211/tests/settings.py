# Test settings hash with MD5 for speed.
INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "tests.urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
