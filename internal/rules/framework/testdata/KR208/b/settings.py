INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.clickjacking.XFrameOptionsMiddleware"]
ROOT_URLCONF = "b.urls"
X_FRAME_OPTIONS = "ALLOW-FROM https://partner.example.com"  # want: KR208
