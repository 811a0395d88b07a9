import logging
import random
import string
import traceback

import jwt
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Customer

logger = logging.getLogger(__name__)


@csrf_exempt  # want: KR214
def signup(request):
    password = request.POST["password"]
    logger.info("signup %s with password %s", request.POST["email"], password)  # want: KR101
    User.objects.create(username=request.POST["email"], password=password)  # want: KR502
    return JsonResponse({"ok": True})


def login_view(request):
    try:
        claims = jwt.decode(request.COOKIES["auth"], options={"verify_signature": False})  # want: KR511
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500)  # want: KR104
    response = JsonResponse({"user": claims["sub"]})
    response.set_cookie("sessionid", claims["sid"])  # want: KR224
    return response


def request_reset(request):
    customer = Customer.objects.get(email=request.POST["email"])
    customer.reset_code = "".join(random.choices(string.digits, k=6))  # want: KR509
    customer.save()
    return JsonResponse({"sent": True})
