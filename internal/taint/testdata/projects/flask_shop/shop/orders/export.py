"""Order exports, done by the shop-export command-line tool."""
import os
import shlex
import subprocess as sp
from subprocess import run

from werkzeug.utils import secure_filename

from ..config import DefaultConfig

FORMATS = ("csv", "xlsx", "json")


def export_orders(since):
    out = os.path.join(DefaultConfig.EXPORT_DIR, "orders.csv")
    cmd = f"shop-export --since {since} --output {out}"
    return sp.check_output(cmd, shell=True)  # want: KR602


def export_orders_quoted(since):
    cmd = "shop-export --since " + shlex.quote(since)
    return sp.check_output(cmd, shell=True)  # safe: KR602 shlex.quote


def export_format(fmt):
    if fmt not in FORMATS:
        raise ValueError(fmt)
    return sp.check_output("shop-export --format " + fmt, shell=True)  # safe: KR602 allow-list that raises


def compress(name):
    path = os.path.join(DefaultConfig.EXPORT_DIR, secure_filename(name))
    return run(["gzip", "-k", path], check=True)  # safe: KR602 constant program, argument list, no shell


def run_hook(hook, order_ref):
    return run([hook, order_ref], check=True)  # want: KR602


class LabelPrinter:
    """Keeps the printer queue between calls."""

    def __init__(self, queue):
        self.queue = queue
        self.driver = "lpr"

    def print_label(self, order_ref):
        os.system(f"{self.driver} -P {self.queue} /srv/labels/{int(order_ref)}.pdf")  # want: KR602

    def status(self):
        return os.popen(self.driver + "q -a").read()  # safe: KR602 constant attribute only
