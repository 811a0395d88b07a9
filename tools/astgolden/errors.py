#!/usr/bin/env python3
"""Record CPython's SyntaxError for each invalid-source case.

Usage: python errors.py [--check] [CASES.py [OUT.json]]

CASES.py (default: error_cases.py next to this script) must define
CASES = [(name, source_string), ...].  Each source string is encoded as UTF-8
and handed to ast.parse as bytes, exactly as a file with those bytes would be.
Every case must be rejected by ast.parse: a case that parses is a loud error.

OUT.json (default: python/parser/testdata/syntax_errors.json in the repository)
receives a JSON array, sorted by name, of objects

  {"name", "src", "line", "col", "end_line", "end_col", "msg", "type"}

holding the exception's lineno, offset, end_lineno, end_offset (null where
CPython gives None), msg and class name (SyntaxError, IndentationError,
TabError, ...).  CPython's offset/end_offset are 1-based and count code points
of the (decoded) line, not bytes.  With --check nothing is written; exit 1 if
OUT.json differs.

Runs on CPython >= 3.8 and inside Pyodide (errors314.mjs imports build_json).
"""

import ast
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def load_cases(path):
    namespace = {"__file__": path, "__name__": "error_cases"}
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec")
    exec(code, namespace)
    cases = namespace.get("CASES")
    if not isinstance(cases, list):
        raise SystemExit("errors.py: %s does not define a list CASES" % path)
    return cases


def parse_error(src):
    """Return the exception ast.parse raises for SRC, or None if it parses."""
    data = src.encode("utf-8")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(data)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as exc:
        # MemoryError: "Parser stack overflowed - Python source too complex to
        # parse"; RecursionError: AST construction too deep.  Both lack positions.
        return exc
    return None


def record(name, src, exc):
    if isinstance(exc, SyntaxError):
        return {
            "name": name,
            "src": src,
            "line": exc.lineno,
            "col": exc.offset,
            "end_line": exc.end_lineno if hasattr(exc, "end_lineno") else None,
            "end_col": exc.end_offset if hasattr(exc, "end_offset") else None,
            "msg": exc.msg,
            "type": type(exc).__name__,
        }
    return {
        "name": name, "src": src, "line": None, "col": None,
        "end_line": None, "end_col": None, "msg": str(exc),
        "type": type(exc).__name__,
    }


def build_json(cases):
    """Return the JSON text for CASES; raise ValueError on a bad case list."""
    problems = []
    seen = set()
    out = []
    for i, case in enumerate(cases):
        if (not isinstance(case, tuple) or len(case) != 2
                or not isinstance(case[0], str) or not isinstance(case[1], str)):
            problems.append("case #%d is not a (name, source) pair of str: %r" % (i, case))
            continue
        name, src = case
        if name in seen:
            problems.append("duplicate case name %r" % name)
            continue
        seen.add(name)
        exc = parse_error(src)
        if exc is None:
            shown = repr(src) if len(src) <= 200 else repr(src[:200]) + "..."
            problems.append("case %r is ACCEPTED by CPython %d.%d: %s"
                            % (name, sys.version_info[0], sys.version_info[1], shown))
            continue
        out.append(record(name, src, exc))
    if problems:
        raise ValueError("\n".join(problems))
    out.sort(key=lambda r: r["name"])
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    cases_path = args[0] if args else os.path.join(HERE, "error_cases.py")
    out_path = args[1] if len(args) > 1 else os.path.join(
        REPO, "python", "parser", "testdata", "syntax_errors.json")
    try:
        text = build_json(load_cases(cases_path))
    except ValueError as exc:
        sys.stderr.write("errors.py: ERROR in %s:\n%s\n" % (cases_path, exc))
        return 1
    data = text.encode("utf-8")
    if check:
        try:
            with open(out_path, "rb") as f:
                old = f.read()
        except OSError:
            old = None
        if old != data:
            sys.stderr.write("errors.py: %s is %s\n"
                             % (out_path, "missing" if old is None else "stale"))
            return 1
        return 0
    with open(out_path, "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
