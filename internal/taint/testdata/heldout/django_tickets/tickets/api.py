"""REST API built with Django REST framework."""
import httpx
import yaml
from django.conf import settings
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from lxml import etree
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services
from .models import Ticket

ALLOWED_STATUSES = {"open", "closed", "pending"}


class TicketImportView(APIView):
    def post(self, request):
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        root = etree.fromstring(request.data["xml"].encode(), parser)  # want: KR610
        return Response({"imported": len(root.findall("ticket"))})


class TicketImportSafeView(APIView):
    def post(self, request):
        parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
        root = etree.fromstring(request.data["xml"].encode(), parser)  # safe: KR610 entities disabled
        return Response({"imported": len(root.findall("ticket"))})


class UserLookupView(APIView):
    def get(self, request):
        if request.query_params.get("strict"):
            return Response({"hits": len(services.find_user_safe(request.query_params["username"]))})
        return Response({"hits": len(services.find_user(request.query_params["username"]))})


class ContactLookupView(APIView):
    def post(self, request):
        conn = Connection(Server(settings.LDAP_URL), auto_bind=True)
        email = request.data.get("email", "")
        conn.search(settings.LDAP_BASE, "(mail=" + email + ")", attributes=["cn"])  # want: KR609
        by_mail = [str(e.cn) for e in conn.entries]
        conn.search(settings.LDAP_BASE, "(cn=%s)" % escape_filter_chars(request.data.get("name", "")), attributes=["mail"])  # safe: KR609 escape_filter_chars
        return Response({"by_mail": by_mail, "by_name": [str(e.mail) for e in conn.entries]})


class TicketViewSet(viewsets.ViewSet):
    def list(self, request):
        status = request.query_params.get("status", "open")
        qs = services.filter_where(Ticket.objects.all(), "status = '" + status + "'")
        return Response([t.title for t in qs])

    def retrieve(self, request, pk=None):
        rows = list(Ticket.objects.raw("SELECT * FROM tickets_ticket WHERE id = %s", [pk]))  # safe: KR601 parameterised query
        return Response({"title": rows[0].title if rows else None})

    @action(detail=False, methods=["get"])
    def by_status(self, request):
        status = request.query_params.get("status", "open")
        if status not in ALLOWED_STATUSES:
            return Response({"error": "bad status"}, status=400)
        qs = Ticket.objects.extra(where=["status = '%s'" % status])  # safe: KR601 allow-list check returns otherwise
        return Response([t.title for t in qs])

    @action(detail=False, methods=["post"])
    def ranked(self, request):
        qs = services.with_priority(Ticket.objects.all(), request.data.get("rank_expr", "1 = 1"))
        return Response([t.title for t in qs])

    @action(detail=False, methods=["post"])
    def restore(self, request):
        data = yaml.load(request.FILES["snapshot"].read(), Loader=yaml.UnsafeLoader)  # want: KR607
        return Response({"restored": len(data)})

    @action(detail=False, methods=["post"])
    def validate_config(self, request):
        cfg = yaml.safe_load(request.data.get("config", ""))  # safe: KR607 yaml.safe_load
        return Response({"keys": sorted(cfg or {})})

    @action(detail=True, methods=["post"])
    def mirror(self, request, pk=None):
        httpx.post(request.data["mirror_url"], json={"id": pk}, timeout=5)  # want: KR606
        return Response({"mirrored": pk})

    @action(detail=True, methods=["post"])
    def notify(self, request, pk=None):
        if request.data.get("callback"):
            services.notify_webhook(request.META["HTTP_X_CALLBACK_URL"], {"id": pk})
        services.notify_default({"id": pk, "note": request.data.get("note", "")})
        httpx.get(settings.STATUS_API + "/tickets", params={"id": pk, "q": request.data.get("q")})  # safe: KR606 constant host, tainted query params
        return Response({"notified": pk})
