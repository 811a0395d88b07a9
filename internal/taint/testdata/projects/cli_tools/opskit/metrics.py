"""opskit-metrics: scrape metrics endpoints and keep the samples."""
import functools
import logging
import sqlite3
import sys
import time

import requests

log = logging.getLogger("opskit.metrics")
DB = "/var/lib/opskit/metrics.db"


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.debug("%s took %.2fs", fn.__name__, time.monotonic() - started)

    return wrapper


class Target:
    default_port = 9100
    current = "localhost"


@timed
def scrape(url):
    return requests.get(url, timeout=5).text  # want: KR606


def scrape_local():
    return requests.get(f"http://localhost:{Target.default_port}/metrics", timeout=5).text  # safe: KR606 constant host


def store(host, text):
    conn = sqlite3.connect(DB)
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        conn.execute("INSERT INTO samples (host, name, value) VALUES (?, ?, ?)", (host, name, value))  # safe: KR601 parameter binding
    conn.execute(f"DELETE FROM samples WHERE host = '{Target.current}' AND stale = 1")  # want: KR601
    conn.commit()


def main():
    hosts = sys.argv[1:]
    if not hosts:
        print(scrape_local())
        return 0
    urls = [f"http://{h}:{Target.default_port}/metrics" for h in hosts]
    for host, url in zip(hosts, urls):
        Target.current = host
        store(host, scrape(url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
