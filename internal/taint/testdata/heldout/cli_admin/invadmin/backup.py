"""Backup, restore and export subcommands."""
import os
import pickle
import shelve
import shlex
import shutil
import subprocess
import tarfile

import yaml

CACHE_ROOT = "/var/cache/inventory"
BACKUP_ROOT = "/var/backups/inventory"
EXPORT_BIN = "/usr/local/bin/inv-export"


def export(fmt, out, compress):
    os.system(f"{EXPORT_BIN} --format {fmt} > /tmp/catalogue.{fmt}")  # safe: KR602 argparse choices=
    os.system(EXPORT_BIN + " --format " + fmt + " --out " + shlex.quote(out))  # safe: KR602 shlex.quote
    if compress:
        subprocess.run("gzip -9 " + out, shell=True, check=True)  # want: KR602
    subprocess.run(["sha256sum", out], check=True)  # safe: KR602 argument list, no shell
    editor = os.environ.get("EDITOR", "vi")
    subprocess.call([editor, out + ".notes"])  # want: KR602


def restore(archive, dest, cache):
    with tarfile.open(archive) as tar:
        tar.extractall(path=dest)  # want: KR604
    config_path = os.path.join(dest, "restore.yaml")
    with open(config_path) as fh:  # want: KR604
        settings = yaml.safe_load(fh)  # safe: KR607 yaml.safe_load
    if cache:
        with shelve.open(cache) as db:  # want: KR604 KR607
            db["last_restore"] = settings
    state = os.environ.get("INV_RESTORE_STATE")
    if state:
        print(pickle.loads(bytes.fromhex(state)))  # want: KR607
    return settings


def clean(tenant):
    target = os.path.join(CACHE_ROOT, tenant)
    shutil.rmtree(target)  # want: KR604
    base = os.path.realpath(BACKUP_ROOT)
    backup_dir = os.path.realpath(os.path.join(base, tenant))
    if not backup_dir.startswith(base + os.sep):
        raise SystemExit("refusing to touch " + backup_dir)
    shutil.rmtree(backup_dir)  # safe: KR604 realpath containment check exits otherwise
    shutil.rmtree(os.path.join(CACHE_ROOT, "tmp"))  # safe: KR604 constant path


def restart_remote():
    host = os.environ.get("INV_REMOTE_HOST", "inventory-1")
    subprocess.Popen(f"ssh {host} systemctl restart inventory", shell=True)  # want: KR602


def load_profile(profile):
    path = os.path.join(BACKUP_ROOT, "profiles", os.path.basename(profile) + ".yaml")
    with open(path) as fh:  # safe: KR604 os.path.basename strips directories
        return yaml.load(fh, Loader=yaml.SafeLoader)  # safe: KR607 SafeLoader
