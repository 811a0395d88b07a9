"""HTML fragments for the admin pages."""
import html

import jinja2


def note_row(title, owner):
    return f"<tr><td>{title}</td><td>{owner}</td></tr>"


def note_row_escaped(title, owner):
    return f"<tr><td>{html.escape(title)}</td><td>{html.escape(owner)}</td></tr>"


def email_body(template_source, **values):
    return jinja2.Template(template_source, autoescape=True).render(**values)  # want: KR702


def email_body_fixed(**values):
    return jinja2.Template("Hello {{ name }}", autoescape=True).render(**values)  # safe: KR702 constant template
