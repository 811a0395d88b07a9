"""HTML fragments built in Python for the quick-search widget."""
import html

from markupsafe import Markup, escape


def highlight(text, term):
    # Wraps every occurrence of the search term in <mark>. Neither is escaped.
    return text.replace(term, "<mark>" + term + "</mark>")


def safe_highlight(text, term):
    t = html.escape(term)
    return html.escape(text).replace(t, f"<mark>{t}</mark>")


def tag_list(tags):
    items = ""
    for tag in tags:
        items += "<li class='tag'>" + tag + "</li>"
    return "<ul>" + items + "</ul>"


def badge(label):
    return Markup("<span class='badge'>{}</span>").format(label)


def price_cell(amount):
    return f"<td class='price'>{float(amount):.2f}</td>"
