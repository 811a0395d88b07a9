import hashlib
import hmac
import json

from django.conf import settings
from django.http import JsonResponse
from django.views import View


class OrderWebhook(View):
    def post(self, request):
        expected = hmac.new(settings.WEBHOOK_KEY, request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(request.headers.get("X-Signature", ""), expected):
            return JsonResponse({"error": "bad signature"}, status=400)
        return JsonResponse(json.loads(request.body))
