"""Module docstring.

Spans several lines.
"""

import os


def f():
    """Function docstring."""
    return os


class C:
    '''Class docstring with 'quotes' and "quotes".'''

    def m(self):
        r"""Raw docstring with \d and \n kept."""

    def n(self):
        b"bytes are not docstrings but are Expr statements"
        "second string is an expression statement"
