package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// jsonReport is krait's json format as a consumer decodes it (see
// internal/report/json).
type jsonReport struct {
	Version  string        `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
	Summary  struct {
		Files      int `json:"files"`
		Findings   int `json:"findings"`
		Errors     int `json:"errors"`
		Suppressed int `json:"suppressed"`
	} `json:"summary"`
}

type jsonFinding struct {
	RuleID       string  `json:"rule_id"`
	RuleName     string  `json:"rule_name"`
	Path         string  `json:"path"`
	Cell         int     `json:"cell"`
	Line         int     `json:"line"`
	Column       int     `json:"column"`
	EndLine      int     `json:"end_line"`
	EndColumn    int     `json:"end_column"`
	Severity     string  `json:"severity"`
	Confidence   string  `json:"confidence"`
	CWE          int     `json:"cwe"`
	Message      string  `json:"message"`
	Snippet      string  `json:"snippet"`
	Suppressed   bool    `json:"suppressed"`
	SuppressedBy *string `json:"suppressed_by"`
	Fingerprint  string  `json:"fingerprint"`
	Output       bool    `json:"output"`
}

type jsonError struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// decodeJSONReport parses the output of --format json, failing the test
// when it is not a valid report.
func decodeJSONReport(t *testing.T, out string) jsonReport {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json output does not parse: %v\n%s", err, out)
	}
	if rep.Findings == nil || rep.Errors == nil {
		t.Fatalf("json output lacks findings or errors lists:\n%s", out)
	}
	return rep
}

// scanJSON runs "krait scan --format json ARGS" in-process and decodes the
// report.
func scanJSON(t *testing.T, args ...string) (code int, rep jsonReport, stderr string) {
	t.Helper()
	code, out, stderr := run(append([]string{"scan", "--format", "json"}, args...)...)
	if code == exitError {
		t.Fatalf("krait scan %s: exit %d\nstderr: %s", strings.Join(args, " "), code, stderr)
	}
	return code, decodeJSONReport(t, out), stderr
}

// where names a finding as "B602 path:line", or "B602 path:line (suppressed)".
func (f jsonFinding) where() string {
	s := fmt.Sprintf("%s %s:%d", f.RuleID, f.Path, f.Line)
	if f.Suppressed {
		s += " (suppressed)"
	}
	return s
}

// reported returns where() of every finding of rep, in report order;
// suppressed findings only when withSuppressed.
func reported(rep jsonReport, withSuppressed bool) []string {
	out := []string{}
	for _, f := range rep.Findings {
		if !f.Suppressed || withSuppressed {
			out = append(out, f.where())
		}
	}
	return out
}

// expectFindings compares the unsuppressed findings of rep with want
// (where() strings, any order).
func expectFindings(t *testing.T, what string, rep jsonReport, want ...string) {
	t.Helper()
	got := reported(rep, false)
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: findings\n  %s\nwant\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// findingOf returns the first finding of rule at path:line, or nil.
func findingOf(rep jsonReport, rule, path string, line int) *jsonFinding {
	for i, f := range rep.Findings {
		if f.RuleID == rule && f.Path == path && f.Line == line {
			return &rep.Findings[i]
		}
	}
	return nil
}

// bigPython returns a valid Python module of at least size bytes, in the
// shape of generated code: many small functions, and with blobs a long
// string constant after every other one (most of the bytes, then). Its
// findings are a B404 on line 1, a B602 at a line in the middle and a B101
// on its last line, whose numbers it returns.
func bigPython(size int, blobs bool) (src []byte, b602Line, b101Line int) {
	var b bytes.Buffer
	b.Grow(size + 1<<16)
	b.WriteString("import subprocess\n\n")
	line := 3
	blob := strings.Repeat("0123456789abcdef", 256) // 4 KiB
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "def handler_%d(request, data=None):\n", i)
		fmt.Fprintf(&b, "    table = {\"id\": %d, \"name\": \"item_%d\", \"values\": [%d, %d.5, -%d]}\n", i, i, i, i, i)
		b.WriteString("    if data and table[\"id\"] > 0:\n")
		b.WriteString("        return table[\"values\"][0] + len(data)\n")
		b.WriteString("    return None\n")
		line += 5
		if blobs && i%2 == 0 {
			fmt.Fprintf(&b, "BLOB_%d = \"%s\"\n", i, blob)
			line++
		}
		if b602Line == 0 && b.Len() >= size/2 {
			b.WriteString("def run(cmd):\n    subprocess.call(cmd, shell=True)\n")
			b602Line = line + 1
			line += 2
		}
	}
	b.WriteString("assert BLOB_0\n")
	return b.Bytes(), b602Line, line
}
