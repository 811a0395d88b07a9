"""Files under MEDIA_ROOT: attachments, exports, themes."""
import os
import shutil
import uuid
import zipfile
from pathlib import Path

from django.conf import settings

THEMES = {"classic", "minimal", "dark"}


def delete_attachment(name):
    os.remove(os.path.join(settings.ATTACHMENT_ROOT, name))  # want: KR604


def delete_attachment_by_id(attachment_id):
    os.remove(os.path.join(settings.ATTACHMENT_ROOT, "%d.bin" % int(attachment_id)))  # safe: KR604 int()


def clear_export(label):
    shutil.rmtree(Path(settings.EXPORT_ROOT) / label, ignore_errors=True)  # want: KR604


def unpack_theme(upload, theme):
    with zipfile.ZipFile(upload) as zf:
        zf.extractall(os.path.join(settings.MEDIA_ROOT, "themes", theme))  # want: KR604


def unpack_known_theme(upload, theme):
    if theme not in THEMES:
        raise ValueError(theme)
    with zipfile.ZipFile(upload) as zf:
        zf.extractall(os.path.join(settings.MEDIA_ROOT, "themes", theme))  # safe: KR604 allow-list that raises


def delete_by_token(token):
    os.remove(os.path.join(settings.ATTACHMENT_ROOT, str(uuid.UUID(token)) + ".bin"))  # safe: KR604 uuid.UUID()


def trash_attachment(name):
    root = os.path.abspath(settings.ATTACHMENT_ROOT)
    path = os.path.abspath(os.path.join(root, name))
    if not path.startswith(root + os.sep):
        raise PermissionError(name)
    shutil.move(path, os.path.join(root, ".trash"))  # safe: KR604 abspath then startswith, raises on failure


def export_size(label):
    base = os.path.normpath(settings.EXPORT_ROOT)
    target = os.path.normpath(os.path.join(base, label))
    if not target.startswith(base + os.sep):
        raise PermissionError(label)
    return sum(p.stat().st_size for p in Path(target).iterdir())  # safe: KR604 normpath then startswith, raises on failure
