#!/usr/bin/env bash
# Dependency audit speed: a 500-package requirements file audited against
# the shared PyPA OSV snapshot, the way `krait deps` does it (parse the
# file, open the database, match every package), in one process per run.
#
#   bench/deps.sh [ZIP] [N] [K]
#
# ZIP defaults to ../shared/data/osv-pypa/all.zip (beside the project), N
# to 500 and K to N.  The requirements file holds the K packages of the
# snapshot with the most advisories, each pinned to a version its
# advisories list, and N-K packages no advisory names.  K = N = 500 is the
# worst case (three quarters of the database are decoded); K = 100 is
# closer to a real lockfile, where most packages have no advisory.  Two modes, RUNS runs
# each (default 5):
#   cold  no persisted index: every record is read to build it
#   warm  the index written by a previous run is used
# Each line gives wall time, CPU time (user+sys, both cores), peak RSS and
# live heap after the audit; the summary is the best wall time per mode
# against the 100 ms budget.  Wall time depends on what else the machine
# runs: compare CPU time across machines.  No peer runs here: pip-audit
# and osv-scanner need the network for their databases.
# Then the same file through the command line, `krait deps --db ZIP -q
# --format json FILE` in a process of its own per run (GNU time: wall,
# user+sys, peak RSS; wall from date), cold (index removed) and warm.
# Go benchmarks of the same work:
#   go test -run NONE -bench 'Audit500|Match500' -benchmem ./internal/deps/osv/
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zip=${1:-$repo/../shared/data/osv-pypa/all.zip}
n=${2:-500}
k=${3:-$n}
runs=${RUNS:-5}
[ -f "$zip" ] || { echo "$0: no OSV snapshot at $zip" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/krait-deps-bench.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
(cd "$repo" && go build -o "$tmp/depsbench" ./internal/deps/osv/internal/depsbench && go build -o "$tmp/krait" ./cmd/krait)

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$tmp/depsbench" -db "$zip" -n "$n" -with-advisories "$k" -runs "$runs" | tee "$tmp/out"
for mode in cold warm; do
    best=$(grep "^mode=$mode " "$tmp/out" | sed 's/.* wall=\([0-9.]*\)ms.*/\1/' | sort -n | head -1)
    cpu=$(grep "^mode=$mode " "$tmp/out" | sed 's/.* cpu=\([0-9.]*\)ms.*/\1/' | sort -n | head -1)
    verdict=$(awk -v b="$best" 'BEGIN { print (b < 100) ? "under" : "OVER" }')
    echo "$mode: best wall ${best} ms, best cpu ${cpu} ms ($verdict the 100 ms budget)"
done

# The command line. krait deps exits 1 when it finds advisories.
cp "$zip" "$tmp/cli.zip"
"$tmp/depsbench" -db "$tmp/cli.zip" -n "$n" -with-advisories "$k" -write-reqs "$tmp/requirements.txt"
rm -f "$tmp/cli.zip.index"
for mode in cold warm; do
    [ "$mode" = warm ] && { "$tmp/krait" deps --db "$tmp/cli.zip" -q --format json "$tmp/requirements.txt" >/dev/null || true; }
    for i in $(seq "$runs"); do
        [ "$mode" = cold ] && rm -f "$tmp/cli.zip.index"
        t0=$(date +%s%N)
        /usr/bin/time -f "%U %S %M" -o "$tmp/time" \
            "$tmp/krait" deps --db "$tmp/cli.zip" -q --format json "$tmp/requirements.txt" >"$tmp/report.json" || true
        t1=$(date +%s%N)
        wall=$(( (t1 - t0) / 1000 ))e-6
        read -r user sys rss < <(tail -1 "$tmp/time") # GNU time first notes a non-zero exit
        findings=$(grep -c '"rule_name": "vulnerable_dependency"' "$tmp/report.json" || true)
        awk -v m="$mode" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v f="$findings" \
            'BEGIN { printf "cli mode=%s wall=%.0fms cpu=%.0fms maxrss=%.1fMB findings=%d\n", m, w*1000, (u+s)*1000, r/1000, f }'
    done | tee -a "$tmp/cli"
done
for mode in cold warm; do
    best=$(grep "^cli mode=$mode " "$tmp/cli" | sed 's/.* wall=\([0-9.]*\)ms.*/\1/' | sort -n | head -1)
    rss=$(grep "^cli mode=$mode " "$tmp/cli" | sed 's/.* maxrss=\([0-9.]*\)MB.*/\1/' | sort -n | head -1)
    echo "cli $mode: best wall ${best} ms, lowest peak RSS ${rss} MB (cpu in GNU time's 10 ms steps)"
done
