INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.clickjacking.XFrameOptionsMiddleware"]
ROOT_URLCONF = "c.urls"
X_FRAME_OPTIONS = "sameorigin"
