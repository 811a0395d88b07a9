"""opskit-deploy: roll a release out to a service."""
import argparse
import os
import subprocess
import sys
from os import environ

from .common import SERVICES, service_name, sh, sh_quoted

DEFAULT_BRANCH = "main"


class Rollout:
    def __init__(self, service, release):
        self.service = service
        self.release = release
        self.strategy = "rolling"

    def command(self):
        return f"deployctl --service {self.service} --release {self.release} --strategy {self.strategy}"

    def run(self):
        return subprocess.check_call(self.command(), shell=True)  # want: KR602

    def describe(self):
        return subprocess.check_output("deployctl describe --strategy " + self.strategy, shell=True)  # safe: KR602 constant attribute


def notify(channel):
    os.system("notify-send --channel " + channel + " 'deploy finished'")  # want: KR602


def editor_for(path):
    editor = environ.get("EDITOR", "vi")
    return subprocess.call([editor, path])  # want: KR602


def main():
    parser = argparse.ArgumentParser(prog="opskit-deploy")
    parser.add_argument("service", choices=SERVICES)
    parser.add_argument("release")
    parser.add_argument("--env", choices=["staging", "production"], default="staging")
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--edit-notes", action="store_true")
    args = parser.parse_args()

    rollout = Rollout(args.service, args.release)
    rollout.run()
    print(rollout.describe())

    subprocess.run(f"deployctl scale {args.service} --replicas {args.replicas} --env {args.env}", shell=True)  # safe: KR602 choices= and type=int arguments

    branch = os.getenv("DEPLOY_BRANCH", DEFAULT_BRANCH)
    subprocess.run("git fetch origin " + branch, shell=True, cwd="/srv/release")  # want: KR602

    svc = service_name(os.environ["OPSKIT_SERVICE"])
    sh("systemctl restart opskit-" + svc)  # safe: KR602 helper returns a constant or an allow-listed value
    sh("systemctl status " + args.release)
    sh_quoted("journalctl", "-u", args.release, "-n", "50")

    mode = os.environ.get("DEPLOY_MODE", "safe")
    if mode == "fast":
        subprocess.run(f"deployctl --mode {mode} warm", shell=True)  # safe: KR602 compared with a constant
    log_target = os.environ.get("DEPLOY_LOG", "")
    print("deploy log:", log_target)

    channel = os.environ.get("DEPLOY_CHANNEL", "#deploys")
    notify(channel)

    if args.edit_notes:
        editor_for("/srv/release/NOTES.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
