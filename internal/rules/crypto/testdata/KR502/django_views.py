from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User


def signup(request):
    password = request.POST["password"]
    User.objects.create(username=request.POST["username"], password=password)  # want: KR502(high/medium)
    User(username="x", password=request.POST.get("password"))  # want: KR502
    user = User.objects.get(pk=1)
    user.password = password  # want: KR502
    user.save()
    # Fine: hashed, or through the helpers that hash.
    User.objects.create_user(username="x", password=password)
    User.objects.create(username="x", password=make_password(password))
    user.set_password(password)
    user.password = make_password(password)
