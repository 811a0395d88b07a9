"""Settings for the blog. Values used by the views are constants."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-insecure-key")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["blog.example.com", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "blog",
    "accounts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "blog_site.urls"
WSGI_APPLICATION = "blog_site.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "blog",
        "HOST": "db.internal",
    }
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]

MEDIA_ROOT = "/srv/blog/media"
ATTACHMENT_ROOT = "/srv/blog/media/attachments"
EXPORT_ROOT = "/srv/blog/exports"
STATIC_URL = "/static/"

AUTHENTICATION_BACKENDS = ["accounts.backends.DirectoryBackend", "django.contrib.auth.backends.ModelBackend"]
LDAP_SERVER = "ldaps://ldap.example.com"
LDAP_SEARCH_BASE = "ou=staff,dc=example,dc=com"

WEBMENTION_ENDPOINT = "https://webmention.example.com/api/v1"
GRAVATAR_URL = "https://www.gravatar.com/avatar/"
