// Package reporttest holds what the report formats' tests share: a
// hand-made scan.Result that exercises every feature the formats render,
// and golden-file comparison with an -update flag.
package reporttest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

// Update makes Golden rewrite the golden files instead of comparing:
//
//	go test ./internal/report/... -update
var Update = flag.Bool("update", false, "rewrite golden files")

// Golden compares got with testdata/name, or writes it there with
// -update.
func Golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *Update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update to accept):\n%s", path, diff(string(want), string(got)))
	}
}

// diff is a small line diff: the first differing lines with context.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			continue
		}
		b.WriteString("line " + itoa(i+1) + ":\n  want: " + quote(wl) + "\n  got:  " + quote(gl) + "\n")
		if shown++; shown == 8 {
			b.WriteString("…\n")
			break
		}
	}
	return b.String()
}

func quote(s string) string { return "`" + strings.ReplaceAll(s, "\x1b", `\e`) + "`" }

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		if n /= 10; n == 0 {
			break
		}
	}
	return string(buf[i:])
}

// Now is the fixed time the tests stamp into reports.
var Now = func() time.Time { return time.Date(2025, 3, 14, 15, 9, 26, 0, time.UTC) }

// NewSource builds a Source for text, splitting lines as CPython does
// (\n, \r\n, \r). cellStarts, for a notebook, lists the 1-based text line
// at which each cell starts.
func NewSource(path, text string, cellStarts ...int) *scan.Source {
	s := &scan.Source{Path: path, Text: text, Lines: []int32{0}}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			fallthrough
		case '\n':
			s.Lines = append(s.Lines, int32(i+1))
		}
	}
	if len(cellStarts) > 0 {
		s.Cells = cells(cellStarts)
	}
	return s
}

// cells is a CellMap: the first text line of each cell.
type cells []int

func (c cells) Cell(line int) (cell, lineInCell int) {
	i := sort.Search(len(c), func(i int) bool { return c[i] > line })
	if i == 0 {
		return 1, line
	}
	return i, line - c[i-1] + 1
}

// Span returns the byte span of the n-th (0-based) occurrence of sub in
// s's text.
func Span(t testing.TB, s *scan.Source, sub string, n int) token.Span {
	t.Helper()
	off := 0
	for {
		i := strings.Index(s.Text[off:], sub)
		if i < 0 {
			t.Fatalf("%s: %q (#%d) not found", s.Path, sub, n)
		}
		if n == 0 {
			return token.Span{Start: int32(off + i), End: int32(off + i + len(sub))}
		}
		n--
		off += i + 1
	}
}

// The sources of Result.
const (
	appPy = `import subprocess
from flask import request


def run(cmd):
	subprocess.call(cmd, shell=True)  # tab-indented
	return 0


def query(db, name):
    sql = (
        "SELECT * FROM users "
        "WHERE name = '%s' "
        "AND active = 1" % name
    )
    return db.execute(sql)


def view():
    user = request.args["user"]
    q = "SELECT * FROM t WHERE u = '" + user + "'"
    return query_db(q)
`
	utilPy    = "# -*- coding: utf-8 -*-\nassert ready  # nosec\nimport requests\nr = requests.get(url,\n                 timeout=None)\n"
	unicodePy = "s = \"h\u00e9llo \U0001d518 \u65e5\u672c\"; v = eval(s)\t# \u2190 eval\n"
	notebook  = "import pickle\nx = 1\ndata = open('d').read()\nobj = pickle.loads(data)\nprint(obj)\n"
	brokenPy  = "def f():\n    return (\n  x = ]\n"
)

// Rules are the rules of Result.
var Rules = []*analysis.Rule{
	{ID: "B101", Name: "assert_used", Title: "Use of assert detected",
		Why: "Assertions are removed when Python runs with -O, so checks that rely on them vanish in production.",
		Bad: "assert user.is_admin", Good: "if not user.is_admin:\n    raise PermissionError",
		Severity: analysis.Low, Confidence: analysis.High, CWE: 703, Default: true},
	{ID: "B113", Name: "request_without_timeout", Title: "Call to requests without timeout",
		Why: "A request without a timeout can hang forever.",
		Bad: "requests.get(url)", Good: "requests.get(url, timeout=10)",
		Severity: analysis.Medium, Confidence: analysis.Low, CWE: 400, Default: true},
	{ID: "B301", Name: "pickle", Title: "Deserialization with pickle",
		Why: "Unpickling untrusted data runs arbitrary code.",
		Bad: "pickle.loads(data)", Good: "json.loads(data)",
		Severity: analysis.Medium, Confidence: analysis.High, CWE: 502, Default: true},
	{ID: "B307", Name: "eval", Title: "Use of eval",
		Why: "eval() runs any expression; use ast.literal_eval for data.",
		Bad: "eval(s)", Good: "ast.literal_eval(s)",
		Severity: analysis.Medium, Confidence: analysis.High, CWE: 78, Default: true},
	{ID: "B602", Name: "subprocess_popen_with_shell_equals_true", Title: "subprocess call with shell=True",
		Why: "With shell=True the command line is parsed by the shell, so any untrusted part of it can inject commands.",
		Bad: "subprocess.call(cmd, shell=True)", Good: "subprocess.call(shlex.split(cmd))",
		Notes:    "Severity is low when the command is a constant string.",
		Severity: analysis.High, Confidence: analysis.High, CWE: 78, Default: true},
	{ID: "B608", Name: "hardcoded_sql_expressions", Title: "SQL built by string formatting",
		Why: "SQL built from strings is open to injection.",
		Bad: "cur.execute(\"SELECT * FROM t WHERE a = '%s'\" % a)", Good: "cur.execute(\"SELECT * FROM t WHERE a = ?\", (a,))",
		Severity: analysis.Medium, Confidence: analysis.Low, CWE: 89, Default: true},
	{ID: "KR601", Name: "sql_injection", Title: "User input reaches an SQL query",
		Why: "Request data flows into a query without parameters.",
		Bad: "db.execute(\"... '\" + request.args[\"u\"] + \"'\")", Good: "db.execute(\"... ?\", (request.args[\"u\"],))",
		Severity: analysis.High, Confidence: analysis.Medium, CWE: 89, Default: true},
}

// Result returns a fresh hand-made Result: several files, a tab-indented
// line, multi-line spans (two lines and four), a notebook cell, Unicode
// beyond the BMP, a suppressed finding, a finding with data-flow steps,
// file errors and a warning.
func Result(t testing.TB) *scan.Result {
	t.Helper()
	app := NewSource("pkg/app.py", appPy)
	util := NewSource("pkg/util.py", utilPy)
	uni := NewSource("pkg/\u00fcnicode.py", unicodePy)
	nb := NewSource("notebooks/explore.ipynb", notebook, 1, 4)
	broken := NewSource("pkg/broken.py", brokenPy)

	r := &scan.Result{
		Version: "0.1.0",
		Files:   6,
		Lines:   48,
		Rules:   Rules,
		Sources: map[string]*scan.Source{
			app.Path: app, util.Path: util, uni.Path: uni, nb.Path: nb, broken.Path: broken,
		},
		Findings: []analysis.Finding{
			{RuleID: "B301", Path: nb.Path, Span: Span(t, nb, "pickle.loads(data)", 0),
				Message:  "Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue.",
				Severity: analysis.Medium, Confidence: analysis.High, CWE: 502},
			{RuleID: "B602", Path: app.Path, Span: Span(t, app, "subprocess.call(cmd, shell=True)", 0),
				Message:  "subprocess call with shell=True identified, security issue.",
				Severity: analysis.High, Confidence: analysis.High, CWE: 78},
			{RuleID: "B608", Path: app.Path,
				Span:     token.Span{Start: Span(t, app, `"SELECT * FROM users "`, 0).Start, End: Span(t, app, "% name", 0).End},
				Line:     11,
				Message:  "Possible SQL injection vector through string-based query construction.",
				Severity: analysis.Medium, Confidence: analysis.Low, CWE: 89},
			{RuleID: "KR601", Path: app.Path, Span: Span(t, app, "query_db(q)", 0),
				Message:  "User input from request.args flows into an SQL query (query_db)",
				Severity: analysis.High, Confidence: analysis.Medium, CWE: 89,
				Related: []analysis.Location{
					{Path: app.Path, Span: Span(t, app, `request.args["user"]`, 0), Message: "request.args[\"user\"] is user input"},
					{Path: app.Path, Span: Span(t, app, `q = "SELECT`, 0), Message: "it is concatenated into q"},
					{Path: app.Path, Span: Span(t, app, "query_db(q)", 0), Message: "q reaches query_db"},
				}},
			{RuleID: "B307", Path: uni.Path, Span: Span(t, uni, "eval(s)", 0),
				Message:  "Use of possibly insecure function - consider using safer ast.literal_eval.",
				Severity: analysis.Medium, Confidence: analysis.High, CWE: 78},
			{RuleID: "B101", Path: util.Path, Span: Span(t, util, "assert ready", 0),
				Message:  "Use of assert detected. The enclosed code will be removed when compiling to optimised byte code.",
				Severity: analysis.Low, Confidence: analysis.High, CWE: 703,
				Suppressed: true, SuppressedBy: "# nosec"},
			{RuleID: "B113", Path: util.Path,
				Span:     token.Span{Start: Span(t, util, "requests.get(", 0).Start, End: Span(t, util, "timeout=None)", 0).End},
				Message:  "Call to requests with timeout set to None: 100%, \"forever\"",
				Severity: analysis.Medium, Confidence: analysis.Low, CWE: 400},
		},
		Errors: []scan.FileError{
			{Path: broken.Path, Line: 3, Column: 7, Message: "invalid syntax"},
			{Path: "pkg/latin.py", Message: "cannot decode file: invalid UTF-8 at byte 17"},
		},
		Warnings: []scan.FileError{
			{Path: util.Path, Line: 2, Column: 15, Message: "# nosec names unknown rule B999"},
		},
	}
	r.Sort()
	return r
}

// Empty returns a Result with no findings, errors or rules.
func Empty() *scan.Result {
	return &scan.Result{Version: "0.1.0", Files: 3, Lines: 20}
}

// The sources of Deps.
const (
	requirementsTxt = "# pinned by pip-compile\ndjango==3.2.0 \\\n    --hash=sha256:0000\nrequests>=2.0,<3\nflask==0.12  # old\n\"not a requirement\n"
	depsAppPy       = "import subprocess\nsubprocess.call(cmd, shell=True)\n"
)

// DepRule is KR901 as the catalogue defines it, for Deps.
var DepRule = &analysis.Rule{ID: analysis.DependencyRule, Name: "vulnerable_dependency",
	Title:       "Dependency with a known vulnerability",
	Why:         "A package version that a published advisory says is vulnerable brings the advisory's risk into the application.",
	Bad:         "# requirements.txt\ndjango==3.2.0",
	Good:        "# requirements.txt\ndjango==3.2.25",
	ExampleLang: "text",
	Notes:       "Findings carry the advisory id as their rule id.",
	Severity:    analysis.Medium, Confidence: analysis.High, CWE: 1395, Default: true}

// Deps returns a Result of a scan with the dependency audit: findings of
// advisories (with aliases and fixes, without a summary, high and default
// severity, "may be affected" on an unpinned range, one suppressed by a
// deps.ignore) beside a Python finding, a located error in the
// requirements file and warnings.
func Deps(t testing.TB) *scan.Result {
	t.Helper()
	req := NewSource("requirements.txt", requirementsTxt)
	app := NewSource("app.py", depsAppPy)
	line := func(sub string) token.Span { return Span(t, req, sub, 0) }
	django := &analysis.Package{Name: "django", Version: "3.2.0"}
	dep := func(id string, span token.Span, pkg *analysis.Package, adv *analysis.Advisory, sev, conf analysis.Level, msg string) analysis.Finding {
		adv.ID = id
		return analysis.Finding{RuleID: id, Path: req.Path, Span: span, Extent: span, Message: msg,
			Severity: sev, Confidence: conf, CWE: 1395, Package: pkg, Advisory: adv}
	}
	r := &scan.Result{
		Version: "0.1.0",
		Files:   2,
		Lines:   8,
		Rules:   append(append([]*analysis.Rule(nil), Rules...), DepRule),
		Sources: map[string]*scan.Source{req.Path: req, app.Path: app},
		Findings: []analysis.Finding{
			{RuleID: "B602", Path: app.Path, Span: Span(t, app, "subprocess.call(cmd, shell=True)", 0),
				Message:  "subprocess call with shell=True identified, security issue.",
				Severity: analysis.High, Confidence: analysis.High, CWE: 78},
			dep("PYSEC-2021-98", line("django==3.2.0 \\"), django,
				&analysis.Advisory{Aliases: []string{"CVE-2021-33203", "GHSA-68w8-qjq3-2gfm"},
					Summary: "Potential directory traversal via admindocs", FixedIn: []string{"2.2.24", "3.1.12", "3.2.4"}},
				analysis.Medium, analysis.High,
				"django 3.2.0: PYSEC-2021-98: Potential directory traversal via admindocs (fixed in 3.2.4)"),
			dep("GHSA-xxxx-yyyy-zzzz", line("django==3.2.0 \\"), django,
				&analysis.Advisory{}, analysis.High, analysis.High,
				"django 3.2.0: GHSA-xxxx-yyyy-zzzz (no fixed version)"),
			dep("PYSEC-2018-28", line("requests>=2.0,<3"), &analysis.Package{Name: "requests", Specifier: ">=2.0,<3"},
				&analysis.Advisory{Summary: "Credentials sent over HTTP after a redirect", FixedIn: []string{"2.20.0"}},
				analysis.Medium, analysis.Low,
				"requests >=2.0,<3: may be affected by PYSEC-2018-28: Credentials sent over HTTP after a redirect (fixed in 2.20.0)"),
			dep("PYSEC-2018-66", line("flask==0.12  # old"), &analysis.Package{Name: "flask", Version: "0.12"},
				&analysis.Advisory{Aliases: []string{"CVE-2018-1000656"}, Summary: "Denial of service via crafted JSON", FixedIn: []string{"0.12.3"}},
				analysis.Medium, analysis.High,
				"flask 0.12: PYSEC-2018-66: Denial of service via crafted JSON (fixed in 0.12.3)"),
		},
		Errors: []scan.FileError{
			{Path: req.Path, Line: 6, Message: "invalid requirement: expected a package name"},
		},
		Warnings: []scan.FileError{
			{Path: req.Path, Line: 4, Message: "requests is not pinned (>=2.0,<3): audited over every version the range allows"},
		},
	}
	r.Findings[4].Suppressed = true
	r.Findings[4].SuppressedBy = "deps.ignore: no JSON endpoints"
	r.Sort()
	return r
}
