# Settings for the test suite.
INSTALLED_APPS = ["django.contrib.auth", "myapp"]
MIDDLEWARE = []
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEBUG = True
