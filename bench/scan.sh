#!/usr/bin/env bash
# Scan cost: Bandit vs krait on the same tree, in one run.
#
#   bench/scan.sh [DIR]
#
# DIR defaults to CPython 3.11.7's standard library
# (/root/.pyenv/versions/3.11.7/lib/python3.11).  When DIR/site-packages
# exists both tools leave it out (Bandit: -x with its default excludes plus
# DIR/site-packages, as scripts/bandit-parity.sh does; krait:
# KRAIT_EXCLUDE, default "--extend-exclude site-packages").  Timed commands:
#   bandit -r -q -f json -o /dev/null [-x ...] DIR                 BANDIT_REPEAT runs (default 1)
#   krait scan --select B --format json --output /dev/null DIR     REPEAT runs (default 3)
#   krait scan --format json --output /dev/null DIR  (all rules)   REPEAT runs
# Each is measured with /usr/bin/time -v (Debian package "time"; without
# it, Python's resource module): CPU time (user+sys), wall time and peak
# RSS.  The table shows, per command, the smallest value of each measure
# over its runs (noise only ever adds), then the ratios bandit/krait for
# CPU and wall.  Bandit is single-threaded, krait uses every core, so the
# wall ratio is the one a user feels and the CPU ratio the fair one.
#
# A missing Bandit, a krait without "scan", or a failed krait command is
# reported and skipped; the script fails (exit 2) only when it has nothing
# to measure with or DIR is not a directory.
#
# Environment: BANDIT (default: bandit on PATH), KRAIT (default: go build
# ./cmd/krait), REPEAT, BANDIT_REPEAT, KRAIT_EXCLUDE (extra krait arguments
# used when DIR/site-packages exists), OK_CODES (exit codes that count as a
# completed scan, default "0 1": both tools exit 1 when they find something).
set -euo pipefail

dir=${1:-/root/.pyenv/versions/3.11.7/lib/python3.11}
[ -d "$dir" ] || { echo "$0: $dir is not a directory" >&2; exit 2; }
dir=$(cd "$dir" && pwd -P)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repeat=${REPEAT:-3}
bandit_repeat=${BANDIT_REPEAT:-1}
ok_codes=${OK_CODES:-0 1}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/krait-bench-scan.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

# ---- what is there to measure with ------------------------------------------
timer=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    timer=gnu
else
    echo "note: /usr/bin/time (GNU time, Debian package \"time\") is missing; using Python's resource module" >&2
    for p in python3 python; do
        if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import resource, subprocess, time' 2>/dev/null; then
            timer=$p
            break
        fi
    done
    if [ -z "$timer" ]; then
        echo "$0: cannot measure: install GNU time (apt-get install time) or Python 3" >&2
        exit 2
    fi
fi

# run_once OUT CMD...: run CMD once, append "user sys wall rss_kb rc" to OUT.
run_once() {
    local out=$1
    shift
    if [ "$timer" = gnu ]; then
        local rc=0
        /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || rc=$?
        awk -v rc="$rc" -F': ' '
            /User time \(seconds\)/ { u = $2 }
            /System time \(seconds\)/ { s = $2 }
            /Elapsed \(wall clock\) time/ {
                n = split($NF, a, ":"); w = 0
                for (i = 1; i <= n; i++) w = w * 60 + a[i]
            }
            /Maximum resident set size/ { m = $2 }
            END { printf "%s %s %.3f %s %s\n", u, s, w, m, rc }' "$tmp/time" >>"$out"
    else
        "$timer" - "$@" >>"$out" 2>"$tmp/err" <<'PY'
import resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=sys.stderr)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.2f %.2f %.3f %d %d" % (ru.ru_utime, ru.ru_stime, wall, ru.ru_maxrss, rc))
PY
    fi
}

rows=()
nres=0
declare -A cpu_of wall_of

# measure LABEL RUNS CMD...: best-of-RUNS row for the table, or a skip line.
measure() {
    local label=$1 runs=$2
    shift 2
    local res i rc
    nres=$((nres + 1))
    res=$tmp/res.$nres
    : >"$res"
    echo "running: $label ($runs run(s)) ..." >&2
    for ((i = 0; i < runs; i++)); do
        run_once "$res" "$@"
        rc=$(tail -n 1 "$res" | awk '{ print $5 }')
        case " $ok_codes " in
        *" $rc "*) ;;
        *)
            echo "  $label: FAILED (exit $rc): $*" >&2
            sed -n '1,15p' "$tmp/err" | sed 's/^/    /' >&2
            rows+=("$(printf '%-34s %s' "$label" "failed (exit $rc), see above")")
            return 0
            ;;
        esac
    done
    local best
    best=$(awk 'NR == 1 { c = $1 + $2; u = $1; s = $2; w = $3; m = $4 }
        NR > 1 { if ($1 + $2 < c) { c = $1 + $2; u = $1; s = $2 } if ($3 < w) w = $3; if ($4 < m) m = $4 }
        END { printf "%.2f %.2f %.2f %.2f %.1f", c, u, s, w, m / 1024 }' "$res")
    local c u s w m
    read -r c u s w m <<<"$best"
    cpu_of[$label]=$c
    wall_of[$label]=$w
    rows+=("$(printf '%-34s %4d %9s %9s %8s %9s %9s' "$label" "$runs" "$c" "$u" "$s" "$w" "$m")")
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }

# ---- the tree -----------------------------------------------------------------
nfiles=$(find "$dir" -path "$dir/site-packages" -prune -o -type f \( -name '*.py' -o -name '*.pyw' \) -print | wc -l)
echo "tree: $dir ($nfiles .py/.pyw files$([ -d "$dir/site-packages" ] && echo ', site-packages left out'))"
echo "machine: $(nproc 2>/dev/null || echo '?') cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

# ---- Bandit -------------------------------------------------------------------
bandit=${BANDIT:-bandit}
bandit_label=""
if command -v "$bandit" >/dev/null 2>&1; then
    bver=$("$bandit" --version 2>/dev/null | awk 'NR == 1 { print $2 }') || bver=""
    bandit_label="bandit ${bver:-?}"
    bargs=(-r -q -f json -o /dev/null)
    if [ -d "$dir/site-packages" ]; then
        bargs+=(-x ".svn,CVS,.bzr,.hg,.git,__pycache__,.tox,.eggs,*.egg,$dir/site-packages")
    fi
    measure "$bandit_label" "$bandit_repeat" "$bandit" "${bargs[@]}" "$dir"
else
    echo "skip: Bandit not found (\"$bandit\"); install it or set BANDIT=/path/to/bandit" >&2
    rows+=("$(printf '%-34s %s' "bandit" "skipped: not installed")")
fi

# ---- krait --------------------------------------------------------------------
if [ -n "${KRAIT:-}" ]; then
    krait=$KRAIT
elif command -v go >/dev/null 2>&1; then
    krait=$tmp/krait
    echo "building krait ..." >&2
    (cd "$repo" && go build -o "$krait" ./cmd/krait)
else
    krait=""
    echo "skip: no KRAIT and no go toolchain to build ./cmd/krait" >&2
fi
lab_b="krait scan --select B"
lab_all="krait scan (all rules)"
if [ -n "$krait" ]; then
    scan_help=$("$krait" scan --help 2>&1 || true)
    case $scan_help in
    *'unknown command'*)
        echo "skip: this krait has no \"scan\" command yet" >&2
        rows+=("$(printf '%-34s %s' "krait scan" "skipped: no scan command yet")")
        krait=""
        ;;
    esac
fi
if [ -n "$krait" ]; then
    kargs=()
    if [ -d "$dir/site-packages" ]; then
        read -r -a kargs <<<"${KRAIT_EXCLUDE:---extend-exclude site-packages}"
    fi
    measure "$lab_b" "$repeat" "$krait" scan --select B --format json --output /dev/null "${kargs[@]}" "$dir"
    measure "$lab_all" "$repeat" "$krait" scan --format json --output /dev/null "${kargs[@]}" "$dir"
fi

# ---- report -------------------------------------------------------------------
echo
printf '%-34s %4s %9s %9s %8s %9s %9s\n' "command (best of runs)" "runs" "cpu s" "user s" "sys s" "wall s" "RSS MiB"
printf '%s\n' "${rows[@]}"
echo
for lab in "$lab_b" "$lab_all"; do
    short=${lab#krait scan }
    short=${short#(}
    short=${short%)}
    if [ -n "$bandit_label" ] && [ -n "${cpu_of[$bandit_label]:-}" ] && [ -n "${cpu_of[$lab]:-}" ]; then
        printf 'ratio bandit/krait, %s: cpu %s, wall %s\n' "$short" \
            "$(ratio "${cpu_of[$bandit_label]}" "${cpu_of[$lab]}")" \
            "$(ratio "${wall_of[$bandit_label]}" "${wall_of[$lab]}")"
    else
        printf 'ratio bandit/krait, %s: n/a (a side was skipped or failed)\n' "$short"
    fi
done
