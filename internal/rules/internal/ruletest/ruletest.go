// Package ruletest runs krait's own rules over trees of annotated test
// files, where a file's path matters to the rules (settings/prod.py,
// tests/test_app.py).
package ruletest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/scan"
)

// Run checks every rule over its directory testdata/<ID>.
func Run(t *testing.T, rules []*analysis.Rule) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.ID, func(t *testing.T) {
			dir := filepath.Join("testdata", r.ID)
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("rule %s has no testdata: %v", r.ID, err)
			}
			if n := Tree(t, dir, []*analysis.Rule{r}); n == 0 {
				t.Fatalf("no test files in %s", dir)
			}
		})
	}
}

// Tree checks every .py file under dir (in lexical order) against its
// # want annotations with the given rules running, and returns how many
// files it checked. The rules see each file's path relative to dir.
func Tree(t *testing.T, dir string, rules []*analysis.Rule) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".py" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		n++
		t.Run(rel, func(t *testing.T) {
			analysistest.RunSource(t, rel, string(src), rules, nil)
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// Examples checks the documentation: each rule reports its Bad example
// and does not report its Good one. setup gives, per rule, the path its
// examples are analysed under and a prelude put before them: the Django
// settings rules see a fragment of a settings module, and a fragment
// alone is not one. Other rules of the family are not run: a Good
// settings fragment lacks what the "missing setting" rules look for.
func Examples(t *testing.T, rules []*analysis.Rule, setup func(*analysis.Rule) (path, prelude string)) {
	t.Helper()
	for _, r := range rules {
		a := analysis.NewAnalyzer([]*analysis.Rule{r}, nil)
		path, prelude := setup(r)
		for _, ex := range []struct {
			name, src string
			bad       bool
		}{{"Bad", r.Bad, true}, {"Good", r.Good, false}} {
			res := scan.AnalyzeFile(path, []byte(prelude+ex.src), a, scan.FileOptions{})
			for _, e := range res.Errors {
				t.Errorf("%s: %s example: %s", r.ID, ex.name, e.Message)
			}
			if ex.bad && len(res.Findings) == 0 {
				t.Errorf("%s: Bad example not reported:\n%s", r.ID, ex.src)
			}
			for _, f := range res.Findings {
				if !ex.bad {
					t.Errorf("%s: Good example reported: %s", r.ID, f.Message)
				}
			}
		}
	}
}

// Wanted returns the rule ids the # want annotations under dir name,
// with how many times each is named.
func Wanted(t *testing.T, dir string) map[string]int {
	t.Helper()
	ids := map[string]int{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".py" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range wantRe.FindAllStringSubmatch(string(src), -1) {
			for _, item := range strings.Fields(m[1]) {
				if i := strings.IndexByte(item, '('); i >= 0 {
					item = item[:i]
				}
				ids[item]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// wantRe matches a # want annotation (see analysistest) and captures its
// ids.
var wantRe = regexp.MustCompile(`(?m)#\s*want(?:[+-]\d+)?:\s*(.*)$`)
