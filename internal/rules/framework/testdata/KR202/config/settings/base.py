import os

INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SECRET_KEY = env("DJANGO_SECRET_KEY")
SECRET_KEY = get_random_secret_key()
with open("/run/secrets/django_key") as f:
    SECRET_KEY = f.read().strip()
SECRET_KEY = ""  # Django refuses to start with an empty key
