from .base import *

ALLOWED_HOSTS = ("*",)  # want: KR203
