"""opskit-backup: create, list, restore and prune backups."""
import argparse
import os
import shutil
import sys
import tarfile

from .common import BACKUP_ROOT, backup_path, banner, log

SOURCE_ROOT = "/srv/shop"


def build_parser():
    p = argparse.ArgumentParser(prog="opskit-backup")
    p.add_argument("command", choices=["create", "restore", "prune", "list", "inspect"])
    p.add_argument("--name", default="latest")
    p.add_argument("--dest", default="/srv/restore")
    p.add_argument("--keep", type=int, default=7)
    p.add_argument("--compression", choices=["gz", "bz2", "xz"], default="gz")
    p.add_argument("--dry-run", action="store_true")
    return p


def create(args):
    archive = backup_path(args.name + ".tar." + args.compression)
    with open(archive, "wb") as fh:  # want: KR604
        with tarfile.open(fileobj=fh, mode="w:" + args.compression) as tf:
            tf.add(SOURCE_ROOT, arcname="shop")
    return archive


def restore(args):
    with tarfile.open(os.path.join(BACKUP_ROOT, "nightly.tar.gz")) as tf:  # safe: KR604 constant path
        tf.extractall(path=args.dest, filter="data")  # want: KR604


def inspect(args):
    root = os.path.abspath(BACKUP_ROOT)
    path = os.path.abspath(os.path.join(root, args.name))
    if not path.startswith(root + os.sep):
        sys.exit("backup name escapes the backup directory")
    with tarfile.open(path) as tf:  # safe: KR604 abspath then startswith, exits on failure
        return tf.getnames()


def prune(args):
    names = sorted(os.listdir(BACKUP_ROOT))  # safe: KR604 constant directory
    for name in names[: -args.keep]:
        if args.dry_run:
            print("would remove", name)
        else:
            os.remove(os.path.join(BACKUP_ROOT, name))  # safe: KR604 names listed from a constant directory


def list_backups(args):
    banner("backups in " + BACKUP_ROOT)
    for entry in os.scandir(BACKUP_ROOT):
        print(entry.name, entry.stat().st_size)


def main(argv=None):
    args = build_parser().parse_args(argv)
    log.info("command %s", args.command)
    if args.command == "create":
        print(create(args))
    elif args.command == "restore":
        restore(args)
    elif args.command == "prune":
        prune(args)
    elif args.command == "inspect":
        print(inspect(args))
    else:
        list_backups(args)
    if len(sys.argv) > 1 and sys.argv[-1] == "--wipe-staging":
        shutil.rmtree("/srv/staging", ignore_errors=True)  # safe: KR604 constant path after a comparison
    return 0


if __name__ == "__main__":
    sys.exit(main())
