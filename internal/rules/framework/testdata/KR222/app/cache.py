# Not a Flask module: a csrf name imported here is not Flask-WTF's.
from mylib import csrf_registry


@csrf_registry.exempt
def view():
    return "ok"
