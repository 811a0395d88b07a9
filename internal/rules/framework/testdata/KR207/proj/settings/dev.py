from .base import *

MIDDLEWARE = ["debug_toolbar.middleware.DebugToolbarMiddleware"]
