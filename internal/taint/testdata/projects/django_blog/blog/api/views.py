"""REST API (Django REST framework)."""
import os
import subprocess

import requests
import yaml
from django.db import connection
from lxml import etree
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from ..models import Comment
from ..services.links import avatar_url

ALLOWED_ORDERING = {"id", "-id", "name", "-name"}
FEED_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class CommentSearch(APIView):
    def get(self, request):
        q = request.query_params.get("q", "")
        approved = request.query_params.get("approved", "1")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, name FROM blog_comment WHERE body LIKE '%%" + q + "%%'")  # want: KR601
            rows = cursor.fetchall()
            cursor.execute("SELECT COUNT(*) FROM blog_comment WHERE approved = %s", [approved == "1"])  # safe: KR601 parameter binding
            total = cursor.fetchone()[0]
        return Response({"rows": rows, "total": total})


class PostImport(APIView):
    def post(self, request):
        source = request.data.get("source", {})
        kind = source.get("kind")
        if kind == "url":
            body = requests.get(source["url"], timeout=5).content  # want: KR606
        elif kind == "inline":
            body = source["document"].encode()
        else:
            raise ValidationError("unknown source kind")
        tree = etree.fromstring(body, FEED_PARSER)  # want: KR610
        titles = tree.xpath("//item/title/text()")
        checked = etree.fromstring(body, SAFE_PARSER)  # safe: KR610 parser without entity resolution
        return Response({"titles": titles, "items": len(checked)}, status=status.HTTP_201_CREATED)

    def put(self, request):
        settings_doc = request.data["settings"]
        parsed = yaml.load(settings_doc, Loader=yaml.Loader)  # want: KR607
        also = yaml.load(settings_doc, Loader=yaml.SafeLoader)  # safe: KR607 SafeLoader
        return Response({"keys": sorted(parsed), "same": parsed == also})


class CommentViewSet(viewsets.ViewSet):
    def list(self, request):
        ordering = request.query_params.get("ordering", "id")
        if ordering not in ALLOWED_ORDERING:
            raise ValidationError("bad ordering")
        column = ordering.lstrip("-")
        direction = "DESC" if ordering.startswith("-") else "ASC"
        rows = list(Comment.objects.raw(f"SELECT * FROM blog_comment ORDER BY {column} {direction}"))  # safe: KR601 allow-list that raises
        return Response([{"id": c.id, "name": c.name} for c in rows])

    def retrieve(self, request, pk=None):
        rows = list(Comment.objects.raw("SELECT * FROM blog_comment WHERE id = " + pk))  # want: KR601
        return Response({"id": rows[0].id} if rows else {}, status=200 if rows else 404)

    @action(detail=True, methods=["post"])
    def reindex(self, request, pk=None):
        subprocess.run(f"blog-index --comment {int(pk)}", shell=True, check=True)  # safe: KR602 int()
        note = request.data.get("note", "")
        os.system("logger -t blog-index " + note)  # want: KR602
        return Response({"queued": True})

    @action(detail=False)
    def avatar(self, request):
        email = request.query_params.get("email", "")
        resp = requests.get(avatar_url(email), params={"d": "404"}, timeout=2)  # safe: KR606 constant host, hashed path
        return Response({"exists": resp.ok})
