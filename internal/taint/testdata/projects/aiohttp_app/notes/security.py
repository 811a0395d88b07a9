"""Helpers that keep request data out of trouble."""
import os
import shlex

from .settings import ATTACHMENTS


def contained_path(name):
    root = os.path.realpath(ATTACHMENTS)
    path = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, path]) != root:
        raise PermissionError(name)
    return path


def shell_words(*parts):
    return " ".join(shlex.quote(p) for p in parts)


def joined_path(name):
    return os.path.join(ATTACHMENTS, name)
