"""HTML views for the ticket tracker."""
import importlib
import os
import uuid

import yaml
from lxml import etree

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.template import Context, Template
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import TemplateView

from . import services
from .models import Ticket

EXPORTERS = ("csv", "xlsx", "pdf")
FEED_PARSER = etree.XMLParser(resolve_entities=True, no_network=False)


def ticket_search(request):
    results = services.search_tickets(request.GET.get("q", ""), request.GET.get("order", "created_at"))
    return render(request, "tickets/list.html", {"tickets": results})


def ticket_search_safe(request):
    results = services.search_tickets_safe(request.GET.get("q", ""), request.GET.get("order", "created_at"))
    return render(request, "tickets/list.html", {"tickets": results})


def my_tickets(request):
    owner = request.COOKIES.get("ticket_owner", "")
    return render(request, "tickets/list.html", {"rows": services.tickets_by_owner(owner)})


def ticket_detail(request, ticket_id):
    rows = list(Ticket.objects.raw("SELECT * FROM tickets_ticket WHERE id = %d" % ticket_id))  # safe: KR601 int path converter
    return render(request, "tickets/detail.html", {"ticket": rows[0] if rows else None})


def ticket_legacy(request):
    ticket_id = int(request.GET["id"])
    qs = Ticket.objects.all().extra(where=["id = %d" % ticket_id])  # safe: KR601 int conversion
    return render(request, "tickets/list.html", {"tickets": qs})


@login_required
def greeting(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<p>Hello, " + name + "</p>")  # want: KR701


@login_required
def greeting_safe(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<p>Hello, " + escape(name) + "</p>")  # safe: KR701 django escape


def title_preview(request):
    title_html = mark_safe("<h2>%s</h2>" % request.POST["title"])  # want: KR701
    return render(request, "tickets/preview.html", {"title_html": title_html})


def status_banner(request):
    pattern = request.GET.get("pattern", "<b>{}</b>")
    return HttpResponse(format_html(pattern, request.user.get_username()))  # want: KR701


def status_banner_safe(request):
    return HttpResponse(format_html("<b>{}</b>", request.GET.get("status", "open")))  # safe: KR701 constant format string, args escaped


def custom_report(request):
    tpl = Template(request.POST["layout"])  # want: KR702
    return JsonResponse({"html": tpl.render(Context({"tickets": Ticket.objects.all()}))})


def login_done(request):
    next_url = request.GET.get("next", "/")
    return HttpResponseRedirect(next_url)  # want: KR605


def login_done_safe(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect("/")
    return redirect(next_url)  # safe: KR605 url_has_allowed_host_and_scheme


def back_to_referrer(request):
    return redirect(request.META.get("HTTP_REFERER", "/"))  # want: KR605


def set_language(request):
    response = redirect("/")
    response.set_cookie("django_language", request.GET.get("lang", "en"))  # want: KR611
    response.set_cookie("page_size", int(request.GET.get("page_size", "25")))  # safe: KR611 int conversion
    return response


def export_csv(request):
    name = request.GET.get("name", "tickets")
    fmt = request.GET.get("format", "csv")
    if fmt not in EXPORTERS:
        raise Http404("unknown exporter")
    exporter = importlib.import_module("tickets.exporters." + fmt)  # safe: KR603 allow-list check raises otherwise
    response = HttpResponse(exporter.export(Ticket.objects.all()), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="%s.%s"' % (name, fmt)  # want: KR611
    return response


def run_plugin(request):
    plugin = importlib.import_module(request.POST["plugin"])  # want: KR603
    return JsonResponse({"result": plugin.run()})


def remember_filter(request):
    request.session["last_filter"] = request.GET.get("filter", "")  # want: KR612
    request.session["page"] = int(request.GET.get("page", "1"))  # safe: KR612 int conversion
    return redirect("tickets:search")


def report(request):
    fmt = request.POST.get("format", "pdf")
    if request.POST.get("safe"):
        return JsonResponse({"returncode": services.run_report_safe(fmt).returncode})
    return JsonResponse({"returncode": services.run_report(fmt).returncode})


def restore_snapshot(request):
    data = services.load_snapshot(request.body)
    return JsonResponse({"restored": len(data)})


class AttachmentDownload(View):
    def get(self, request, *args, **kwargs):
        filename = self.kwargs["filename"]
        return FileResponse(open(services.attachment_path(filename), "rb"))  # want: KR604


class AttachmentDownloadSafe(View):
    def get(self, request, *args, **kwargs):
        root = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "attachments"))
        path = os.path.realpath(os.path.join(root, self.kwargs["filename"]))
        if not path.startswith(root + os.sep):
            raise Http404("no such attachment")
        return FileResponse(open(path, "rb"))  # safe: KR604 realpath containment check raises


class AttachmentUpload(View):
    def post(self, request, *args, **kwargs):
        upload = request.FILES["file"]
        with open(services.attachment_path(upload.name), "wb") as out:  # want: KR604
            for chunk in upload.chunks():
                out.write(chunk)
        return redirect("tickets:search")


class FieldHelp(TemplateView):
    template_name = "tickets/field_help.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["values"] = services.field_values(self.kwargs["field"])
        context["subject"] = services.render_email(self.request.GET.get("subject", "{{ ticket.title }}"), None)
        return context


def ticket_saved(request):
    context = {"ticket": request.POST.get("ticket"), "next": request.POST.get("next", "/")}
    return redirect(context["next"])  # want: KR605


def open_ticket(request):
    request.session["ticket_id"] = str(uuid.UUID(request.GET["ticket"]))  # safe: KR612 uuid.UUID conversion
    return redirect("tickets:search")


def import_feed(request):
    root = etree.fromstring(request.FILES["feed"].read(), parser=FEED_PARSER)  # want: KR610
    owner = request.GET.get("owner", "")
    matches = etree.XPath("//ticket[owner='" + owner + "']")(root)  # want: KR608
    return JsonResponse({"tickets": len(matches)})


def import_rules(request):
    rules = yaml.load(request.body, Loader=yaml.SafeLoader)  # safe: KR607 SafeLoader
    return JsonResponse({"rules": len(rules or [])})
