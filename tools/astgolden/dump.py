#!/usr/bin/env python3
"""Write CPython's AST dump next to each Python source file.

Usage: python dump.py [--check] FILE.py...

For every FILE.py the raw bytes are read (so BOMs, coding cookies and line
endings reach the parser exactly as on disk) and FILE.golden is written with

    ast.dump(ast.parse(data), include_attributes=True) + "\\n"

Golden inputs must be valid Python: if CPython rejects one, this script prints
the error and exits with status 1 without writing that golden file.  With
--check nothing is written; the script exits 1 if any golden file is missing or
differs from what this interpreter produces.

Runs on CPython >= 3.8 (and inside Pyodide, see dump314.mjs, which imports
dump_bytes from this file).
"""

import ast
import os
import sys
import warnings


def dump_bytes(data):
    """Return the golden text for the source bytes DATA (raises SyntaxError)."""
    with warnings.catch_warnings():
        # Invalid escape sequences and the like are warnings, not errors; keep
        # them quiet so that regenerating the corpus is not noisy, and make sure
        # a -W error in the environment cannot turn them into SyntaxErrors.
        warnings.simplefilter("ignore")
        tree = ast.parse(data)
    return ast.dump(tree, include_attributes=True) + "\n"


def golden_path(path):
    root, _ = os.path.splitext(path)
    return root + ".golden"


def describe_error(path, exc):
    if isinstance(exc, SyntaxError):
        return "%s:%s:%s: %s: %s" % (path, exc.lineno, exc.offset,
                                      type(exc).__name__, exc.msg)
    return "%s: %s: %s" % (path, type(exc).__name__, exc)


def main(argv):
    check = False
    paths = []
    for arg in argv:
        if arg == "--check":
            check = True
        elif arg.startswith("-"):
            sys.stderr.write("dump.py: unknown option %s\n" % arg)
            return 2
        else:
            paths.append(arg)
    if not paths:
        sys.stderr.write(__doc__)
        return 2
    # ast.dump recurses once per nesting level (a chain of 1000 binary
    # operators is 1000 levels deep); the default limit is too low for that.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    failed = 0
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = dump_bytes(data)
        except (SyntaxError, ValueError) as exc:
            sys.stderr.write("dump.py: ERROR: CPython %d.%d rejects a golden "
                             "input (golden inputs must be valid):\n  %s\n"
                             % (sys.version_info[0], sys.version_info[1],
                                describe_error(path, exc)))
            failed += 1
            continue
        out = golden_path(path)
        if check:
            try:
                with open(out, "rb") as f:
                    old = f.read().decode("utf-8")
            except OSError:
                old = None
            if old != text:
                sys.stderr.write("dump.py: %s is %s\n"
                                 % (out, "missing" if old is None else "stale"))
                failed += 1
            continue
        # Write bytes: no newline translation, always UTF-8.
        with open(out, "wb") as f:
            f.write(text.encode("utf-8"))
    if failed:
        sys.stderr.write("dump.py: %d of %d file(s) failed\n" % (failed, len(paths)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
