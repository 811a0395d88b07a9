package analysis_test

import (
	"errors"
	"fmt"
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

// TestVisitsEveryNode checks that the driver's own traversal reaches
// every node ast.Inspect does, with the same parents.
func TestVisitsEveryNode(t *testing.T) {
	src := `import os
from . import x as y
@dec(a, k=1)
class C(B, metaclass=M):
    def f(self, a: int = 1, /, b=[], *c, d={1: 2}, **e) -> "T":
        global g
        try:
            with open(a) as fh, other():
                pass
        except (E, F) as err:
            raise X from err
        else:
            return [i for i in range(3) if i], {k: v for k, v in d.items()}, (j async for j in z)
        finally:
            del a[0], b.c
        while x := f():
            break
        for i, *rest in y:
            continue
        match p:
            case {"k": [1, *r]} | Point(x=0, y=_) if r:
                lambda q, *, w=2: q + w
            case None | "s" as z:
                pass
        assert f"{a!r:>{w}}" and t"{b}", 'm'
        x: int = -a if b else ~c
        x += await y
        yield from z
        nonlocal_ = yield
        return a[1:2:3], *b, {**d}, {1, 2}, ...
type Alias[T: int = str, *Ts, **P] = list[T]
def g[T](x: T) -> T: ...
`
	f, err := parser.ParseFileOptions("t.py", []byte(src), parser.Options{Version: parser.Python314})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	var stack []ast.Node
	ast.Inspect(f.Module, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		parent := "-"
		if len(stack) > 0 {
			parent = kindName(stack[len(stack)-1])
		}
		want = append(want, kindName(n)+"<"+parent)
		stack = append(stack, n)
		return true
	})
	var got []string
	var kinds []ast.Kind
	for k := ast.Kind(1); k < ast.NumKinds; k++ {
		kinds = append(kinds, k)
	}
	r := &analysis.Rule{ID: "T001", Name: "t", Kinds: kinds, Run: func(p *analysis.Pass, n ast.Node) error {
		parent := "-"
		if p.Parent() != nil {
			parent = kindName(p.Parent())
		}
		got = append(got, kindName(n)+"<"+parent)
		return nil
	}}
	if _, errs := analysis.NewAnalyzer([]*analysis.Rule{r}, nil).Run("t.py", f, semantic.New(f, "t", false)); len(errs) > 0 {
		t.Fatal(errs)
	}
	count := func(xs []string) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	g, w := count(got), count(want)
	for k, n := range w {
		if g[k] != n {
			t.Errorf("%s: visited %d times, ast.Inspect %d", k, g[k], n)
		}
	}
	for k, n := range g {
		if w[k] == 0 {
			t.Errorf("%s: visited %d times, not in ast.Inspect", k, n)
		}
	}
}

func kindName(n ast.Node) string { return strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.") }

// TestRuleWithoutKinds runs a rule that inspects no node (a project-phase
// rule such as KR901, whose findings the dependency audit makes) beside an
// ordinary one: the driver accepts it, never calls it, and the other
// rule's findings are unchanged.
func TestRuleWithoutKinds(t *testing.T) {
	audit := &analysis.Rule{ID: analysis.DependencyRule, Name: "vulnerable_dependency",
		Severity: analysis.Medium, Confidence: analysis.High}
	all := callRule("T001", nil, func(*analysis.Pass, *ast.Call) bool { return true })
	fs, errs, _ := run(t, "f(1)\ng(2)\n", audit, all)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.RuleID+" "+f.Message)
	}
	if want := "T001 f(1)\nT001 g(2)"; strings.Join(got, "\n") != want {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if fs, errs, _ := run(t, "f(1)\n", audit); len(fs) != 0 || len(errs) != 0 {
		t.Errorf("the rule alone: findings %v, errors %v", fs, errs)
	}
}
