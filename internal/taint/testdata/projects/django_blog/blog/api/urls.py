from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import CommentSearch, CommentViewSet, PostImport

router = DefaultRouter()
router.register(r"comments", CommentViewSet, basename="comment")

urlpatterns = [
    path("comments/search/", CommentSearch.as_view(), name="comment-search"),
    path("posts/import/", PostImport.as_view(), name="post-import"),
] + router.urls
