INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = [  # want: KR207(medium/high)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "mysite.urls"
