"""Small string helpers."""
import re

_SPACES = re.compile(r"\s+")


def normalise_term(term):
    """Collapses whitespace; the result is still whatever the user typed."""
    return _SPACES.sub(" ", term).strip().lower()


def like_pattern(term):
    return f"%{term}%"


def default_sort(requested):
    """Ignores what was asked for: the catalogue always sorts by name for now."""
    return "name"


def as_page(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1
