from django.contrib import admin
from django.urls import path

from accounts import views as accounts
from orders import views as orders

urlpatterns = [
    path("admin/", admin.site.urls),
    path("signup/", accounts.signup),
    path("login/", accounts.login_view),
    path("reset/", accounts.request_reset),
    path("api/orders/", orders.OrderWebhook.as_view()),
]
