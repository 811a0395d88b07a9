#!/usr/bin/env bash
# Compare krait's Bandit-compatible findings with Bandit's own, file by file.
#
#   scripts/bandit-parity.sh [DIR]
#
# DIR defaults to CPython 3.11.7's standard library
# (/root/.pyenv/versions/3.11.7/lib/python3.11).  When DIR/site-packages
# exists it is left out, as in shared/reference/README.md: Bandit gets
#   bandit -r -f json -x <Bandit's default excludes>,DIR/site-packages DIR
# (-x replaces Bandit's defaults, so they are passed again; a directory
# given to -x becomes the glob DIR/site-packages/*).  On the 3.11.7 stdlib
# this reads 1,791 files (.py and .pyw) and Bandit 1.9.4 reports 4,144
# findings and 9 files it cannot parse.
#
# krait then scans exactly the files that Bandit read (the file names in
# Bandit's "metrics", which include the files it could not parse), given
# on the command line, at most CHUNK per run:
#   krait scan --select B --format json FILE...
# and the two are compared as multisets of (path relative to DIR, line,
# rule id), on Bandit's line_number.  Suppressed krait findings (# nosec)
# are left out, as Bandit drops them.  For every rule id the script prints
# Bandit's count, krait's, how many match, how many only one side has, and
# the first EXAMPLES of each difference with the source line; then the
# files only one tool could not analyse, the matched findings whose
# severity or confidence differ, and last
#   parity: N both, A only-bandit, B only-krait
# It exits 0 whatever the differences, 2 when a tool could not be run or
# gave no usable JSON.
#
# Environment:
#   BANDIT       Bandit executable (default: bandit on PATH)
#   BANDIT_JSON  use this existing Bandit JSON report instead of running
#                Bandit (it must be of the same DIR, with absolute or
#                DIR-relative file names)
#   KRAIT        krait executable (default: go build ./cmd/krait)
#   PYTHON       Python 3 for the comparison (default: python3)
#   EXTRA_EXCLUDE  more comma-separated -x entries for Bandit
#   EXAMPLES     differences shown per rule and kind (default 3)
#   CHUNK        files per krait run (default 2000)
set -euo pipefail

dir=${1:-/root/.pyenv/versions/3.11.7/lib/python3.11}
[ -d "$dir" ] || { echo "$0: $dir is not a directory" >&2; exit 2; }
dir=$(cd "$dir" && pwd -P)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-python3}
examples=${EXAMPLES:-3}
chunk=${CHUNK:-2000}

command -v "$python" >/dev/null 2>&1 || { echo "$0: no Python 3 ($python); set PYTHON" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/krait-parity.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

# ---- krait -----------------------------------------------------------------
if [ -n "${KRAIT:-}" ]; then
    krait=$KRAIT
else
    krait=$tmp/krait
    echo "building krait ..." >&2
    (cd "$repo" && go build -o "$krait" ./cmd/krait)
fi
scan_help=$("$krait" scan --help 2>&1 || true)
case $scan_help in
*'unknown command'*)
    echo "$0: SKIP: this krait has no \"scan\" command yet" >&2
    exit 0
    ;;
esac

# ---- Bandit ----------------------------------------------------------------
if [ -n "${BANDIT_JSON:-}" ]; then
    [ -r "$BANDIT_JSON" ] || { echo "$0: cannot read BANDIT_JSON=$BANDIT_JSON" >&2; exit 2; }
    bandit_json=$BANDIT_JSON
    echo "bandit: report $bandit_json (not run)" >&2
else
    bandit=${BANDIT:-bandit}
    if ! command -v "$bandit" >/dev/null 2>&1; then
        echo "$0: SKIP: Bandit not found (\"$bandit\"); install it or set BANDIT=/path/to/bandit" >&2
        echo "$0: (or BANDIT_JSON=report.json to compare with an existing report)" >&2
        exit 0
    fi
    # Bandit's default -x list (bandit/core/constants.py EXCLUDE).
    excl=".svn,CVS,.bzr,.hg,.git,__pycache__,.tox,.eggs,*.egg"
    if [ -d "$dir/site-packages" ]; then
        excl="$excl,$dir/site-packages"
    fi
    if [ -n "${EXTRA_EXCLUDE:-}" ]; then
        excl="$excl,$EXTRA_EXCLUDE"
    fi
    bandit_json=$tmp/bandit.json
    echo "bandit: $("$bandit" --version 2>/dev/null | head -n 1) -r -x $excl $dir" >&2
    # Bandit exits 1 when it found something; only a missing report is a failure.
    set +e
    "$bandit" -r -q -f json -o "$bandit_json" -x "$excl" "$dir" 2>"$tmp/bandit.err"
    rc=$?
    set -e
    if [ "$rc" -gt 1 ] || [ ! -s "$bandit_json" ]; then
        echo "$0: bandit failed (exit $rc); its stderr ends with:" >&2
        tail -n 20 "$tmp/bandit.err" >&2
        exit 2
    fi
fi

# ---- compare ---------------------------------------------------------------
cat >"$tmp/compare.py" <<'PY'
import collections, json, os, subprocess, sys

root, bandit_json, krait, examples, chunk = sys.argv[1:6]
examples, chunk = int(examples), int(chunk)

def rel(path):
    """Path relative to root, '/'-separated, without a leading './'."""
    p = os.path.normpath(path if os.path.isabs(path) else os.path.join(root, path))
    r = os.path.relpath(p, root)
    return r.replace(os.sep, "/")

def fail(msg):
    print("bandit-parity: " + msg, file=sys.stderr)
    sys.exit(2)

try:
    with open(bandit_json, encoding="utf-8") as f:
        bd = json.load(f)
    bandit_files = sorted(k for k in bd["metrics"] if k != "_totals")
    bres = bd["results"]
except (OSError, ValueError, KeyError) as e:
    fail("unusable Bandit report %s: %s" % (bandit_json, e))

bandit = collections.Counter()
bmsg = {}
bsev = {}
for r in bres:
    key = (rel(r["filename"]), r["line_number"], r["test_id"])
    bandit[key] += 1
    bmsg.setdefault(key, r["issue_text"])
    bsev.setdefault(key, (r["issue_severity"], r["issue_confidence"]))
berr = {rel(e["filename"]): e["reason"] for e in bd.get("errors", [])}

# krait gets the very files Bandit read, as absolute paths.
files = [os.path.join(root, rel(f)) for f in bandit_files]
krait_out = []
for i in range(0, len(files), chunk):
    part = files[i:i + chunk]
    p = subprocess.run([krait, "scan", "--select", "B", "--format", "json"] + part,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        doc = json.loads(p.stdout)
        doc["findings"]
    except (ValueError, KeyError, TypeError):
        sys.stderr.write(p.stderr.decode("utf-8", "replace")[-2000:])
        fail("krait scan exited %d without a JSON report" % p.returncode)
    krait_out.append(doc)

krait_c = collections.Counter()
kmsg = {}
ksev = {}
suppressed = 0
kerr = {}
for doc in krait_out:
    for f in doc["findings"]:
        if f.get("suppressed"):
            suppressed += 1
            continue
        key = (rel(f["path"]), f["line"], f["rule_id"])
        krait_c[key] += 1
        kmsg.setdefault(key, f.get("message", ""))
        ksev.setdefault(key, (str(f.get("severity", "")).upper(), str(f.get("confidence", "")).upper()))
    for e in doc.get("errors") or []:
        kerr.setdefault(rel(e["path"]), e.get("message", ""))

_lines = {}
def source_line(path, line):
    if path not in _lines:
        try:
            with open(os.path.join(root, path), "rb") as f:
                _lines[path] = f.read().decode("utf-8", "replace").splitlines()
        except OSError:
            _lines[path] = []
    ls = _lines[path]
    return ls[line - 1].strip() if 0 < line <= len(ls) else ""

rules = sorted({k[2] for k in bandit} | {k[2] for k in krait_c})
both_n = onlyb_n = onlyk_n = 0
print("Bandit report: %d files, %d findings, %d files not parsed" % (len(bandit_files), sum(bandit.values()), len(berr)))
print("krait:         %d findings (%d suppressed left out), %d file errors" % (sum(krait_c.values()), suppressed, len(kerr)))
print()
print("%-6s %7s %7s %7s %12s %11s" % ("rule", "bandit", "krait", "both", "only-bandit", "only-krait"))
details = []
for rule in rules:
    bk = collections.Counter({k: v for k, v in bandit.items() if k[2] == rule})
    kk = collections.Counter({k: v for k, v in krait_c.items() if k[2] == rule})
    both = bk & kk
    ob = bk - kk
    ok = kk - bk
    nb, nk, nboth, nob, nok = (sum(c.values()) for c in (bk, kk, both, ob, ok))
    both_n += nboth; onlyb_n += nob; onlyk_n += nok
    print("%-6s %7d %7d %7d %12d %11d" % (rule, nb, nk, nboth, nob, nok))
    for kind, c, msgs in (("only-bandit", ob, bmsg), ("only-krait", ok, kmsg)):
        shown = sorted(c)[:examples]
        for key in shown:
            path, line, _ = key
            n = " (x%d)" % c[key] if c[key] > 1 else ""
            details.append("  %s %s %s:%d%s: %s\n      | %s" % (rule, kind, path, line, n, msgs.get(key, ""), source_line(path, line)))
        rest = sum(c.values()) - sum(c[k] for k in shown)
        if rest:
            details.append("  %s %s: ... %d more" % (rule, kind, rest))
if details:
    print()
    print("differences (first %d per rule and kind):" % examples)
    print("\n".join(details))

sevdiff = [k for k in (collections.Counter(bandit) & krait_c) if bsev.get(k) != ksev.get(k)]
if sevdiff:
    print()
    print("matched findings whose severity/confidence differ: %d" % len(sevdiff))
    for k in sorted(sevdiff)[:examples * 3]:
        print("  %s %s:%d: bandit %s/%s, krait %s/%s" % ((k[2], k[0], k[1]) + bsev[k] + ksev[k]))

eb = sorted(set(berr) - set(kerr))
ek = sorted(set(kerr) - set(berr))
if eb or ek:
    print()
    for p in eb:
        print("  not parsed by Bandit only: %s (%s)" % (p, berr[p]))
    for p in ek:
        print("  file error in krait only:  %s (%s)" % (p, kerr[p]))
print()
print("parity: %d both, %d only-bandit, %d only-krait" % (both_n, onlyb_n, onlyk_n))
PY

"$python" "$tmp/compare.py" "$dir" "$bandit_json" "$krait" "$examples" "$chunk"
