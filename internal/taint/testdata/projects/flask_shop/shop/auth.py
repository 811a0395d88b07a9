"""View decorators shared by the blueprints."""
import functools
import logging

from flask import abort, g, redirect, request, session, url_for

log = logging.getLogger(__name__)


def login_required(view):
    """Sends anonymous visitors to the login page, passing every argument through."""

    @functools.wraps(view)
    def wrapped_view(*args, **kwargs):
        if session.get("uid") is None:
            # url_for puts the path in the query string of our own login URL.
            return redirect(url_for("account.login", next=request.path))  # safe: KR605 url_for builds a local URL
        return view(*args, **kwargs)

    return wrapped_view


def staff_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not session.get("is_staff"):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def with_customer(view):
    """Passes the customer named by the X-Customer header to the view."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["customer"] = request.headers.get("X-Customer", "guest")
        return view(*args, **kwargs)

    return wrapper


def audited(action):
    """Decorator factory: logs the call, then runs the view unchanged."""

    def decorate(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            log.info("%s by %s args=%r", action, session.get("uid"), kwargs)
            return fn(*args, **kwargs)

        return inner

    return decorate
