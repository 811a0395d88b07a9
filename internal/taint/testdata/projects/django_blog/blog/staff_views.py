"""Tools for editors: exports, feeds, directory search, drafts."""
import base64
import pickle
import uuid

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.template import Context, Template
from django.utils.html import escape
from django.views.decorators.http import require_GET, require_POST
from lxml import etree

from accounts import directory

from .services.webmention import MentionClient, discover
from .utils.http import attach_download_headers, bounce, remember, remember_flag, requested_next, return_to

XXE_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True)
VIEWS = ("list", "grid")
STATUS_COLUMNS = {"draft": "is_draft", "published": "published"}


@staff_member_required
def greeting_preview(request):
    greeting = request.GET.get("greeting", "Hello")
    tpl = Template(f"{{% load static %}}<p>{greeting}, {{{{ user.username }}}}</p>")  # want: KR702
    return JsonResponse({"html": tpl.render(Context({"user": request.user}))})


@staff_member_required
def greeting_fixed(request):
    tpl = Template("<p>{{ greeting }}, {{ user.username }}</p>")  # safe: KR702 constant template
    return JsonResponse({"html": tpl.render(Context({"greeting": request.GET.get("greeting", ""), "user": request.user}))})


@require_GET
def remember_view(request):
    remember(request, "view", request.GET.get("view", "list"))
    remember_flag(request, "view_chosen")
    request.session["view_token"] = uuid.uuid4().hex  # safe: KR612 generated value
    for key in ("sort", "density"):
        request.session[key] = request.GET.get(key, "")  # want: KR612
    return return_to(request)


@staff_member_required
def mention(request):
    discovered = discover(request.POST["target"])
    client = MentionClient(request.POST.get("endpoint") or discovered)
    client.send("https://blog.example.com/", request.POST["target"])
    client.send_via_relay("https://blog.example.com/", request.POST["target"])
    return JsonResponse({"sent": True})


def out(request):
    return bounce(requested_next(request))


@staff_member_required
def restore_draft(request, token):
    draft = pickle.loads(base64.urlsafe_b64decode(token))  # want: KR607
    return JsonResponse({"title": str(draft.get("title", ""))})


@staff_member_required
def download_export(request, label):
    response = HttpResponse(b"", content_type="application/zip")
    return attach_download_headers(response, label + ".zip")


@staff_member_required
@require_POST
def feed_titles(request):
    payload = {"doc": request.body, "xpath": request.GET.get("select", "//item/title")}
    root = etree.fromstring(payload["doc"], XXE_PARSER)  # want: KR610
    titles = root.xpath(payload["xpath"])  # want: KR608
    fixed = root.xpath("//item/link")  # safe: KR608 constant expression
    return JsonResponse({"titles": [str(t) for t in titles], "links": len(fixed)})


@staff_member_required
def directory_search(request):
    team = request.GET.get("team", "")
    members = directory.team_members(team)
    exact = directory.find_user_escaped(request.GET.get("uid", ""))
    return JsonResponse({"members": len(members), "exact": len(exact)})


@staff_member_required
def status_report(request):
    status = request.GET.get("status", "draft")
    column = STATUS_COLUMNS.get(status, "published")
    sql = {"count": f"SELECT COUNT(*) FROM blog_post WHERE {column}", "filter": request.GET.get("where", "TRUE")}
    with connection.cursor() as cursor:
        cursor.execute(sql["count"])  # safe: KR601 constant map value in a constant dict entry
        total = cursor.fetchone()[0]
        cursor.execute("SELECT id FROM blog_post WHERE " + sql["filter"])  # want: KR601
        ids = [r[0] for r in cursor.fetchall()]
    return JsonResponse({"total": total, "ids": ids})


@staff_member_required
@require_POST
def run_saved_query(request):
    with request.FILES["query"].open("rb") as upload:
        statement = upload.read().decode("utf-8")
    with connection.cursor() as cursor:
        cursor.execute(statement)  # want: KR601
        return JsonResponse({"rows": cursor.fetchall()})


@staff_member_required
def headline(request):
    parts = {"title": request.GET.get("title", ""), "site": "Example Blog"}
    if request.GET.get("plain"):
        return HttpResponse("<title>" + parts["site"] + "</title>")  # safe: KR701 constant dict entry
    return HttpResponse("<title>" + parts["title"] + " | " + parts["site"] + "</title>")  # want: KR701


@staff_member_required
def headline_escaped(request):
    title, site = request.GET.get("title", ""), "Example Blog"
    return HttpResponse(f"<title>{escape(title)} | {site}</title>")  # safe: KR701 escape
