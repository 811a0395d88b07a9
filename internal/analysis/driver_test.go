package analysis_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
)

func run(t *testing.T, src string, rules ...*analysis.Rule) ([]analysis.Finding, []error, *ast.File) {
	t.Helper()
	f, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := analysis.NewAnalyzer(rules, nil)
	fs, errs := a.Run("t.py", f, semantic.New(f, "t", false))
	return fs, errs, f
}

func callRule(id string, callees []string, report func(p *analysis.Pass, c *ast.Call) bool) *analysis.Rule {
	r := &analysis.Rule{ID: id, Name: strings.ToLower(id), Severity: analysis.Low, Confidence: analysis.High,
		Kinds: []ast.Kind{ast.CallKind},
		Run: func(p *analysis.Pass, n ast.Node) error {
			if report(p, n.(*ast.Call)) {
				p.Reportf(n, "%s", p.Text(n))
			}
			return nil
		}}
	if callees != nil {
		r.Callees = func(any) []string { return callees }
	}
	return r
}

func TestCalleeDispatch(t *testing.T) {
	src := "from subprocess import call as run\nimport os\nrun('a')\nos.system('b')\nsystem = os.popen\nsystem('c')\nf()('d')\n"
	all := callRule("T001", nil, func(*analysis.Pass, *ast.Call) bool { return true })
	byName := callRule("T002", []string{"call", "popen"}, func(*analysis.Pass, *ast.Call) bool { return true })
	fs, errs, _ := run(t, src, all, byName)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.RuleID+" "+f.Message)
	}
	want := []string{
		"T001 run('a')", "T002 run('a')",
		"T001 os.system('b')",
		"T001 system('c')", "T002 system('c')",
		"T001 f()('d')", "T001 f()",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPanicAndError(t *testing.T) {
	src := "a()\nb()\nc()\n"
	bad := callRule("T001", nil, func(p *analysis.Pass, c *ast.Call) bool {
		if p.Text(c) == "b()" {
			panic("boom")
		}
		return true
	})
	failing := &analysis.Rule{ID: "T002", Name: "t002", Kinds: []ast.Kind{ast.CallKind},
		Run: func(p *analysis.Pass, n ast.Node) error {
			if p.Text(n) == "c()" {
				return errors.New("cannot")
			}
			p.Reportf(n, "ok")
			return nil
		}}
	fs, errs, _ := run(t, src, bad, failing)
	if len(errs) != 2 {
		t.Fatalf("errors %v, want a panic of T001 and an error of T002", errs)
	}
	var re *analysis.RuleError
	if !errors.As(errs[0], &re) || re.RuleID != "T001" || re.Line != 2 || !strings.Contains(re.Error(), "boom") {
		t.Errorf("first error %v", errs[0])
	}
	if !errors.As(errs[1], &re) || re.RuleID != "T002" || re.Line != 3 {
		t.Errorf("second error %v", errs[1])
	}
	// T001 is dropped after its panic; T002 reports a() and b() once each.
	if len(fs) != 2 || fs[0].RuleID != "T002" || fs[1].RuleID != "T002" {
		t.Errorf("findings %+v", fs)
	}
}

func TestStateAndStmt(t *testing.T) {
	key := analysis.NewStateKey(func() any { return new(int) })
	var counts []int
	r := &analysis.Rule{ID: "T001", Name: "t", Kinds: []ast.Kind{ast.ConstantKind},
		Run: func(p *analysis.Pass, n ast.Node) error {
			c := p.State(key).(*int)
			*c++
			counts = append(counts, *c)
			if !p.Enabled("T001") || p.Enabled("T999") {
				t.Error("Enabled")
			}
			p.Reportf(n, "x")
			return nil
		}}
	fs, _, f := run(t, "if (x ==\n    1):\n    y = 2\n", r)
	if len(counts) != 2 || counts[1] != 2 {
		t.Errorf("state counts %v", counts)
	}
	// The finding in the if test has the if header as statement; the one
	// in the body its assignment.
	if got := f.Src[fs[0].Stmt.Start:fs[0].Stmt.End]; !strings.HasPrefix(got, "if (x ==\n    1):") || strings.Contains(got, "y = 2") {
		t.Errorf("stmt of the first finding %q", got)
	}
	if got := f.Src[fs[1].Stmt.Start:fs[1].Stmt.End]; got != "y = 2" {
		t.Errorf("stmt of the second finding %q", got)
	}
	if fs[0].Extent != fs[0].Span || fs[0].Severity != analysis.Undefined && fs[0].Severity != r.Severity {
		t.Errorf("defaults %+v", fs[0])
	}
}
