from django.db import models


class Ticket(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField()
    status = models.CharField(max_length=20, default="open")
    owner = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)
