"""Response and session helpers."""
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def remember(request, key, value):
    request.session[key] = value  # want: KR612


def remember_flag(request, key):
    request.session[key] = True  # safe: KR612 constant value


def attach_download_headers(response, filename):
    response["Content-Disposition"] = "attachment; filename=%s" % filename  # want: KR611
    response["Cache-Control"] = "private, max-age=0"  # safe: KR611 constant
    return response


def return_to(request, default="blog:index"):
    target = request.GET.get("return_to")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        return redirect(target)  # safe: KR605 url_has_allowed_host_and_scheme
    return redirect(default)


def bounce(target):
    return redirect(target)  # want: KR605


def requested_next(request):
    return request.GET.get("next", "/")
