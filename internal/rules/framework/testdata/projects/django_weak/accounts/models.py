import hashlib

from django.db import models


class Customer(models.Model):
    email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=128)
    reset_code = models.CharField(max_length=6, blank=True)
    api_token = models.CharField(max_length=64, blank=True)

    def set_password(self, password):
        self.password_hash = hashlib.sha256(password.encode()).hexdigest()  # want: KR501

    def check_password(self, password):
        return hashlib.sha256(password.encode()).hexdigest() == self.password_hash  # want: KR501 KR510
