from .base import *

# Extends base: what it does not set may come from there.
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=3600)
