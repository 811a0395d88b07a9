import sys
from typing import TYPE_CHECKING

try:
    import ujson as json
except ImportError:
    import json

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

if TYPE_CHECKING:
    from collections.abc import Iterator


def lazy():
    from os import path
    import re as _re
    return path, _re

try:
    from ._speedups import fast
except ImportError:  # pragma: no cover
    fast = None
