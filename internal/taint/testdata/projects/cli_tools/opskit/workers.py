"""opskit-workers: run maintenance commands on worker threads."""
import argparse
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(max_workers=4)


def restart(service):
    subprocess.run("systemctl restart " + service, shell=True, check=False)  # want: KR602


def rotate(log_name):
    subprocess.run(["logrotate", "-f", "/etc/logrotate.d/" + log_name], check=False)  # safe: KR602 argument list, constant program


def report(unit):
    subprocess.run("journalctl -u app --since today", shell=True, check=False)  # safe: KR602 constant command


def main():
    parser = argparse.ArgumentParser(prog="opskit-workers")
    parser.add_argument("service")
    parser.add_argument("--log", default="app")
    args = parser.parse_args()
    threading.Thread(target=restart, args=(args.service,)).start()
    POOL.submit(rotate, args.log)
    POOL.submit(report, args.service)
    return 0
