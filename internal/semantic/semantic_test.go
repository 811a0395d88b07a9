package semantic

import (
	"testing"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
)

// calls parses src and returns, for each call in it, the qualified name of
// its callee, keyed by "line:dotted callee text".
func calls(t *testing.T, src, module string, pkg bool) map[string]string {
	t.Helper()
	f, err := parser.ParseString("t.py", src)
	if err != nil {
		t.Fatal(err)
	}
	m := New(f, module, pkg)
	out := make(map[string]string)
	var scopes []*Scope
	ast.Inspect(f.Module, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		if s := m.ScopeOf(n); s != nil {
			scopes = append(scopes, s)
		}
		if c, ok := n.(*ast.Call); ok {
			s := innermost(m, scopes, c)
			key := itoa(f.Position(c.Start).Line) + ":" + DottedName(c.Func)
			out[key] = m.QualifiedName(s, c.Func)
		}
		return true
	})
	return out
}

// innermost returns the innermost scope whose node contains n.
func innermost(m *Model, scopes []*Scope, n ast.Node) *Scope {
	best := m.Module
	for _, s := range scopes {
		sp := s.Node.Span()
		if sp.Start <= n.Span().Start && n.Span().End <= sp.End && s != m.Module {
			best = s
		}
	}
	return best
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestQualifiedNames(t *testing.T) {
	src := `import subprocess as sp
from os import system as run, path
import os.path
import xml.etree.ElementTree as ET
from . import helpers
from ..util import tool
sp.Popen("ls")
run("ls")
os.path.join("a")
ET.parse("f")
helpers.go()
tool()
eval("1")
popen = sp.Popen
popen("x")
def f(sp):
    sp.call("x")
def g():
    import pickle as p
    p.loads(b"")
    run("y")
class C:
    run = print
    def m(self):
        run("z")
open = lambda *a: 0
open("f")
undefined.thing()
`
	got := calls(t, src, "pkg.sub.mod", false)
	want := map[string]string{
		"7:sp.Popen":         "subprocess.Popen",
		"8:run":              "os.system",
		"9:os.path.join":     "os.path.join",
		"10:ET.parse":        "xml.etree.ElementTree.parse",
		"11:helpers.go":      "pkg.sub.helpers.go",
		"12:tool":            "pkg.util.tool",
		"13:eval":            "eval",
		"15:popen":           "subprocess.Popen",
		"17:sp.call":         "", // a parameter shadows the import
		"20:p.loads":         "pickle.loads",
		"21:run":             "os.system",
		"25:run":             "os.system", // the class attribute is not visible in methods
		"27:open":            "",          // rebound to a lambda
		"28:undefined.thing": "",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %q, want %q", k, got[k], w)
		}
	}
}

func TestRelativeImports(t *testing.T) {
	m := &Model{ModuleName: "a.b.c", IsPackage: false}
	for _, tc := range []struct {
		mod   string
		level int
		want  string
	}{
		{"x", 0, "x"}, {"x", 1, "a.b.x"}, {"", 1, "a.b"}, {"x", 2, "a.x"}, {"x", 4, ""},
	} {
		if got := m.ResolveImport(tc.mod, tc.level); got != tc.want {
			t.Errorf("ResolveImport(%q, %d) = %q, want %q", tc.mod, tc.level, got, tc.want)
		}
	}
	pkg := &Model{ModuleName: "a.b", IsPackage: true}
	if got := pkg.ResolveImport("x", 1); got != "a.b.x" {
		t.Errorf("in a package: %q", got)
	}
}

func TestConstants(t *testing.T) {
	src := `BASE = "SELECT * FROM "
name = input()
q1 = BASE + "users"
q2 = "a %s b %d %r" % ("x", 3, "y")
q3 = "{} and {1} {k}".format("p", "q", k=7)
q4 = f"id={1} name={'n'!r}"
q5 = ", ".join(["a", "b"])
q6 = BASE + name
q7 = "%x" % 255
`
	f, err := parser.ParseString("t.py", src)
	if err != nil {
		t.Fatal(err)
	}
	m := New(f, "", false)
	value := func(i int) ast.Expr { return f.Module.Body[i].(*ast.Assign).Value }
	for i, want := range map[int]string{
		2: "SELECT * FROM users", 3: "a x b 3 'y'", 4: "p and q 7", 5: "id=1 name='n'", 6: "a, b",
	} {
		got, ok := m.ConstString(m.Module, value(i))
		if !ok || got != want {
			t.Errorf("statement %d: %q %v, want %q", i+1, got, ok, want)
		}
	}
	if _, ok := m.ConstString(m.Module, value(7)); ok || m.IsConstant(m.Module, value(7)) {
		t.Error("BASE + input() is not constant")
	}
	if _, ok := m.ConstString(m.Module, value(8)); ok || !m.IsConstant(m.Module, value(8)) {
		t.Errorf("'%%x' %% 255 is constant but not evaluated")
	}
}
