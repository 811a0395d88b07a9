import json

from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators import csrf


@csrf_exempt  # want: KR214(medium/medium)
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@csrf.csrf_exempt  # want: KR214
def webhook(request):
    return JsonResponse(json.loads(request.body))


@method_decorator(csrf_exempt, name="dispatch")  # want: KR214
class ApiView(View):
    def post(self, request):
        return JsonResponse({})


@csrf_protect
def profile(request):
    return JsonResponse({})


def csrf_exempt_report(request):
    # A function named like the decorator is not it.
    return JsonResponse({})
