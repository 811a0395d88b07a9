"""Rendering of user-defined label templates and HTML fragments."""
import html

import jinja2
from fastapi.templating import Jinja2Templates

templates = Jinja2Templates(directory="app/templates")
sandbox_env = jinja2.Environment(autoescape=True)


def render_label(template_source, item):
    return templates.env.from_string(template_source).render(item=item)  # want: KR702


def render_label_fixed(item):
    return templates.env.get_template("label.txt").render(item=item)  # safe: KR702 template from disk


def compile_default_label(_template_source):
    return jinja2.Template("{{ item.sku }} - {{ item.name }}")  # safe: KR702 helper ignores its argument


def compile_label(template_source):
    return jinja2.Template(template_source)  # want: KR702


def results_table(rows, query):
    body = "".join(f"<tr><td>{html.escape(str(r))}</td></tr>" for r in rows)
    return f"<table><caption>{query}</caption>{body}</table>"


def results_table_escaped(rows, query):
    body = "".join(f"<tr><td>{html.escape(str(r))}</td></tr>" for r in rows)
    return f"<table><caption>{html.escape(query)}</caption>{body}</table>"
