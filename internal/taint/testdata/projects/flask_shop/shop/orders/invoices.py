"""Invoice files on disk, one PDF per order reference."""
import logging
import os
import shutil

from ..config import DefaultConfig, INVOICE_DIR

log = logging.getLogger(__name__)


def invoice_path(order_ref):
    return os.path.join(INVOICE_DIR, f"{order_ref}.pdf")


def open_invoice_checked(order_ref):
    base = os.path.realpath(INVOICE_DIR)
    candidate = os.path.realpath(os.path.join(base, order_ref + ".pdf"))
    if not candidate.startswith(base + os.sep):
        raise PermissionError(order_ref)
    return open(candidate, "rb")  # safe: KR604 realpath then startswith, raises on failure


def archive_invoice(order_ref):
    src = os.path.normpath(os.path.join(INVOICE_DIR, order_ref + ".pdf"))
    # normpath alone does not keep ../ out of INVOICE_DIR.
    shutil.move(src, DefaultConfig.ARCHIVE_DIR)  # want: KR604


def purge_invoice(order_ref):
    base = os.path.abspath(INVOICE_DIR)
    candidate = os.path.abspath(os.path.join(base, order_ref + ".pdf"))
    if not candidate.startswith(base + os.sep):
        log.warning("suspicious invoice path %s", candidate)
    os.remove(candidate)  # want: KR604


def duplicate_invoice(order_ref, copy_name):
    base = os.path.realpath(INVOICE_DIR)
    target = os.path.realpath(os.path.join(base, copy_name))
    if os.path.commonpath([base, target]) != base:
        return None
    shutil.copy(invoice_path_for_ref(order_ref), target)  # safe: KR604 commonpath containment
    return target


def invoice_path_for_ref(order_ref):
    # order references are numeric
    return os.path.join(INVOICE_DIR, "%d.pdf" % int(order_ref))
