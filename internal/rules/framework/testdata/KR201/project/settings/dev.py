from .base import *

# Development settings may run with DEBUG on.
DEBUG = True
ALLOWED_HOSTS = ["localhost"]
