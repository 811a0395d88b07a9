package banditjson_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/banditjson"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

func render(t *testing.T, r *scan.Result, now func() time.Time) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := banditjson.Write(&buf, r, report.Options{Now: now}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "report.json", render(t, reporttest.Result(t), reporttest.Now))
	reporttest.Golden(t, "empty.json", render(t, reporttest.Empty(), reporttest.Now))
	reporttest.Golden(t, "deps.json", render(t, reporttest.Deps(t), reporttest.Now))
}

// banditReport is the part of Bandit's JSON that TestBanditParity reads
// back.
type banditReport struct {
	Errors []struct {
		Filename, Reason string
	}
	GeneratedAt string                    `json:"generated_at"`
	Metrics     map[string]map[string]int `json:"metrics"`
	Results     []struct {
		ColOffset       int    `json:"col_offset"`
		EndColOffset    int    `json:"end_col_offset"`
		Filename        string `json:"filename"`
		IssueConfidence string `json:"issue_confidence"`
		IssueCWE        struct {
			ID int `json:"id"`
		} `json:"issue_cwe"`
		IssueSeverity string `json:"issue_severity"`
		IssueText     string `json:"issue_text"`
		LineNumber    int    `json:"line_number"`
		LineRange     []int  `json:"line_range"`
		TestID        string `json:"test_id"`
	}
}

// strRules are the checks that inspect string literals, whose
// line_range Bandit takes from the literal's parent node.
var strRules = map[string]bool{"B104": true, "B105": true, "B108": true}

// TestBanditParity renders the findings of a real Bandit 1.9.4 run and
// compares the output with Bandit's, byte for byte.
//
// testdata/bandit holds a small project (pkg/) and the output of
//
//	bandit -q -r pkg -f json -o bandit-1.9.4.json
//
// run in that directory with Bandit 1.9.4 (installed from its source tree,
// on CPython 3.11). The test rebuilds the Result from Bandit's
// output (positions from line_number, col_offset, end_col_offset and
// line_range, the files' sources, one suppressed finding per nosec and
// skipped_tests that Bandit counted) and checks that krait writes the
// same bytes.
func TestBanditParity(t *testing.T) {
	dir := filepath.Join("testdata", "bandit")
	want, err := os.ReadFile(filepath.Join(dir, "bandit-1.9.4.json"))
	if err != nil {
		t.Fatal(err)
	}
	var b banditReport
	if err := json.Unmarshal(want, &b); err != nil {
		t.Fatal(err)
	}
	now, err := time.Parse(time.RFC3339, b.GeneratedAt)
	if err != nil {
		t.Fatal(err)
	}
	r := &scan.Result{Sources: map[string]*scan.Source{}}
	for path, m := range b.Metrics {
		if path == "_totals" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			t.Fatal(err)
		}
		r.Sources[path] = reporttest.NewSource(path, string(text))
		for i := 0; i < m["nosec"]; i++ {
			r.Findings = append(r.Findings, analysis.Finding{RuleID: "B101", Path: path, Suppressed: true, SuppressedBy: "# nosec"})
		}
		for i := 0; i < m["skipped_tests"]; i++ {
			r.Findings = append(r.Findings, analysis.Finding{RuleID: "B101", Path: path, Suppressed: true, SuppressedBy: "# nosec B101"})
		}
	}
	for _, e := range b.Errors {
		r.Errors = append(r.Errors, scan.FileError{Path: e.Filename, Message: e.Reason})
	}
	for _, res := range b.Results {
		src := r.Sources[res.Filename]
		first, last := res.LineRange[0], res.LineRange[len(res.LineRange)-1]
		start := src.Lines[res.LineNumber-1] + int32(res.ColOffset)
		f := analysis.Finding{
			RuleID: res.TestID, Path: res.Filename, Message: res.IssueText, CWE: res.IssueCWE.ID,
			Span: token.Span{Start: start, End: src.Lines[last-1] + int32(res.EndColOffset)},
		}
		if strRules[res.TestID] {
			// The string is on line_number (one line in this test data);
			// line_range is its parent's.
			f.Span.End = src.Lines[res.LineNumber-1] + int32(res.EndColOffset)
			f.Extent = token.Span{Start: src.Lines[first-1], End: src.Lines[last]}
		}
		if f.Severity, err = analysis.ParseLevel(res.IssueSeverity); err != nil {
			t.Fatal(err)
		}
		if f.Confidence, err = analysis.ParseLevel(res.IssueConfidence); err != nil {
			t.Fatal(err)
		}
		if res.LineNumber != res.LineRange[0] {
			f.Line = res.LineNumber
		}
		r.Findings = append(r.Findings, f)
	}
	got := render(t, r, func() time.Time { return now })
	if !bytes.Equal(got, want) {
		g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("differs from Bandit's output at line %d:\n got: %s\nwant: %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("differs from Bandit's output: %d lines, want %d", len(g), len(w))
	}
}

// TestMoreInfo checks the documentation URLs against the ones Bandit
// 1.9.4 prints, including its special cases.
func TestMoreInfo(t *testing.T) {
	base := "https://bandit.readthedocs.io/en/1.9.4/"
	for id, want := range map[string]string{
		"B101":  base + "plugins/b101_assert_used.html",
		"B324":  base + "plugins/b324_hashlib.html",
		"B509":  base + "plugins/b509_snmp_crypto_check.html",
		"B301":  base + "blacklists/blacklist_calls.html#b301-pickle",
		"B305":  base + "blacklists/blacklist_calls.html#b304-b305-ciphers-and-modes",
		"B313":  base + "blacklists/blacklist_calls.html#b313-b320-xml-bad-celementtree",
		"B413":  base + "blacklists/blacklist_imports.html#b413-import-pycrypto",
		"B999":  base,
		"KR601": report.DefaultRulesURI + "#kr601",
	} {
		r := &scan.Result{Findings: []analysis.Finding{{RuleID: id, Path: "a.py"}}}
		var doc struct {
			Results []struct {
				MoreInfo string `json:"more_info"`
			}
		}
		if err := json.Unmarshal(render(t, r, reporttest.Now), &doc); err != nil {
			t.Fatal(err)
		}
		if got := doc.Results[0].MoreInfo; got != want {
			t.Errorf("%s: more_info = %s, want %s", id, got, want)
		}
	}
}
