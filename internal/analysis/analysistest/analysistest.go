// Package analysistest runs rules over annotated Python test files and
// checks that they report exactly what the annotations say.
//
// An annotation is a comment "# want: ID ..." naming the rules expected to
// report on its line; "# want+N: ..." and "# want-N: ..." refer to the
// line N below or above (for findings on lines that cannot hold a comment,
// like the inside of a multi-line string). An id may carry the expected
// severity and confidence: "B602(high/high)" or "B602(low)". A finding
// without an annotation, and an annotation without its finding, both fail
// the test. Suppression comments (# nosec) are applied, so their effect
// can be tested too.
package analysistest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/internal/suppress"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
)

var (
	wantRe = regexp.MustCompile(`#\s*want([+-]\d+)?:\s*(.*)$`)
	itemRe = regexp.MustCompile(`^([A-Z]+[0-9]+)(?:\(([a-z]+)(?:/([a-z]+))?\))?$`)
)

// expectation is one expected finding.
type expectation struct {
	line                 int
	id                   string
	severity, confidence string
	met                  bool
}

// Run checks every .py file in dir (sorted) against its annotations, with
// the given rules running. options maps rule ids to configured options.
func Run(t *testing.T, dir string, rules []*analysis.Rule, options map[string]any) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no test files in %s", dir)
	}
	sort.Strings(files)
	a := analysis.NewAnalyzer(rules, options)
	names := make(map[string]string)
	for _, r := range rules {
		names[r.ID] = r.Name
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			check(t, path, src, a, names)
		})
	}
}

// RunSource checks one in-memory source against its annotations.
func RunSource(t *testing.T, name, src string, rules []*analysis.Rule, options map[string]any) {
	t.Helper()
	names := make(map[string]string)
	for _, r := range rules {
		names[r.ID] = r.Name
	}
	check(t, name, []byte(src), analysis.NewAnalyzer(rules, options), names)
}

func check(t *testing.T, path string, src []byte, a *analysis.Analyzer, names map[string]string) {
	t.Helper()
	f, err := parser.ParseFile(path, src)
	if err != nil {
		t.Fatalf("test file does not parse: %v", err)
	}
	want, err := expectations(f)
	if err != nil {
		t.Fatal(err)
	}
	res := scan.AnalyzeParsed(path, f, a, scan.FileOptions{Resolve: resolver(names)})
	for _, e := range res.Errors {
		t.Errorf("%s:%d: %s", e.Path, e.Line, e.Message)
	}
	for _, fd := range res.Findings {
		if fd.Suppressed {
			continue
		}
		line := fd.Line
		if line == 0 {
			line = f.Position(fd.Span.Start).Line
		}
		matched := false
		for _, w := range want {
			if w.met || w.line != line || w.id != fd.RuleID {
				continue
			}
			if w.severity != "" && w.severity != fd.Severity.String() || w.confidence != "" && w.confidence != fd.Confidence.String() {
				t.Errorf("%s:%d: %s reported as %s/%s, want %s/%s: %s", path, line, fd.RuleID,
					fd.Severity, fd.Confidence, w.severity, orAny(w.confidence), fd.Message)
			}
			w.met = true
			matched = true
			break
		}
		if !matched {
			t.Errorf("%s:%d: unexpected %s (%s/%s): %s", path, line, fd.RuleID, fd.Severity, fd.Confidence, fd.Message)
		}
	}
	for _, w := range want {
		if !w.met {
			t.Errorf("%s:%d: expected %s, not reported", path, w.line, w.id)
		}
	}
}

// resolver resolves rule ids and the rules' names.
func resolver(names map[string]string) func(string) string {
	return func(w string) string {
		for id, name := range names {
			if w == id || w == name {
				return id
			}
		}
		if suppress.IsCode(w) {
			return w
		}
		return ""
	}
}

func orAny(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

// expectations reads the # want annotations of a file.
func expectations(f *ast.File) ([]*expectation, error) {
	var out []*expectation
	for _, c := range f.Comments {
		m := wantRe.FindStringSubmatch(f.Src[c.Start:c.End])
		if m == nil {
			continue
		}
		line := f.Position(c.Start).Line
		if m[1] != "" {
			d, _ := strconv.Atoi(m[1])
			line += d
		}
		for _, item := range strings.Fields(m[2]) {
			im := itemRe.FindStringSubmatch(item)
			if im == nil {
				return nil, fmt.Errorf("%s:%d: bad annotation item %q", f.Name, line, item)
			}
			out = append(out, &expectation{line: line, id: im[1], severity: im[2], confidence: im[3]})
		}
	}
	return out, nil
}
