from django.urls import path, re_path

from . import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("people/", views.people, name="people"),
    path("departments/", views.department, name="department"),
    re_path(r"^people/(?P<uid>[^/]+)/groups/$", views.groups, name="groups"),
    path("settings/", views.SettingsView.as_view(), name="settings"),
    path("language/<str:code>/", views.set_language, name="language"),
]
