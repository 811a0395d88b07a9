# The list is changed in place: krait cannot tell what it ends up holding.
INSTALLED_APPS = ["django.contrib.auth"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
MIDDLEWARE.insert(0, "django.middleware.security.SecurityMiddleware")
MIDDLEWARE += ["django.middleware.csrf.CsrfViewMiddleware"]
ROOT_URLCONF = "extended.urls"
