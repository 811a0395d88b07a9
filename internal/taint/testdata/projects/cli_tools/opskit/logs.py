"""opskit-logs: rotate, tail, grep and ship log files."""
import argparse
import codecs
import importlib
import os
import shlex
import shutil
import sys

LOG_ROOT = "/var/log/shop"
SHIPPERS = {"s3": "opskit.shippers.s3", "gcs": "opskit.shippers.gcs"}


class Rotator:
    suffix = ".1"

    def __init__(self, name):
        self.path = os.path.join(LOG_ROOT, name)

    def rotate(self):
        os.rename(self.path, self.path + self.suffix)  # want: KR604


def tail(name, lines):
    with codecs.open(os.path.join(LOG_ROOT, name), "r", "utf-8") as fh:  # want: KR604
        return fh.readlines()[-lines:]


def grep(pattern, name):
    return os.popen(f"grep -n {pattern} {LOG_ROOT}/{name}").read()  # want: KR602


def count_errors(name):
    return os.popen("grep -c ERROR " + shlex.quote(os.path.join(LOG_ROOT, name))).read()  # safe: KR602 shlex.quote


def load_shipper(kind):
    return importlib.import_module(SHIPPERS[kind])  # safe: KR603 value from a constant map


def load_custom_shipper(module_name):
    return __import__(module_name, fromlist=["ship"])  # want: KR603


def archive_all(dest):
    opts = {"dest": dest, "root": LOG_ROOT}
    shutil.make_archive(opts["dest"], "gztar", opts["root"])  # want: KR604
    shutil.copytree(opts["root"], "/var/backups/logs", dirs_exist_ok=True)  # safe: KR604 constant dict entry and constant destination


def main():
    p = argparse.ArgumentParser(prog="opskit-logs")
    p.add_argument("action", choices=["rotate", "tail", "grep", "ship", "archive"])
    p.add_argument("names", nargs="*")
    p.add_argument("--lines", type=int, default=50)
    p.add_argument("--pattern", default="ERROR")
    p.add_argument("--shipper", choices=sorted(SHIPPERS), default="s3")
    p.add_argument("--plugin")
    p.add_argument("--dest", default="/var/backups/logs-archive")
    args = p.parse_args()

    if args.action == "rotate":
        for name in args.names:
            Rotator(name).rotate()
    elif args.action == "tail":
        name = args.names[0] if args.names else input("log file: ")
        sys.stdout.writelines(tail(name, args.lines))
    elif args.action == "grep":
        for name in args.names:
            print(grep(args.pattern, name))
            print(count_errors(name))
    elif args.action == "ship":
        shipper = load_custom_shipper(args.plugin) if args.plugin else load_shipper(args.shipper)
        shipper.ship(LOG_ROOT)
    else:
        archive_all(args.dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
