"""opskit-state: save and restore tool state between runs."""
import argparse
import base64
import json
import marshal
import os
import pickle
import sys

import yaml

STATE_FILE = "/var/lib/opskit/state.pickle"


def from_environment():
    blob = os.environ.get("OPSKIT_STATE")
    if not blob:
        return {}
    return pickle.loads(base64.b64decode(blob))  # want: KR607


def from_saved():
    with open(STATE_FILE, "rb") as fh:  # safe: KR604 constant path
        return pickle.load(fh)  # safe: KR607 the tool's own file


def from_environment_ignored():
    blob = os.environ.get("OPSKIT_LEGACY_STATE", "")
    blob = base64.b64encode(pickle.dumps({}))
    return pickle.loads(base64.b64decode(blob))  # safe: KR607 reassigned to a constant


def from_bytecode_cache():
    with open("/var/lib/opskit/hooks.marshal", "rb") as fh:  # safe: KR604 constant path
        return marshal.loads(fh.read())  # safe: KR607 the tool's own file


def main():
    p = argparse.ArgumentParser(prog="opskit-state")
    p.add_argument("--overrides", help="YAML mapping of overrides")
    p.add_argument("--json", help="JSON mapping of overrides")
    args = p.parse_args()
    state = from_environment() or from_saved() or from_environment_ignored()
    if args.overrides:
        state.update(yaml.load(args.overrides, Loader=yaml.UnsafeLoader))  # want: KR607
        state.update(yaml.safe_load(args.overrides))  # safe: KR607 safe_load
    if args.json:
        state.update(json.loads(args.json))
    print(json.dumps(state, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
