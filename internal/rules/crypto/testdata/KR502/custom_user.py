from django.contrib.auth import get_user_model

User = get_user_model()


def invite(form):
    User(email=form.cleaned_data["email"], password=form.cleaned_data["password1"])  # want: KR502
    User.objects.update_or_create(email="x", password=form.cleaned_data["password"])  # want: KR502
