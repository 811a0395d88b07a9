from .base import *

SECURE_CONTENT_TYPE_NOSNIFF = False
