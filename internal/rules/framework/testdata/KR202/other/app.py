# Not Django settings.
SECRET_KEY = "not-a-django-setting"
