"""Class-based views."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from .models import Comment, Post
from .services import exports


class PostSearchView(ListView):
    template_name = "blog/search.html"
    context_object_name = "posts"

    def get_queryset(self):
        q = self.request.GET.get("q", "")
        return Post.objects.raw("SELECT * FROM blog_post WHERE published AND title = '{}'".format(q))  # want: KR601


class PostDetailView(DetailView):
    model = Post
    template_name = "blog/post.html"

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        posts = list(Post.objects.raw("SELECT * FROM blog_post WHERE slug = %s", [slug]))  # safe: KR601 parameter binding
        if not posts:
            raise Http404(slug)
        return posts[0]

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["highlight"] = mark_safe("<mark>%s</mark>" % self.request.GET.get("hl", ""))  # want: KR701
        ctx["share"] = format_html("<a href='/share/?t={}'>share</a>", self.request.GET.get("hl", ""))  # safe: KR701 format_html escapes arguments
        return ctx


class ArchiveView(View):
    def get(self, request, year, month):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, title FROM blog_post WHERE EXTRACT(YEAR FROM created) = {year}")  # safe: KR601 <int:> path converter
            by_year = cursor.fetchall()
            # want+1: KR601
            cursor.execute("""
                SELECT id, title FROM blog_post
                WHERE to_char(created, 'Mon') = '%s'
            """ % month)
            by_month = cursor.fetchall()
        return JsonResponse({"year": by_year, "month": by_month})


class CommentCreateView(View):
    def post(self, request, slug):
        post = get_object_or_404(Post, slug=slug)
        name = request.POST.get("name", "anonymous")
        self.request.session["commenter_name"] = name  # want: KR612
        Comment.objects.create(post=post, name=name, body=request.POST["body"])
        return redirect("blog:post_detail", slug=slug)  # safe: KR605 view name and kwargs, reversed


class LayoutView(View):
    def post(self, request):
        self.layout = request.POST.get("layout", "list")
        self.per_page = int(request.POST.get("per_page", "10"))
        self.remember()
        return redirect("blog:index")  # safe: KR605 constant view name

    def remember(self):
        self.request.session["layout"] = self.layout  # want: KR612
        self.request.session["layout_saved"] = True  # safe: KR612 constant


class TagBannerView(TemplateView):
    template_name = "blog/tag_banner.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["banner"] = format_html("<h2>Posts tagged {}</h2>", self.kwargs["tag"])  # safe: KR701 format_html escapes arguments
        return ctx

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response.set_cookie("last_tag", self.kwargs["tag"], max_age=3600)  # want: KR611
        return response


class CommentExportView(LoginRequiredMixin, View):
    export_format = "csv"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.label = request.GET.get("label", "comments")
        self.post_id = int(request.GET.get("post", "0"))

    def get(self, request):
        exports.archive_exports(self.label)
        data = exports.export_comments(self.post_id, self.export_format)
        response = HttpResponse(data, content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="{self.label}.csv"'  # want: KR611
        response["X-Export-Format"] = self.export_format  # safe: KR611 class attribute constant
        response["X-Post"] = str(self.post_id)  # safe: KR611 int() attribute
        return response
