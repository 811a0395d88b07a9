INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.clickjacking.XFrameOptionsMiddleware"]
ROOT_URLCONF = "a.urls"
X_FRAME_OPTIONS = "ALLOWALL"  # want: KR208(medium/high)
