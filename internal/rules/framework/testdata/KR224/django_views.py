from django.http import HttpResponse


def view(request):
    response = HttpResponse("ok")
    response.set_signed_cookie("sessionid", "1", salt="x")  # want: KR224
    response.set_cookie("sessionid", "1", secure=True, httponly=True, samesite="Strict")
    return response
