from .base import *

PASSWORD_HASHERS = (
    "django.contrib.auth.hashers.SHA1PasswordHasher",  # want: KR211
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
)
