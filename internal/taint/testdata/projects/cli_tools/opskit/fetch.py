"""opskit-fetch: download a file or probe an endpoint."""
import argparse
import os
import sys
import urllib.request
from urllib.parse import quote

import httpx
import requests

STATUS_API = "https://status.example.com"
MIRRORS = {"eu": "https://eu.mirror.example.com", "us": "https://us.mirror.example.com"}


def download(url, out):
    resp = requests.get(url, stream=True, timeout=30)  # want: KR606
    with open(out, "wb") as fh:  # want: KR604
        for chunk in resp.iter_content(65536):
            fh.write(chunk)


def probe(host, path):
    with urllib.request.urlopen(f"https://{host}{path}", timeout=5) as resp:  # want: KR606
        return resp.status


def component_status(component):
    return httpx.get(f"{STATUS_API}/api/v2/components/{quote(component)}.json", timeout=5).json()  # safe: KR606 constant scheme and host


def mirror_file(region, filename):
    base = MIRRORS.get(region, MIRRORS["eu"])
    return requests.get(base + "/pub/" + filename, timeout=30)  # safe: KR606 host from a constant map


def main():
    parser = argparse.ArgumentParser(prog="opskit-fetch")
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("download")
    d.add_argument("url")
    d.add_argument("-o", "--output", default="download.bin")
    pr = sub.add_parser("probe")
    pr.add_argument("host")
    pr.add_argument("--path", default="/healthz")
    st = sub.add_parser("status")
    st.add_argument("component")
    m = sub.add_parser("mirror")
    m.add_argument("filename")
    m.add_argument("--region", default=os.environ.get("OPSKIT_REGION", "eu"))
    args = parser.parse_args()

    if args.cmd == "download":
        download(args.url, args.output)
    elif args.cmd == "probe":
        print(probe(args.host, args.path))
    elif args.cmd == "status":
        print(component_status(args.component))
    else:
        print(mirror_file(args.region, args.filename).status_code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
