from .base import *

DEBUG = env.bool("DJANGO_DEBUG", default=False)
DEBUG_TOOLBAR = True
ALLOWED_HOSTS = ["staging.example.com"]
