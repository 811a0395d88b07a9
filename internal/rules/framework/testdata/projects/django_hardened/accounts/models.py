from django.contrib.auth.hashers import check_password, make_password
from django.db import models


class Customer(models.Model):
    email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=128)
    reset_code = models.CharField(max_length=6, blank=True)
    api_token = models.CharField(max_length=64, blank=True)

    def set_password(self, password):
        self.password_hash = make_password(password)

    def check_password(self, password):
        return check_password(password, self.password_hash)
