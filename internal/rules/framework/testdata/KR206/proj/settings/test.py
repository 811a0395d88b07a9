from .base import *

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
