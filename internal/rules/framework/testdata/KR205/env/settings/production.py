from .base import *

SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0)  # want: KR205(medium/low)
