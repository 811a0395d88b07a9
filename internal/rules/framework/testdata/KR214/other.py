# A decorator of the same name that is not Django's.
from myframework.security import csrf_exempt


@csrf_exempt
def view(request):
    pass


def local():
    def csrf_exempt(f):
        return f

    @csrf_exempt
    def inner():
        pass
