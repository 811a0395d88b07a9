#!/usr/bin/env python3
"""A small command line tool, written the way people write them."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Iterable, Sequence

log = logging.getLogger(__name__)
DEFAULT_EXTS = (".py", ".pyi")


class Config:
    verbose: bool = False
    roots: list[Path]

    def __init__(self, roots: Iterable[Path], *, verbose: bool = False) -> None:
        self.roots = list(roots)
        self.verbose = verbose

    def __repr__(self) -> str:
        return f"{type(self).__name__}(roots={self.roots!r}, verbose={self.verbose})"


def walk(root: Path, exts: Sequence[str] = DEFAULT_EXTS):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in sorted(filenames):
            if name.endswith(tuple(exts)):
                yield Path(dirpath) / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("roots", nargs="*", type=Path, default=[Path(".")])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    cfg = Config(args.roots, verbose=args.verbose)
    total = 0
    for root in cfg.roots:
        try:
            files = list(walk(root))
        except OSError as exc:
            log.error("cannot walk %s: %s", root, exc)
            return 2
        total += len(files)
        if cfg.verbose:
            print(f"{root}: {len(files):>6} files", file=sys.stderr)
    print(f"{total=}")
    return 0 if total else 1


if __name__ == "__main__":
    raise SystemExit(main())
