INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "a.urls"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",  # want: KR211(high/high)
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
