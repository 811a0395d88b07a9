"""Helpers shared by the tools."""
import logging
import os
import shlex
import sqlite3
import subprocess

log = logging.getLogger("opskit")

STATE_DB = "/var/lib/opskit/state.db"
BACKUP_ROOT = "/var/backups/opskit"
SERVICES = ("web", "worker", "scheduler")


def db():
    return sqlite3.connect(STATE_DB)


def sh(command):
    """Runs a shell command line and returns its output."""
    log.debug("running %s", command)
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout  # want: KR602


def sh_quoted(*words):
    return subprocess.run(" ".join(shlex.quote(w) for w in words), shell=True, capture_output=True, text=True).stdout  # safe: KR602 shlex.quote


def service_name(raw):
    """Maps what the user typed to a known service, defaulting to web."""
    return raw if raw in SERVICES else "web"


def backup_path(name):
    return os.path.join(BACKUP_ROOT, name)


def banner(text):
    print("=" * len(text))
    print(text)
    print("=" * len(text))
