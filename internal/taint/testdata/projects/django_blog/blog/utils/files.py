"""Attachment paths."""
import os

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation


def attachment_path(name):
    base = os.path.realpath(settings.ATTACHMENT_ROOT)
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base:
        raise SuspiciousFileOperation(name)
    return path


def raw_attachment_path(name):
    return os.path.join(settings.ATTACHMENT_ROOT, name)
