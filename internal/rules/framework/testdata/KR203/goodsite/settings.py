INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "goodsite.urls"
ALLOWED_HOSTS = ["*"]  # overridden below: the last assignment decides
ALLOWED_HOSTS = [".example.com", "example.org"]
