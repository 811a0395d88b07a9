package secrets

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/scan"
)

// virtualPath is the path a testdata file is analysed under: its base
// name with "__" for "/" ("tests__test_keys.py" is tests/test_keys.py),
// below pkg/ — the testdata directory itself would make every file a
// test file.
func virtualPath(file string) string {
	return "pkg/" + strings.ReplaceAll(filepath.Base(file), "__", "/")
}

// TestRules checks every rule's testdata with all the KR8xx rules
// running, so that a file also fails when another secret rule reports
// what it should not (a token reported by its rule and the generic one).
func TestRules(t *testing.T) {
	for _, r := range Rules() {
		t.Run(r.ID, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*.py"))
			if len(files) == 0 {
				t.Fatalf("rule %s has no testdata", r.ID)
			}
			sort.Strings(files)
			for _, file := range files {
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				t.Run(filepath.Base(file), func(t *testing.T) {
					analysistest.RunSource(t, virtualPath(file), string(src), Rules(), nil)
				})
			}
		})
	}
}

// TestExamples checks the documentation: each rule reports its Bad
// example, and no secret rule reports a Good one.
func TestExamples(t *testing.T) {
	a := analysis.NewAnalyzer(Rules(), nil)
	for _, r := range Rules() {
		bad := scan.AnalyzeFile("pkg/example.py", []byte(r.Bad), a, scan.FileOptions{})
		if len(bad.Errors) > 0 {
			t.Errorf("%s: Bad does not parse: %v", r.ID, bad.Errors)
		}
		found := false
		for _, f := range bad.Findings {
			if f.RuleID == r.ID {
				found = true
			} else {
				t.Errorf("%s: Bad also reported by %s: %s", r.ID, f.RuleID, f.Message)
			}
		}
		if !found {
			t.Errorf("%s: Bad example not reported", r.ID)
		}
		good := scan.AnalyzeFile("pkg/example.py", []byte(r.Good), a, scan.FileOptions{})
		for _, f := range good.Findings {
			t.Errorf("%s: Good example reported by %s: %s", r.ID, f.RuleID, f.Message)
		}
	}
}

// TestRedaction checks what every finding of the testdata shows of its
// secret: the message has a preview and not the text Redact hides, and
// the fingerprint is a hash. Failures name the finding by file and
// offset, never by its message.
func TestRedaction(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.py"))
	a := analysis.NewAnalyzer(Rules(), nil)
	n := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		res := scan.AnalyzeFile(virtualPath(file), src, a, scan.FileOptions{})
		for _, f := range res.Findings {
			n++
			if len(f.Redact) != 1 || f.Redact[0].End-f.Redact[0].Start < 4 || int(f.Redact[0].End) > len(src) {
				t.Errorf("%s: %s at byte %d: Redact = %v", file, f.RuleID, f.Span.Start, f.Redact)
				continue
			}
			hidden := string(src[f.Redact[0].Start:f.Redact[0].End])
			if strings.Contains(f.Message, hidden) {
				t.Errorf("%s: %s at byte %d: the message shows the hidden text", file, f.RuleID, f.Span.Start)
			}
			if !strings.Contains(f.Message, " characters)") {
				t.Errorf("%s: %s at byte %d: the message has no preview", file, f.RuleID, f.Span.Start)
			}
			if !strings.HasPrefix(f.Fingerprint, "s1:") || len(f.Fingerprint) != 35 {
				t.Errorf("%s: %s at byte %d: fingerprint %q", file, f.RuleID, f.Span.Start, f.Fingerprint)
			}
		}
	}
	if n < 200 {
		t.Errorf("only %d findings in the testdata", n)
	}
}
