"""Decorators for the blog's views."""
import functools
import logging

from django.http import JsonResponse

log = logging.getLogger(__name__)


def json_errors(view):
    """Turns ValueError into a 400 JSON response; passes the arguments through."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ValueError as exc:
            return JsonResponse({"error": str(exc)}, status=400)

    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        log.debug("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return inner
