"""HTML helpers used by the views and templates."""
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def render_tag(tag):
    return format_html("<a class='tag' href='/tag/{}/'>{}</a>", tag, tag)  # safe: KR701 format_html with a constant format string


def render_byline(name):
    return mark_safe(f"<span class='byline'>by {name}</span>")  # want: KR701


def render_byline_escaped(name):
    return mark_safe("<span class='byline'>by %s</span>" % escape(name))  # safe: KR701 escape before mark_safe


def render_notice(text):
    return format_html("<div class='notice'>" + text + "</div>")  # want: KR701
