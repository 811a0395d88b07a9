from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "accounts",
    "orders",
]

ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
    }
}

LANGUAGE_CODE = "en-us"
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "static"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

DEBUG = True  # want: KR201
SECRET_KEY = "django-insecure-q9!x2v@r0m#k7t$w"  # want: KR202
ALLOWED_HOSTS = ["*"]  # want: KR203

MIDDLEWARE = [  # want: KR207 KR213
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

SECURE_SSL_REDIRECT = False  # want: KR204
SECURE_HSTS_SECONDS = 0  # want: KR205
SESSION_COOKIE_SECURE = False  # want: KR206
CSRF_COOKIE_SECURE = False  # want: KR206
SESSION_COOKIE_HTTPONLY = False  # want: KR206
X_FRAME_OPTIONS = "ALLOWALL"  # want: KR208
SECURE_CONTENT_TYPE_NOSNIFF = False  # want: KR209
SECURE_REFERRER_POLICY = "unsafe-url"  # want: KR210

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # want: KR211
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = []  # want: KR212

CORS_ALLOW_ALL_ORIGINS = True  # want: KR223
CORS_ALLOW_CREDENTIALS = True
