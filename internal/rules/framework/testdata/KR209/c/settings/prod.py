from .base import *

DEBUG = False
SECURE_CONTENT_TYPE_NOSNIFF = False  # want: KR209
