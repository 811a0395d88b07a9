#!/usr/bin/env bash
# Parse throughput: krait vs CPython's own parser, on the same tree.
#
#   bench/parse.sh [PYTHON] [DIR]
#
# PYTHON defaults to /root/.pyenv/versions/3.13.0/bin/python and DIR to that
# interpreter's standard library.  Times, best of 3 (REPEAT) each:
#   krait debug parse --jobs 1 DIR       (krait's last line: "N files, B bytes, E errors")
#   krait debug parse --jobs $(nproc) DIR
#   CPython: ast.parse(bytes) over every DIR/**/*.py, .pyw, .pyi (the files
#            krait reads), files read beforehand,
#            parse time only, one core
# and prints MB/s (10^6 bytes per second, each side's own byte count) and the
# single-core ratio krait/CPython.  KRAIT=/path/to/krait skips the go build.
set -euo pipefail

python=${1:-/root/.pyenv/versions/3.13.0/bin/python}
dir=${2:-$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
repeat=${REPEAT:-3}
cores=$(nproc 2>/dev/null || echo 1)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ -d "$dir" ] || { echo "$0: $dir is not a directory" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/krait-bench.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

if [ -n "${KRAIT:-}" ]; then
    krait=$KRAIT
else
    krait=$tmp/krait
    echo "building krait ..." >&2
    (cd "$repo" && go build -o "$krait" ./cmd/krait)
fi

now() { date +%s.%N; }

# best_krait JOBS: prints "SECONDS|LAST LINE OF OUTPUT" for the fastest run.
best_krait() {
    local jobs=$1 best="" line="" i t0 t1 t
    for ((i = 0; i < repeat; i++)); do
        t0=$(now)
        # krait exits 1 when some files do not parse; that is fine as long as
        # it printed its summary line.
        "$krait" debug parse --jobs "$jobs" "$dir" >"$tmp/out" 2>"$tmp/err" || true
        t1=$(now)
        if ! tail -n 1 "$tmp/out" | grep -Eq '^[0-9]+ files, [0-9]+ bytes, [0-9]+ errors$'; then
            echo "$0: krait debug parse printed no summary line; stderr ends with:" >&2
            tail -n 5 "$tmp/err" >&2
            exit 1
        fi
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then
            best=$t
        fi
        line=$(tail -n 1 "$tmp/out")
    done
    echo "$best|$line"
}

# bytes_of "N files, B bytes, E errors" -> B
bytes_of() { sed -n 's/.*, \([0-9][0-9]*\) bytes,.*/\1/p' <<<"$1"; }
mbps() { awk -v b="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.2f", b / t / 1e6; else print "inf" }'; }

cat >"$tmp/cpython.py" <<'PY'
import ast, gc, os, sys, time, warnings
root, repeat = sys.argv[1], int(sys.argv[2])
datas = []
for dirpath, dirnames, filenames in os.walk(root):
    for name in filenames:
        if name.endswith((".py", ".pyw", ".pyi")):  # what krait debug parse reads
            path = os.path.join(dirpath, name)
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    datas.append(f.read())
warnings.simplefilter("ignore")
best = None
for _ in range(repeat):
    errors = 0
    gc.collect()
    t0 = time.perf_counter()
    for data in datas:
        try:
            ast.parse(data)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            errors += 1
    t = time.perf_counter() - t0
    best = t if best is None else min(best, t)
print("%.6f|%d files, %d bytes, %d errors" % (best, len(datas), sum(map(len, datas)), errors))
PY

pyver=$("$python" -c 'import platform; print(platform.python_version())')
echo "tree: $dir (best of $repeat)"

r1=$(best_krait 1)
t1=${r1%%|*} l1=${r1#*|}
b1=$(bytes_of "$l1")
[ -n "$b1" ] || { echo "$0: cannot read a byte count from krait's last line: $l1" >&2; exit 1; }
m1=$(mbps "$b1" "$t1")
printf 'krait --jobs 1:        %8.3f s  %8s MB/s  (%s)\n' "$t1" "$m1" "$l1"

rc=$("$python" "$tmp/cpython.py" "$dir" "$repeat")
tc=${rc%%|*} lc=${rc#*|}
bc=$(bytes_of "$lc")
mc=$(mbps "$bc" "$tc")
printf 'CPython %-8s ast.parse %6.3f s  %8s MB/s  (%s)\n' "$pyver" "$tc" "$mc" "$lc"

printf 'ratio krait/CPython (1 core): %s\n' "$(awk -v a="$m1" -v b="$mc" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"

rn=$(best_krait "$cores")
tn=${rn%%|*} ln=${rn#*|}
bn=$(bytes_of "$ln")
printf 'krait --jobs %-3s       %8.3f s  %8s MB/s  (%s)\n' "$cores:" "$tn" "$(mbps "${bn:-0}" "$tn")" "$ln"
