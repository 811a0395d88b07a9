from .base import *

SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)  # want: KR206(medium/medium)
CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
