#!/usr/bin/env bash
# Compare krait's AST dumps with CPython's for every .py file under a tree.
#
#   scripts/conformance.sh PYTHON DIR
#
# PYTHON is a CPython interpreter (3.8+); X.Y is its version.  For every file
# DIR/**/*.py whose path below DIR does not contain "site-packages" (symlinked
# directories are not followed), one PYTHON process
# reads the bytes and writes ast.dump(ast.parse(data), include_attributes=True)
# plus "\n" (or records that CPython rejects the file).  Then, in parallel,
#   krait debug ast --dump-version X.Y FILE
# must print exactly that on stdout and exit 0, or exit 1 (after printing
# "FILE:LINE:COL: SyntaxError: MSG" on stderr) where CPython rejects the file.
# Prints each mismatching path (with an excerpt around the first differing
# byte for the first few), then "identical N/M"; exits 1 unless N == M.
#
# Environment: KRAIT=/path/to/krait to skip "go build ./cmd/krait";
# JOBS (default: nproc); TIMEOUT seconds per krait run (default 120);
# EXCERPTS: how many mismatches get an excerpt (default 5).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 PYTHON DIR" >&2
    exit 2
fi
python=$1
dir=$2
[ -d "$dir" ] || { echo "$0: $dir is not a directory" >&2; exit 2; }
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=${JOBS:-$(nproc 2>/dev/null || echo 4)}
timeout_s=${TIMEOUT:-120}
excerpts=${EXCERPTS:-5}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/krait-conformance.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
mkdir "$tmp/exp" "$tmp/got" "$tmp/res"

ver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')

if [ -n "${KRAIT:-}" ]; then
    krait=$KRAIT
else
    krait=$tmp/krait
    echo "building krait ..." >&2
    (cd "$repo" && go build -o "$krait" ./cmd/krait)
fi

# ---- CPython half: one process dumps every file --------------------------------
# Writes $tmp/list (NUL-separated "index, path" pairs) and, per index, either
# exp/INDEX (the expected stdout) or exp/INDEX.rej (CPython's error message).
cat >"$tmp/dump.py" <<'PY'
import ast, os, sys, threading, warnings

def main(root, tmp):
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".py") and "site-packages" not in rel and os.path.isfile(path):
                paths.append(path)
    paths.sort()
    sys.setrecursionlimit(1000000)
    with open(os.path.join(tmp, "list"), "wb") as lst:
        for i, path in enumerate(paths):
            lst.write(b"%d\0" % i + os.fsencode(path) + b"\0")
            exp = os.path.join(tmp, "exp", str(i))
            with open(path, "rb") as f:
                data = f.read()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tree = ast.parse(data)
            except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
                msg = "%s: %s" % (type(e).__name__, getattr(e, "msg", None) or e)
                if isinstance(e, SyntaxError):
                    msg = "%s:%s: %s" % (e.lineno, e.offset, msg)
                with open(exp + ".rej", "w", encoding="utf-8", errors="replace") as f:
                    f.write(msg + "\n")
                continue
            try:
                text = ast.dump(tree, include_attributes=True) + "\n"
            except RecursionError:
                with open(exp + ".nodump", "w") as f:
                    f.write("ast.dump failed: RecursionError\n")
                continue
            with open(exp, "wb") as f:
                f.write(text.encode("utf-8"))
    print(len(paths))

# Deep trees need a deep C stack on CPython < 3.12.
threading.stack_size(512 * 1024 * 1024)
result = []
t = threading.Thread(target=lambda: result.append(main(sys.argv[1], sys.argv[2])))
t.start()
t.join()
if not result:
    sys.exit(1)
PY
echo "dumping with $("$python" -c 'import platform; print(platform.python_version())') ..." >&2
"$python" "$tmp/dump.py" "$dir" "$tmp" >"$tmp/count"
total=$(cat "$tmp/count")

# ---- krait half: in parallel, one result file per index ---------------------------
cat >"$tmp/worker.sh" <<'SH'
#!/bin/sh
# usage: worker.sh TMP KRAIT VERSION TIMEOUT INDEX PATH
tmp=$1 krait=$2 ver=$3 secs=$4 i=$5 f=$6
out=$tmp/got/$i
rc=0
timeout "$secs" "$krait" debug ast --dump-version "$ver" "$f" >"$out" 2>"$out.err" || rc=$?
if [ -e "$tmp/exp/$i.rej" ]; then
    if [ "$rc" -eq 1 ]; then status=same; else status="cpython-rejects"; fi
elif [ -e "$tmp/exp/$i" ]; then
    if [ "$rc" -eq 0 ] && cmp -s "$out" "$tmp/exp/$i"; then status=same
    elif [ "$rc" -eq 0 ]; then status=differs
    elif [ "$rc" -eq 1 ]; then status="krait-rejects"
    elif [ "$rc" -eq 124 ]; then status=timeout
    else status="krait-exit-$rc"
    fi
else
    status=no-cpython-dump
fi
if [ "$status" = same ]; then rm -f "$out" "$out.err"; fi
echo "$status" >"$tmp/res/$i"
SH
echo "running krait on $total files with $jobs jobs ..." >&2
if [ "$total" -gt 0 ]; then
    xargs -0 -n 2 -P "$jobs" sh "$tmp/worker.sh" "$tmp" "$krait" "$ver" "$timeout_s" <"$tmp/list"
fi

# ---- report ---------------------------------------------------------------------
cat >"$tmp/excerpt.py" <<'PY'
import sys
exp, got = (open(p, "rb").read() for p in sys.argv[1:3])
n = 0
while n < min(len(exp), len(got)) and exp[n] == got[n]:
    n += 1
def text(b):
    return b.decode("utf-8", "replace").replace("\n", "\\n")
print("    first difference at byte %d (cpython %d bytes, krait %d bytes)" % (n, len(exp), len(got)))
print("    before:  ..." + text(exp[max(0, n - 100):n]))
print("    cpython: " + text(exp[n:n + 100]) + "...")
print("    krait:   " + text(got[n:n + 100]) + "...")
PY
same=0
shown=0
i=0
while IFS= read -r -d '' idx && IFS= read -r -d '' path; do
    status=$(cat "$tmp/res/$idx" 2>/dev/null || echo missing-result)
    if [ "$status" = same ]; then
        same=$((same + 1))
        continue
    fi
    echo "MISMATCH ($status): $path"
    if [ "$shown" -lt "$excerpts" ]; then
        shown=$((shown + 1))
        case $status in
            differs)
                "$python" "$tmp/excerpt.py" "$tmp/exp/$idx" "$tmp/got/$idx" ;;
            cpython-rejects)
                echo "    cpython: $(head -c 300 "$tmp/exp/$idx.rej")"
                echo "    krait:   exit status 0 or other; stderr: $(head -c 300 "$tmp/got/$idx.err")" ;;
            *)
                echo "    krait stderr: $(head -n 3 "$tmp/got/$idx.err" 2>/dev/null | head -c 300)" ;;
        esac
    fi
    i=$((i + 1))
done <"$tmp/list"
echo "identical $same/$total"
[ "$same" -eq "$total" ]
