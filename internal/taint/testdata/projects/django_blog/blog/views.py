"""Function-based views of the blog."""
import base64
import json
import logging
import pickle

import yaml

from django.contrib.auth.decorators import login_required, user_passes_test
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.template import Context, Template
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import Post
from .services import exports, importer, links, shortcodes, storage
from .services import search as search_service
from .services.search import TagQuery
from .utils import html as html_utils
from .utils.decorators import json_errors
from .utils.files import attachment_path, raw_attachment_path
from .utils.sql import bulk_insert_tags

log = logging.getLogger(__name__)


def index(request):
    posts = Post.objects.filter(published=True).order_by("-created")[:10]
    return render(request, "blog/index.html", {"posts": posts})


def search(request):
    q = request.GET.get("q", "")
    log.info("search q=%r", q)
    posts = Post.objects.raw("SELECT * FROM blog_post WHERE title LIKE '%" + q + "%'")  # want: KR601
    in_body = Post.objects.raw("SELECT * FROM blog_post WHERE body LIKE %s", [f"%{q}%"])  # safe: KR601 parameter binding
    ordered = search_service.ordered_posts(request.GET.get("order", "new"))
    context = {"posts": posts, "in_body": in_body, "ordered": ordered, "q": q}
    return render(request, "blog/search.html", context)  # safe: KR701 render() with a tainted context value


def post_by_id(request, pk):
    posts = Post.objects.raw(f"SELECT * FROM blog_post WHERE id = {pk}")  # safe: KR601 <int:> path converter
    return render(request, "blog/post.html", {"post": posts[0]})


def post_by_token(request, token):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM blog_post WHERE preview_token = '{token}'")  # safe: KR601 <uuid:> path converter
        row = cursor.fetchone()
    return redirect("blog:post_by_id", pk=row[0])


def post_stats(request, slug):
    rows = search_service.post_stats(slug)
    post_id = rows[0][0] if rows else 0
    return JsonResponse({"rows": rows, "comments": search_service.comment_count(post_id)})


@login_required
def export_post(request, slug):
    fmt = request.GET.get("format", "pdf")
    exports.export_post(slug, fmt)
    exports.export_post_quoted(slug, fmt)
    html = exports.export_post_args(slug)
    response = JsonResponse({"ok": True, "size": len(html)})
    response["Content-Disposition"] = f'attachment; filename="{slug}.{fmt}"'  # want: KR611
    return response


def by_tag(request, tag):
    posts = Post.objects.filter(published=True).extra(where=["tags LIKE '%%" + tag + "%%'"])  # want: KR601
    same = Post.objects.extra(where=["tags LIKE %s"], params=[f"%{tag}%"])  # safe: KR601 parameter binding
    query = TagQuery(tag, request.GET.get("limit", "20"))
    with connection.cursor() as cur:
        cur.execute(query.sql())  # want: KR601
        tagged = cur.fetchall()
        cur.execute(query.count_sql())  # safe: KR601 only the int() attribute and constants
        total = cur.fetchone()[0]
    return render(request, "blog/tag.html", {"posts": posts, "same": same, "tagged": tagged, "total": total, "tag": tag})  # safe: KR701 KR702 render() with a tainted context value


def by_author(request, username):
    posts = Post.objects.raw(  # want: KR601
        "SELECT * FROM blog_post WHERE author_id = (SELECT id FROM auth_user WHERE username = '%s')" % username
    )
    scored = search_service.posts_with_score(request.GET.get("weight", "1"))
    bound = search_service.posts_with_bound_score(request.GET.get("weight", "1"))
    return render(request, "blog/author.html", {"posts": posts, "scored": scored, "bound": bound})


def attachment(request, name):
    fh = open(raw_attachment_path(name), "rb")  # want: KR604
    response = FileResponse(fh)
    response["Content-Disposition"] = f"inline; filename={name}"  # want: KR611
    return response


def attachment_checked(request, name):
    return FileResponse(open(attachment_path(name), "rb"))  # safe: KR604 commonpath containment in the helper


def go(request):
    return HttpResponseRedirect(request.GET["next"])  # want: KR605


def to_site(request):
    return redirect(f"{request.GET['site']}/welcome/")  # want: KR605


def to_host(request):
    scheme, host = request.GET.get("scheme", "https"), request.GET["host"]
    return HttpResponseRedirect(f"{scheme}://{host}/")  # want: KR605


def back(request):
    referer = request.META.get("HTTP_REFERER", "")
    if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(referer)  # safe: KR605 url_has_allowed_host_and_scheme
    fallback = request.GET.get("fallback")
    if fallback:
        return redirect(fallback)  # want: KR605
    return redirect("blog:index")  # safe: KR605 constant view name


@require_POST
def preview(request):
    title = request.POST["title"]
    body = escape(request.POST["body"])
    if request.POST.get("escape") == "1":
        return HttpResponse("<h1>%s</h1>%s" % (escape(title), body))  # safe: KR701 django.utils.html.escape
    return HttpResponse("<h1>" + title + "</h1>" + body)  # want: KR701


@login_required
@require_POST
def save_draft(request):
    request.session["draft_title"] = request.POST["title"]  # want: KR612
    request.session["draft_saved"] = True  # safe: KR612 constant
    return JsonResponse({"saved": True})


@login_required
@require_POST
def theme_preview(request):
    rendered = Template(request.POST["template"]).render(Context({"site": "Example Blog"}))  # want: KR702
    return JsonResponse({"html": rendered})


def related(request):
    tags = request.GET.getlist("tag")
    rows = search_service.related_posts(tags)
    if request.GET.get("post"):
        bulk_insert_tags(int(request.GET["post"]), tags)
    return JsonResponse({"related": rows})


@json_errors
def link_preview(request):
    data = json.loads(request.body)
    url = data["url"]
    text = links.preview_link(url)
    links.send_webmention(url, "https://blog.example.com/")
    has_avatar = links.avatar_exists(data.get("email", ""))
    embed = links.oembed(data.get("provider", "noembed.com"), url)
    links.ping_feed_reader(data.get("reader", ""), url)
    links.provider_embed(data.get("embed_provider", "noembed.com"), url)
    links.site_feed(data.get("site", "https://blog.example.com"))
    links.fetch_embed(url)
    return JsonResponse({"text": text, "avatar": has_avatar, "embed": embed})


@login_required
@require_POST
def import_wordpress(request):
    wp = importer.WordPressImport(request.body)
    published = wp.items_by_status(request.GET.get("status", "publish"))
    mine = wp.items_by_author(request.GET.get("author", ""))
    drafts = importer.count_status(wp.root, request.GET.get("count", "draft"))
    importer.check_wxr(request.body)
    draft = importer.restore_draft_or_empty(request.POST.get("empty_draft", b""))
    if "draft" in request.POST:
        draft = importer.restore_draft(base64.b64decode(request.POST["draft"]))
    return JsonResponse({"published": len(published), "mine": len(mine), "drafts": drafts, "draft": bool(draft)})


@login_required
@require_POST
def import_drafts(request):
    drafts = []
    for blob in request.POST.getlist("drafts"):
        drafts.append(pickle.loads(base64.b64decode(blob)))  # want: KR607
    payload = json.loads(request.body or b"{}")
    meta = yaml.load(payload.get("meta", ""), Loader=yaml.Loader)  # want: KR607
    return JsonResponse({"drafts": len(drafts), "meta": bool(meta)})


@login_required
@require_POST
def upload_template(request):
    with request.FILES["template"].open("rb") as fh:
        tpl = Template(fh.read().decode("utf-8"))  # want: KR702
    return JsonResponse({"nodes": len(tpl.nodelist)})


@login_required
@require_POST
def import_markdown(request):
    text = request.FILES["file"].read().decode("utf-8")
    meta, body = importer.front_matter(text)
    safe_meta, _ = importer.front_matter_safe(text)
    return JsonResponse({"title": str(meta.get("title")), "same": meta == safe_meta})


def record_hit(request):
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO blog_hit (path) VALUES ('%s')" % request.get_full_path())  # want: KR601
        cursor.execute("INSERT INTO blog_hit_agent (path, agent) VALUES (%s, %s)", [request.path, request.headers.get("User-Agent", "")])  # safe: KR601 parameter binding
    return JsonResponse({"ok": True})


def byline(request):
    name = request.GET.get("name", "")
    context = {
        "byline": html_utils.render_byline(name),
        "byline_escaped": html_utils.render_byline_escaped(name),
        "tag": html_utils.render_tag(request.GET.get("tag", "")),
        "notice": html_utils.render_notice(request.GET.get("notice", "")),
    }
    return render(request, "blog/byline.html", context)


# --- shortcodes, snippets and storage -------------------------------------


def calc(request):
    return JsonResponse({"value": shortcodes.evaluate(request.GET.get("expr", "0"))})


def word_count(request):
    log.info("word count expression %s", request.GET.get("expr", ""))  # safe: KR603 logging is not a sink
    return JsonResponse({"words": shortcodes.count_words(request.GET.get("expr", ""), request.GET.get("body", "")),
                         "day": shortcodes.evaluate_constant()})


@require_POST
def macro_check(request):
    valid = shortcodes.validate_macro(request.POST["macro"])
    renderer = shortcodes.load_renderer(request.POST.get("renderer", "markdown"))
    named = shortcodes.load_named_renderer(request.POST.get("renderer", "markdown"))
    return JsonResponse({"valid": valid, "renderer": renderer.__name__, "named": named.__name__})


@user_passes_test(lambda u: u.is_superuser)
@require_POST
def debug_exec(request):
    scope = {}
    exec(request.POST["code"], scope)  # want: KR603
    return JsonResponse({"keys": sorted(k for k in scope if not k.startswith("__"))})


@login_required
@require_POST
def snippet_preview(request):
    context = {"title": request.POST.get("title", "")}
    html = shortcodes.render_snippet(request.POST["snippet"], context)
    jinja_html = shortcodes.render_jinja_snippet(request.POST["jinja"], context)
    fixed = shortcodes.render_fixed_snippet(context)
    return JsonResponse({"django": html, "jinja": jinja_html, "fixed": fixed})


@login_required
@require_POST
def delete_attachment(request, name):
    storage.delete_attachment(name)
    if "id" in request.POST:
        storage.delete_attachment_by_id(request.POST["id"])
    return JsonResponse({"deleted": True})


@login_required
@require_POST
def delete_by_token(request, token):
    storage.delete_by_token(token)
    storage.trash_attachment(request.POST.get("name", ""))
    return JsonResponse({"deleted": True})


@login_required
@require_POST
def clear_export(request):
    label = request.POST["label"]
    size = storage.export_size(label)
    storage.clear_export(label)
    return JsonResponse({"freed": size})


@login_required
@require_POST
def upload_theme(request):
    upload = request.FILES["theme"]
    theme = request.POST["name"]
    if request.POST.get("builtin") == "1":
        storage.unpack_known_theme(upload, theme)
    else:
        storage.unpack_theme(upload, theme)
    return JsonResponse({"installed": True})


def related_posts(request):
    post = Post.objects.get(slug=request.GET["slug"])
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM blog_post WHERE author_id = %d" % post.author_id)  # safe: KR601 a row the lookup fetched, not the request's text
        cursor.execute("SELECT id FROM blog_post WHERE slug = '%s'" % request.GET["slug"])  # want: KR601
    return JsonResponse({"id": post.id})
