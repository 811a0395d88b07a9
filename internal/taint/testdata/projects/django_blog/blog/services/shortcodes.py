"""Shortcodes in post bodies: inline calculations, renderer plugins, snippets."""
import importlib
import logging

from django.template import engines
from jinja2 import Environment, StrictUndefined

log = logging.getLogger(__name__)

RENDERERS = {"markdown": "blog.renderers.markdown", "rst": "blog.renderers.rst"}
RENDERER_NAMES = frozenset({"markdown", "rst", "textile"})
jinja = Environment(undefined=StrictUndefined, autoescape=True)


def evaluate(expression):
    return eval(expression, {"__builtins__": {}})  # want: KR603


def validate_macro(source):
    try:
        compile(source, "<macro>", "eval")  # want: KR603
    except SyntaxError:
        return False
    return True


def word_count_expression(_user_expression):
    # User expressions are no longer evaluated; the built-in one is.
    return "len(body.split())"


def count_words(expression, body):
    return eval(word_count_expression(expression), {"__builtins__": {"len": len}}, {"body": body})  # safe: KR603 helper ignores its argument


def evaluate_constant():
    return eval("60 * 60 * 24", {"__builtins__": {}})  # safe: KR603 constant


def load_renderer(name):
    return importlib.import_module(RENDERERS.get(name, "blog.renderers.markdown"))  # safe: KR603 value from a constant map


def load_named_renderer(name):
    if name not in RENDERER_NAMES:
        raise LookupError(name)
    return importlib.import_module(f"blog.renderers.{name}")  # safe: KR603 allow-list that raises


def render_snippet(source, context):
    template = engines["django"].from_string(source)  # want: KR702
    return template.render(context)


def render_jinja_snippet(source, context):
    return jinja.from_string(source).render(**context)  # want: KR702


def render_fixed_snippet(context):
    return jinja.from_string("<p>{{ title }}</p>").render(**context)  # safe: KR702 constant template
