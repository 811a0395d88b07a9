from django.conf import settings
from django.db import models


class Post(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.TextField()
    tags = models.CharField(max_length=200, blank=True)
    published = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)


class Comment(models.Model):
    post = models.ForeignKey(Post, related_name="comments", on_delete=models.CASCADE)
    name = models.CharField(max_length=80)
    body = models.TextField()
    approved = models.BooleanField(default=False)


class Attachment(models.Model):
    post = models.ForeignKey(Post, related_name="attachments", on_delete=models.CASCADE)
    filename = models.CharField(max_length=255)
