"""Legacy one-off maintenance script: python -m invadmin.legacy <command> ..."""
import marshal
import os
import sys
import urllib.request
from urllib.parse import quote

STATUS_API = "https://status.inventory.example.com"


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as resp:  # want: KR606
        return resp.read()


def main():
    if len(sys.argv) < 3:
        print("usage: legacy.py fetch URL | status SKU | load FILE | rotate N")
        return 2
    command, arg = sys.argv[1], sys.argv[2]
    if command == "fetch":
        print(fetch(arg)[:200])
    elif command == "status":
        print(urllib.request.urlopen(STATUS_API + "/sku/" + quote(arg, safe="")).read())  # safe: KR606 constant host, quoted path
    elif command == "proxy":
        host = os.environ.get("INV_PROXY_HOST", "localhost")
        print(urllib.request.urlopen("http://" + host + ":8080/health").read())  # want: KR606
    elif command == "load":
        code = marshal.loads(bytes.fromhex(arg))  # want: KR607
        print(code)
    elif command == "rotate":
        keep = int(arg)
        os.system("logrotate --keep %d /etc/inventory/logrotate.conf" % keep)  # safe: KR602 int conversion
    elif command == "tail":
        os.system("tail -n 100 /var/log/inventory/" + arg)  # want: KR602
    elif command == "mode":
        if arg == "maintenance":
            os.system("touch /var/lib/inventory/" + arg)  # safe: KR602 compared with a constant
    return 0


if __name__ == "__main__":
    sys.exit(main())
