import flask
from markupsafe import Markup, escape

content = "<script>alert('Hello, world!')</script>"
Markup(f"unsafe {content}")  # want: B704(medium/high)
flask.Markup("unsafe {}".format(content))  # want: B704
Markup("safe {}").format(content)
flask.Markup(b"safe {}", encoding="utf-8").format(content)
escape(content)
Markup(content)  # want: B704
flask.Markup("unsafe %s" % content)  # want: B704
Markup(object="safe")
Markup(object="unsafe {}".format(content))
Markup()
