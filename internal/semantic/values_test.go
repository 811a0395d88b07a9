package semantic

import (
	"testing"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
)

// lastValue parses src and returns the model, the module scope and the
// value of the last statement's expression ("x" in "... \nx").
func lastValue(t *testing.T, src string) (*Model, *Scope, ast.Expr) {
	t.Helper()
	f, err := parser.ParseString("t.py", src)
	if err != nil {
		t.Fatal(err)
	}
	m := New(f, "t", false)
	body := f.Module.Body
	e, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		t.Fatalf("%q: last statement is not an expression", src)
	}
	return m, m.Module, e.Value
}

func TestConstInt(t *testing.T) {
	for src, want := range map[string]int64{
		"600_000":                          600000,
		"2**14":                            16384,
		"-5":                               -5,
		"1 << 20":                          1048576,
		"N = 10_000\nN":                    10000,
		"N = 2\nM = N * 1000\nM":           2000,
		"-7 // 2":                          -4,
		"-7 % 3":                           2,
		"True + 1":                         2,
		"(64 * 1024)":                      65536,
		"ITER = 1000\ndef f(): pass\nITER": 1000,
	} {
		m, s, e := lastValue(t, src)
		got, ok := m.ConstInt(s, e)
		if !ok || got != want {
			t.Errorf("ConstInt(%q) = %d, %v; want %d", src, got, ok, want)
		}
	}
	for _, src := range []string{
		"x",
		"N = 1\nN = 2\nN", // rebound: not a constant
		"1 / 2",
		"1 // 0",
		"2 ** 100",
		"99999999999999999999",
		"'a'",
		"f()",
		"None",
	} {
		m, s, e := lastValue(t, src)
		if got, ok := m.ConstInt(s, e); ok {
			t.Errorf("ConstInt(%q) = %d, want unknown", src, got)
		}
	}
}

func TestConstBool(t *testing.T) {
	for src, want := range map[string]bool{
		"True":                true,
		"False":               false,
		"not True":            false,
		"DEBUG = True\nDEBUG": true,
	} {
		m, s, e := lastValue(t, src)
		got, ok := m.ConstBool(s, e)
		if !ok || got != want {
			t.Errorf("ConstBool(%q) = %v, %v; want %v", src, got, ok, want)
		}
	}
	for _, src := range []string{"0", "None", "''", "x", "D = True\nD = False\nD", "os.environ.get('X')"} {
		m, s, e := lastValue(t, src)
		if got, ok := m.ConstBool(s, e); ok {
			t.Errorf("ConstBool(%q) = %v, want unknown", src, got)
		}
	}
}

func TestValueOf(t *testing.T) {
	f, err := parser.ParseString("t.py", "k = os.urandom(16)\nuse(k)\nk = b'x'\nuse(k)\ndef f(p):\n    use(p)\n")
	if err != nil {
		t.Fatal(err)
	}
	m := New(f, "t", false)
	var got []string
	ast.Inspect(f.Module, func(n ast.Node) bool {
		c, ok := n.(*ast.Call)
		if !ok || DottedName(c.Func) != "use" {
			return true
		}
		s := m.Module
		if fd, ok := f.Module.Body[len(f.Module.Body)-1].(*ast.FunctionDef); ok && c.Start > fd.Start {
			s = m.ScopeOf(fd)
		}
		v, _ := m.ValueOf(s, c.Args[0].(*ast.Name))
		if v == nil {
			got = append(got, "nil")
		} else {
			sp := v.Span()
			got = append(got, f.Src[sp.Start:sp.End])
		}
		return true
	})
	want := []string{"os.urandom(16)", "b'x'", "nil"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("use %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
