import os

from django.utils import safestring


def insecure_function(text, cls=""):
    return '<h1 class="{cls}">{text}</h1>'.format(text=text, cls=cls)


my_insecure_str = insecure_function("insecure", cls='" onload="alert(\'xss\')')
safestring.mark_safe(my_insecure_str)  # want: B703(medium/high)
safestring.SafeText(my_insecure_str)  # want: B703
safestring.SafeUnicode(my_insecure_str)  # want: B703
safestring.SafeString(my_insecure_str)  # want: B703
safestring.SafeBytes(my_insecure_str)  # want: B703


def try_insecure(cls='" onload="alert(\'xss\')'):
    try:
        my_insecure_str = insecure_function("insecure", cls=cls)
    except Exception:
        my_insecure_str = "Secure"
    safestring.mark_safe(my_insecure_str)  # want: B703


def except_insecure(cls='" onload="alert(\'xss\')'):
    try:
        my_insecure_str = "Secure"
    except Exception:
        my_insecure_str = insecure_function("insecure", cls=cls)
    safestring.mark_safe(my_insecure_str)  # want: B703


def if_insecure(cls='" onload="alert(\'xss\')'):
    if "insecure" not in os.environ:
        my_insecure_str = "Secure"
    else:
        my_insecure_str = insecure_function("insecure", cls=cls)
    safestring.mark_safe(my_insecure_str)  # want: B703


def format_arg_insecure(cls='" onload="alert(\'xss\')'):
    my_insecure_str = insecure_function("insecure", cls=cls)
    safestring.mark_safe("<b>{} {}</b>".format(my_insecure_str, "STR"))  # want: B703


def format_startarg_insecure(cls='" onload="alert(\'xss\')'):
    my_insecure_str = insecure_function("insecure", cls=cls)
    safestring.mark_safe("<b>{}</b>".format(*[my_insecure_str]))  # want: B703


def format_keywords_insecure(cls='" onload="alert(\'xss\')'):
    my_insecure_str = "<b>{b}</b>".format(b=cls)
    safestring.mark_safe(my_insecure_str)  # want: B703


def format_kwargs_insecure(cls='" onload="alert(\'xss\')'):
    my_insecure_str = "<b>{b}</b>".format(**{"b": cls})
    safestring.mark_safe(my_insecure_str)  # want: B703


def percent_insecure(cls='" onload="alert(\'xss\')'):
    my_insecure_str = insecure_function("insecure", cls=cls)
    safestring.mark_safe("<b>%s</b>" % my_insecure_str)  # want: B703


def percent_tuple_insecure(cls='" onload="alert(\'xss\')'):
    my_insecure_str = insecure_function("insecure", cls=cls)
    safestring.mark_safe("<b>%s %s</b>" % (my_insecure_str, "b"))  # want: B703


def test_insecure_shadow():
    mark_safe = safestring.mark_safe
    mark_safe(my_insecure_str)  # want: B703


def test_insecure_param(s):
    safestring.mark_safe(s)  # want: B703


def test_insecure_attribute(obj):
    safestring.mark_safe(obj.html)  # want: B703


def secure_str():
    my_secure_str = "<b>Hello World</b>"
    safestring.mark_safe(my_secure_str)


def secure_format():
    my_secure_str = "<b>{}</b>".format("World")
    safestring.mark_safe(my_secure_str)


def secure_percent():
    safestring.mark_safe("<b>%s</b>" % "World")


def secure_literal():
    safestring.mark_safe("<b>Hello</b>")


def secure_tuple():
    a, b = "<b>", "</b>"
    safestring.mark_safe(a)
