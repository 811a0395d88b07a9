INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = []
ROOT_URLCONF = "mysite.urls"
ALLOWED_HOSTS = ["www.example.com", "*"]  # want: KR203(medium/high)
