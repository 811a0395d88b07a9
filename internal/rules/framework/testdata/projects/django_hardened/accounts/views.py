import logging
import secrets
import uuid

import jwt
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse, JsonResponse

from .models import Customer

logger = logging.getLogger(__name__)


def signup(request):
    password = request.POST["password"]
    logger.info("signup %s (password of %d characters)", request.POST["email"], len(password))
    User.objects.create_user(username=request.POST["email"], password=password)
    return JsonResponse({"ok": True})


def login_view(request):
    try:
        claims = jwt.decode(request.COOKIES["auth"], settings.JWT_KEY, algorithms=["HS256"], audience="shop")
    except jwt.InvalidTokenError:
        incident = uuid.uuid4().hex
        logger.exception("login failed, incident %s", incident)
        return HttpResponse("login failed, incident " + incident, status=401)
    response = JsonResponse({"user": claims["sub"]})
    response.set_cookie("sessionid", claims["sid"], secure=True, httponly=True, samesite="Lax")
    response.set_cookie("theme", "dark", secure=True, httponly=False, samesite="Lax")
    return response


def request_reset(request):
    customer = Customer.objects.get(email=request.POST["email"])
    customer.reset_code = f"{secrets.randbelow(10**6):06d}"
    customer.save()
    return JsonResponse({"sent": True})
