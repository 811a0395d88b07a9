from django.urls import path
from django.views.decorators.csrf import csrf_exempt as exempt

from . import views

urlpatterns = [
    path("hook/", exempt(views.webhook)),  # want: KR214
    path("profile/", views.profile),
]
