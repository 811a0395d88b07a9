#!/usr/bin/env bash
# Run one of the *314.mjs scripts of this directory under CPython 3.14
# (Pyodide 314.0.7 = CPython 3.14.2, run by Node).  Pyodide is installed with
# npm into a cache directory outside the repository on first use:
#   ${KRAIT_PYODIDE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/krait-tools/pyodide-314.0.7}
#
# Usage: tools/astgolden/py314.sh dump314.mjs [--check] FILE.py...
#        tools/astgolden/py314.sh errors314.mjs [OUT.json]
set -euo pipefail

PYODIDE_VERSION=314.0.7
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir=${KRAIT_PYODIDE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/krait-tools/pyodide-$PYODIDE_VERSION}

if [ $# -lt 1 ]; then
    echo "usage: $0 SCRIPT.mjs [ARGS...]" >&2
    exit 2
fi
command -v node >/dev/null || { echo "$0: node is required" >&2; exit 1; }

if [ ! -f "$dir/node_modules/pyodide/pyodide.mjs" ]; then
    command -v npm >/dev/null || { echo "$0: npm is required to install pyodide" >&2; exit 1; }
    echo "$0: installing pyodide@$PYODIDE_VERSION into $dir" >&2
    mkdir -p "$dir"
    if [ ! -f "$dir/package.json" ]; then
        printf '{"name":"krait-pyodide","private":true}\n' >"$dir/package.json"
    fi
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "pyodide@$PYODIDE_VERSION" >&2)
fi

script=$1
shift
case $script in
    */*) ;;
    *) script=$here/$script ;;
esac
KRAIT_PYODIDE_DIR=$dir exec node "$script" "$@"
