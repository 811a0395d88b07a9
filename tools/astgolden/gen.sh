#!/usr/bin/env bash
# Regenerate (or, with --check, verify) every CPython-derived test file:
#   python/parser/testdata/golden/*.golden      CPython 3.13 (PYTHON)
#   python/parser/testdata/syntax_errors.json   CPython 3.13 (PYTHON)
#   python/parser/testdata/golden314/*.golden   CPython 3.14 (Pyodide via node)
#   python/parser/testdata/syntax_errors_314.json
# and run the AST coverage check on the 3.13 corpus.
#
# Environment: PYTHON (default /root/.pyenv/versions/3.13.0/bin/python; must be
# 3.13), SKIP_314=1 to skip the Pyodide half, KRAIT_PYODIDE_DIR to relocate the
# Pyodide install (see py314.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
PYTHON=${PYTHON:-/root/.pyenv/versions/3.13.0/bin/python}
golden=$repo/python/parser/testdata/golden
golden314=$repo/python/parser/testdata/golden314

check=()
case ${1:-} in
    --check) check=(--check) ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != 3.13 ]; then
    echo "$0: $PYTHON is Python $ver; the golden files are CPython 3.13's" >&2
    exit 1
fi

shopt -s nullglob
if [ ${#check[@]} -eq 0 ]; then
    # Drop goldens whose source file is gone.
    for g in "$golden"/*.golden "$golden314"/*.golden; do
        [ -e "${g%.golden}.py" ] || rm -f -- "$g"
    done
fi

echo "== CPython $("$PYTHON" -c 'import platform; print(platform.python_version())'): special files, goldens, syntax errors" >&2
"$PYTHON" "$here/make_special.py" "${check[@]}" "$golden"
"$PYTHON" "$here/dump.py" "${check[@]}" "$golden"/*.py
"$PYTHON" "$here/errors.py" "${check[@]}"

echo "== coverage of the 3.13 corpus" >&2
missing=$("$PYTHON" "$here/coverage.py" "$golden" || true)
if [ -n "$missing" ]; then
    printf '%s\n' "$missing"
    echo "$0: the golden corpus does not cover the lines above" >&2
    exit 1
fi

if [ "${SKIP_314:-}" = 1 ]; then
    echo "== skipping CPython 3.14 (SKIP_314=1)" >&2
    exit 0
fi
echo "== CPython 3.14 (Pyodide): goldens, syntax errors" >&2
"$here/py314.sh" dump314.mjs "${check[@]}" "$golden314"/*.py
"$here/py314.sh" errors314.mjs "${check[@]}"
echo "== done" >&2
