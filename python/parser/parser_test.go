package parser

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/krait-dev/krait/python/ast"
)

// expectSyntaxError checks that src fails to parse with want,
// "LINE:COL: KIND: MESSAGE" (COL as CPython's SyntaxError.offset).
func expectSyntaxError(t *testing.T, src, want string) {
	t.Helper()
	_, err := ParseString("t.py", src)
	if err == nil {
		t.Errorf("%q: parsed, want error %s", src, want)
		return
	}
	se := err.(*SyntaxError)
	got := fmt.Sprintf("%d:%d: %s: %s", se.Line, se.Col, se.Kind, se.Msg)
	if got != want {
		t.Errorf("%q:\n got  %s\n want %s", src, got, want)
	}
}

func TestSyntaxErrors(t *testing.T) {
	expectSyntaxError(t, "x = (1, 2", "1:5: SyntaxError: '(' was never closed")
	expectSyntaxError(t, "x = 1)", "1:6: SyntaxError: unmatched ')'")
	expectSyntaxError(t, "if x\n    pass\n", "1:5: SyntaxError: expected ':'")
	expectSyntaxError(t, "def f(:\n", "1:7: SyntaxError: invalid syntax")
	expectSyntaxError(t, "x = 'abc\n", "1:5: SyntaxError: unterminated string literal (detected at line 1)")
	expectSyntaxError(t, "s = '''\n\n", "1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 2)")
	expectSyntaxError(t, "if x:\n\tpass\n        pass\n", "3:1: TabError: inconsistent use of tabs and spaces in indentation")
	expectSyntaxError(t, "if x:\n    a\n  b\n", "3:4: IndentationError: unindent does not match any outer indentation level")
	expectSyntaxError(t, "  x = 1\n", "1:3: IndentationError: unexpected indent")
	expectSyntaxError(t, "if x:\ny\n", "2:1: IndentationError: expected an indented block after 'if' statement on line 1")
	expectSyntaxError(t, "f(**a, *b)", "1:8: SyntaxError: iterable argument unpacking follows keyword argument unpacking")
	expectSyntaxError(t, "f(a=1, b)", "1:8: SyntaxError: positional argument follows keyword argument")
	expectSyntaxError(t, "f(x for x in y, 1)", "1:3: SyntaxError: Generator expression must be parenthesized")
	expectSyntaxError(t, "None = 1", "1:1: SyntaxError: cannot assign to None")
	expectSyntaxError(t, "f() = 1", "1:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?")
	expectSyntaxError(t, "del f()", "1:5: SyntaxError: cannot delete function call")
	expectSyntaxError(t, "for 1 in x: pass", "1:5: SyntaxError: cannot assign to literal")
	expectSyntaxError(t, "print 'hello'", "1:1: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?")
	expectSyntaxError(t, "[a b]", "1:2: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
	expectSyntaxError(t, "x = 1 if y", "1:5: SyntaxError: expected 'else' after 'if' expression")
	expectSyntaxError(t, "def f(a=1, b): pass", "1:12: SyntaxError: parameter without a default follows parameter with a default")
	expectSyntaxError(t, "try:\n    pass\nx = 1\n", "3:1: SyntaxError: expected 'except' or 'finally' block")
	expectSyntaxError(t, "x = 0777", "1:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	expectSyntaxError(t, "x = 1_", "1:6: SyntaxError: invalid decimal literal")
	expectSyntaxError(t, "x = 0o8", "1:7: SyntaxError: invalid digit '8' in octal literal")
	expectSyntaxError(t, "x = b'é'", "1:5: SyntaxError: bytes can only contain ASCII literal characters")
	expectSyntaxError(t, `x = "\N{NO SUCH NAME}"`, "1:5: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name")
	expectSyntaxError(t, `x = "\x1"`, "1:5: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape")
	expectSyntaxError(t, "x = f'{'", "1:8: SyntaxError: f-string: expecting '}'")
	expectSyntaxError(t, "x = f'{a!x}'", "1:10: SyntaxError: f-string: invalid conversion character 'x': expected 's', 'r', or 'a'")
	expectSyntaxError(t, "x = f'{}'", "1:8: SyntaxError: f-string: valid expression required before '}'")
	expectSyntaxError(t, "x = f'{lambda x: 1}'", "1:8: SyntaxError: f-string: lambda expressions are not allowed without parentheses")
	expectSyntaxError(t, "x = 'a' b'c'", "1:13: SyntaxError: cannot mix bytes and nonbytes literals")
	expectSyntaxError(t, `x = "a" b"c" "d"`, "1:17: SyntaxError: cannot mix bytes and nonbytes literals")
	expectSyntaxError(t, "match x:\n    case {**_}: pass\n", "2:13: SyntaxError: invalid syntax")
	expectSyntaxError(t, "if x:\n  if y:\n    a\n   b\n", "4:5: IndentationError: unindent does not match any outer indentation level")
	expectSyntaxError(t, "x = 1\ny = \\ 1\n", "2:6: SyntaxError: unexpected character after line continuation character")
	expectSyntaxError(t, "class C(x for x in y): pass", "1:8: SyntaxError: invalid syntax")
	expectSyntaxError(t, "x = \\ 1", "1:6: SyntaxError: unexpected character after line continuation character")
	expectSyntaxError(t, "x = 1\x0b", "1:6: SyntaxError: invalid non-printable character U+000B")
	expectSyntaxError(t, "x = €", "1:5: SyntaxError: invalid character '€' (U+20AC)")
	expectSyntaxError(t, "def f[](): pass", "1:7: SyntaxError: Type parameter list cannot be empty")
	expectSyntaxError(t, "with (a as b)\n    pass\n", "1:14: SyntaxError: expected ':'")
	expectSyntaxError(t, "x = "+strings.Repeat("(", 201)+"1"+strings.Repeat(")", 201), "1:205: SyntaxError: too many nested parentheses")
	expectSyntaxError(t, "x = -"+strings.Repeat("-", 6000)+"1", "1:5973: MemoryError: Parser stack overflowed - Python source too complex to parse")
}

// TestParseAPI covers the public entry points and positions.
func TestParseAPI(t *testing.T) {
	f, err := ParseFile("a.py", []byte("\xef\xbb\xbfé = 'ü'  # note\r\nprint(é)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Module.Body) != 2 || len(f.Comments) != 1 || f.Src[f.Comments[0].Start:f.Comments[0].End] != "# note" {
		t.Fatalf("body %d comments %v", len(f.Module.Body), f.Comments)
	}
	assign := f.Module.Body[0].(*ast.Assign)
	c := assign.Value.(*ast.Constant)
	if c.Value.Str != "ü" || f.Position(c.Start) != (ast.Position{Line: 1, Col: 5}) {
		t.Errorf("constant %q at %v", c.Value.Str, f.Position(c.Start))
	}
	call := f.Module.Body[1].(*ast.ExprStmt).Value.(*ast.Call)
	if got := f.Position(call.End); got != (ast.Position{Line: 2, Col: 9}) {
		t.Errorf("call ends at %v, want 2:9", got)
	}
	if f.LineText(1) != "é = 'ü'  # note" {
		t.Errorf("LineText(1) = %q", f.LineText(1))
	}
	name := call.Args[0].(*ast.Name)
	if name.ID != "é" {
		t.Errorf("name %q", name.ID)
	}
	// NFKC normalisation of identifiers: the ligature ﬁ is "fi".
	f, err = ParseString("b.py", "ﬁle = 1\n")
	if err != nil {
		t.Fatal(err)
	}
	if id := f.Module.Body[0].(*ast.Assign).Targets[0].(*ast.Name).ID; id != "file" {
		t.Errorf("NFKC: got %q, want file", id)
	}
}

// TestVersions checks the few places where the 3.13 and 3.14 trees differ.
func TestVersions(t *testing.T) {
	dump := func(src string, v Version) string {
		f, err := ParseStringOptions("v.py", src, Options{Version: v})
		if err != nil {
			return "error: " + err.Error()
		}
		return ast.Dump(f, f.Module)
	}
	src := `f"{x!=y=}"`
	if d := dump(src, Python313); !strings.Contains(d, "Constant(value='x',") {
		t.Errorf("3.13 debug text: %s", d)
	}
	if d := dump(src, Python314); !strings.Contains(d, "Constant(value='x!=y=',") {
		t.Errorf("3.14 debug text: %s", d)
	}
	if d := dump("from __future__ import barry_as_FLUFL\n1 <> 2\n", Python313); !strings.HasPrefix(d, "error:") {
		t.Errorf("3.13 accepted <>: %s", d)
	}
	if d := dump("from __future__ import barry_as_FLUFL\n1 <> 2\n", Python314); !strings.Contains(d, "NotEq") {
		t.Errorf("3.14 rejected <>: %s", d)
	}
}

// TestRobustness feeds inputs that break naive parsers; each must give a
// result or an error, quickly.
func TestRobustness(t *testing.T) {
	big := strings.Repeat("def f(a, b=1, *c, **d):\n    return [x ** 2 for x in range(a) if x % b]\n\n", 10<<20/70)
	for _, tc := range []struct {
		name  string
		src   string
		valid bool
	}{
		{"10 MB file", big, true},
		{"10,000 nested parentheses", strings.Repeat("(", 10000) + strings.Repeat(")", 10000), false},
		{"10,000 nested brackets", "x = " + strings.Repeat("[", 10000), false},
		{"1 MB line", "x = [" + strings.Repeat("1, ", 1<<20/3) + "]\n", true},
		{"1 MB string", "x = '" + strings.Repeat("a", 1<<20) + "'\n", true},
		{"invalid UTF-8", "x = '\xff\xfe'\n", false},
		{"binary", string([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0}), false},
		{"100,000 unary minus", "x = " + strings.Repeat("-", 100000) + "1\n", false},
		{"100,000 lambdas", strings.Repeat("lambda: ", 100000) + "1\n", false},
		{"deep f-strings", strings.Repeat("f'{", 200) + strings.Repeat("}'", 200), false},
		{"long chain", "x = 1" + strings.Repeat(" + 1", 200000) + "\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			f, err := ParseFile("r.py", []byte(tc.src))
			d := time.Since(start)
			if (err == nil) != tc.valid {
				t.Errorf("err = %v, want valid=%v", err, tc.valid)
			}
			if err == nil && f.Module == nil {
				t.Error("no module")
			}
			if err != nil && !utf8.ValidString(err.Error()) && !strings.Contains(err.Error(), "unicode error") {
				t.Errorf("error message is not UTF-8: %q", err)
			}
			// Each input takes well under a second on an idle machine (see
			// the log); the bound leaves room for loaded CI machines.
			if d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			t.Logf("%d bytes in %v", len(tc.src), d)
		})
	}
}

// FuzzParse checks that the parser never panics or hangs, that every error
// is a located *SyntaxError, and that a parsed tree dumps and has spans
// inside the source.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "def f(a, /, b=2, *c, d, **e) -> int:\n    return a\n",
		"class C[T: int](B, metaclass=M):\n    x: int = 1\n",
		"match p:\n    case {'a': [1, *r], **k} if r: pass\n    case C(x=1) | None: pass\n",
		"f'{a!r:>{w}.{p}} {b=}'", "t'{x:{y}}'", "with (a as b, c): pass\n", "try:\n pass\nexcept* E:\n pass\n",
		"lambda *a, **k: (yield)", "x = [i async for i in y if i]", "@d\nasync def f(): await x ** 2\n",
		"type X[T = int] = list[T]\n", "del a[1:2, ::3], b.c\n", "global a; nonlocal b\n",
		"from .. import (a as b,)\n", "print 'x'\n", "x = (1, 2", "if x:\n\tpass\n        pass\n",
		"'\\N{BULLET}' b'\\x00' rb'\\d' u'x'", "0x_ff 1_0.0e-1_0j 0o7 0b1", "x: 'int' = ...",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := ParseString("fuzz.py", src)
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok || se.Msg == "" || se.Line < 0 {
				t.Fatalf("bad error %#v", err)
			}
			return
		}
		_ = ast.Dump(file, file.Module)
		checkSpans(t, file, file.Module)
	})
}

// checkSpans walks the statements and expressions of a tree and checks
// that every span lies inside the source and that children lie inside
// their parents.
func checkSpans(t *testing.T, f *ast.File, m *ast.Module) {
	n := int32(len(f.Src))
	var visitStmts func(parent ast.Range, body []ast.Stmt)
	var visitExpr func(parent ast.Range, e ast.Expr)
	check := func(parent ast.Range, s ast.Range, what any) {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("%T span [%d,%d) outside [0,%d)", what, s.Start, s.End, n)
		}
		if s.Start < parent.Start || s.End > parent.End {
			t.Fatalf("%T span [%d,%d) outside parent [%d,%d)", what, s.Start, s.End, parent.Start, parent.End)
		}
	}
	visitExpr = func(parent ast.Range, e ast.Expr) {
		if e == nil {
			return
		}
		r := ast.RangeOf(e.Span())
		check(parent, r, e)
		switch e := e.(type) {
		case *ast.BinOp:
			visitExpr(r, e.Left)
			visitExpr(r, e.Right)
		case *ast.Call:
			visitExpr(r, e.Func)
			for _, a := range e.Args {
				visitExpr(r, a)
			}
		case *ast.Attribute:
			visitExpr(r, e.Value)
		case *ast.Subscript:
			visitExpr(r, e.Value)
			visitExpr(r, e.Slice)
		case *ast.Tuple:
			for _, x := range e.Elts {
				visitExpr(r, x)
			}
		case *ast.List:
			for _, x := range e.Elts {
				visitExpr(r, x)
			}
		case *ast.BoolOp:
			for _, x := range e.Values {
				visitExpr(r, x)
			}
		case *ast.UnaryOp:
			visitExpr(r, e.Operand)
		case *ast.IfExp:
			visitExpr(r, e.Test)
			visitExpr(r, e.Body)
			visitExpr(r, e.Orelse)
		}
	}
	visitStmts = func(parent ast.Range, body []ast.Stmt) {
		for _, s := range body {
			r := ast.RangeOf(s.Span())
			check(parent, r, s)
			switch s := s.(type) {
			case *ast.ExprStmt:
				visitExpr(r, s.Value)
			case *ast.Assign:
				visitExpr(r, s.Value)
				for _, x := range s.Targets {
					visitExpr(r, x)
				}
			case *ast.Return:
				visitExpr(r, s.Value)
			case *ast.If:
				visitExpr(r, s.Test)
				visitStmts(r, s.Body)
				visitStmts(r, s.Orelse)
			case *ast.While:
				visitStmts(r, s.Body)
			case *ast.For:
				visitStmts(r, s.Body)
			case *ast.FunctionDef:
				visitStmts(r, s.Body)
			case *ast.ClassDef:
				visitStmts(r, s.Body)
			case *ast.With:
				visitStmts(r, s.Body)
			case *ast.Try:
				visitStmts(r, s.Body)
			}
		}
	}
	visitStmts(ast.Range{Start: 0, End: n}, m.Body)
}

// TestParseExpression compares the 'eval' mode with dumps CPython 3.13
// printed for ast.parse(src, mode="eval").
func TestParseExpression(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"a + f(b, *c)\n\n", "Expression(body=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12))"},
		{"1, 2,", "Expression(body=Tuple(elts=[Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Constant(value=2, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))"},
	} {
		f, err := ParseExpression("e.py", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := ast.Dump(f, f.Expression); got != tc.want {
			t.Errorf("%q:\n%s", tc.src, firstDiff(got, tc.want))
		}
	}
	for _, src := range []string{"x = 1", "*a", "1\n2", "if x: pass"} {
		if _, err := ParseExpression("e.py", []byte(src)); err == nil {
			t.Errorf("%q: parsed as an expression", src)
		}
	}
}
