import hashlib
import hmac
import json

from django.conf import settings
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt


@method_decorator(csrf_exempt, name="dispatch")  # want: KR214
class OrderWebhook(View):
    def post(self, request):
        expected = hmac.new(settings.WEBHOOK_KEY, request.body, hashlib.sha256).hexdigest()
        if request.headers["X-Signature"] != expected:  # want: KR510
            return JsonResponse({"error": "bad signature"}, status=400)
        return JsonResponse(json.loads(request.body))
