"""Report files."""
import os
from pathlib import Path

from ..config import REPORT_DIR

REPORT_ROOT = Path(REPORT_DIR)


def report_path(name):
    return REPORT_ROOT / f"{name}.csv"


def checked_report_path(name):
    root = os.path.realpath(REPORT_DIR)
    candidate = os.path.realpath(os.path.join(root, name + ".csv"))
    if os.path.commonpath([root, candidate]) != root:
        raise FileNotFoundError(name)
    return candidate


def remove_report(name):
    os.remove(os.path.join(REPORT_DIR, "%s.csv" % name))  # want: KR604
