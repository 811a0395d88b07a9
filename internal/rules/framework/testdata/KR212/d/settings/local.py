from .base import *

AUTH_PASSWORD_VALIDATORS = []
