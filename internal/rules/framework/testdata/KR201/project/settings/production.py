from .base import *

# A deployment that forgets DJANGO_DEBUG runs with debug pages.
DEBUG = env.bool("DJANGO_DEBUG", default=True)  # want: KR201(high/medium)
ALLOWED_HOSTS = ["www.example.com"]
