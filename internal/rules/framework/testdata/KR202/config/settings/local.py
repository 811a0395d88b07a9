from .base import *

# Development settings may keep a throwaway key.
SECRET_KEY = "django-insecure-local-development-only"
