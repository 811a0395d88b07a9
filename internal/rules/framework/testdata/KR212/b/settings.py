INSTALLED_APPS = ["django.contrib.auth"]  # want: KR212
MIDDLEWARE = []
ROOT_URLCONF = "b.urls"
