import jinja2
from jinja2 import Environment, select_autoescape

templateLoader = jinja2.FileSystemLoader(searchpath="/")
something = ""

Environment(loader=templateLoader, load=templateLoader, autoescape=True)
templateEnv = jinja2.Environment(autoescape=True, loader=templateLoader)
Environment(loader=templateLoader, load=templateLoader, autoescape=something)  # want: B701(high/medium)
templateEnv = jinja2.Environment(autoescape=False, loader=templateLoader)  # want: B701(high/high)
Environment(loader=templateLoader, load=templateLoader, autoescape=False)  # want: B701(high/high)
Environment(loader=templateLoader, load=templateLoader)  # want: B701(high/high)
Environment(loader=templateLoader, autoescape=select_autoescape())
Environment(loader=templateLoader, autoescape=select_autoescape(enabled_extensions=("html", "xml")))
Environment(loader=templateLoader, autoescape=jinja2.select_autoescape(["html"]))


def fake_func():
    return "foobar"


Environment(loader=templateLoader, autoescape=fake_func())  # want: B701(high/medium)
