"""Exports of posts through pandoc."""
import os
import shlex
import subprocess

from django.conf import settings

FORMATS = {"pdf", "epub", "docx"}


def export_post(slug, fmt):
    src = os.path.join(settings.EXPORT_ROOT, "src", slug + ".md")
    out = os.path.join(settings.EXPORT_ROOT, f"{slug}.{fmt}")
    return subprocess.call("pandoc %s -o %s" % (src, out), shell=True)  # want: KR602


def export_post_quoted(slug, fmt):
    if fmt not in FORMATS:
        raise ValueError(fmt)
    src = shlex.quote(os.path.join(settings.EXPORT_ROOT, "src", slug + ".md"))
    return subprocess.call(f"pandoc {src} -t {fmt}", shell=True)  # safe: KR602 shlex.quote and allow-list


def export_post_args(slug):
    src = os.path.join(settings.EXPORT_ROOT, "src", slug + ".md")
    return subprocess.run(["pandoc", src, "-t", "html"], capture_output=True, check=True).stdout  # safe: KR602 argument list with a constant program


def export_comments(post_id, fmt):
    cmd = ["blog-export", "comments", "--post", str(post_id), "--format", fmt]
    return subprocess.check_output(cmd)  # safe: KR602 constant program, argument list


def archive_exports(label):
    proc = subprocess.Popen("tar czf /srv/blog/exports/" + label + ".tgz /srv/blog/exports/src", shell=True)  # want: KR602
    return proc.wait()
