"""Login, logout and personal settings."""
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from . import directory

LANGUAGES = ("en", "de", "fr", "es")


def login_view(request):
    if request.method != "POST":
        return render(request, "accounts/login.html", {"next": request.GET.get("next", "")})
    username = request.POST["username"]
    entries = directory.find_user(username)
    user = authenticate(request, username=username, password=request.POST["password"])
    if user is None or not entries:
        return render(request, "accounts/login.html", {"error": True}, status=401)
    login(request, user)
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(next_url)  # safe: KR605 url_has_allowed_host_and_scheme
    return HttpResponseRedirect(reverse("blog:index"))  # safe: KR605 reverse() of a constant name


def logout_view(request):
    logout(request)
    dest = request.GET.get("next", "/")
    return redirect(dest)  # want: KR605


def people(request):
    terms = request.GET.get("q", "").split()
    found = directory.search_people(terms)
    quick = directory.find_user_escaped(request.GET.get("uid", ""))
    return JsonResponse({"people": [str(e.cn) for e in found], "uid": len(quick), "staff": directory.staff_count()})


def department(request):
    return JsonResponse({"members": len(directory.department_members(request.GET.get("d", "")))})


def groups(request, uid):
    return JsonResponse({"groups": directory.groups_of(uid)})


class SettingsView(View):
    def post(self, request):
        theme = request.POST.get("theme", "light")
        request.session["theme"] = theme  # want: KR612
        per_page = int(request.POST.get("per_page", "10"))
        response = redirect("accounts:settings")
        response.set_cookie("per_page", str(per_page))  # safe: KR611 int()
        response.set_cookie("theme", theme)  # want: KR611
        return response

    def get(self, request):
        return render(request, "accounts/settings.html", {"theme": request.session.get("theme", "light")})


def set_language(request, code):
    if code not in LANGUAGES:
        return HttpResponse(status=400)
    request.session["language"] = code  # safe: KR612 allow-list that returns
    response = redirect(request.META.get("HTTP_REFERER") or "/")  # want: KR605
    response["Content-Language"] = code  # safe: KR611 allow-list that returns
    return response
