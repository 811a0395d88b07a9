package ast_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
)

// TestInspectVisitsEveryNode checks, on every golden file, that Inspect
// reaches as many nodes of each class as Dump prints (leaf enumerations
// like Load() and Add() aside), that every node has a kind, and that
// children come in source order and inside their parent.
func TestInspectVisitsEveryNode(t *testing.T) {
	files, _ := filepath.Glob("../parser/testdata/golden*/*.py")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	class := regexp.MustCompile(`([A-Za-z_]+)\(`)
	leaves := map[string]bool{}
	for _, n := range strings.Fields("Load Store Del And Or Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd FloorDiv Invert Not UAdd USub Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn") {
		leaves[n] = true
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		opt := parser.Options{}
		if strings.Contains(path, "golden314") {
			opt.Version = parser.Python314
		}
		f, err := parser.ParseFileOptions(path, src, opt)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		for _, m := range class.FindAllStringSubmatch(ast.Dump(f, f.Module), -1) {
			if !leaves[m[1]] && known(m[1]) {
				want[m[1]]++
			}
		}
		got := map[string]int{}
		var stack []ast.Node
		ast.Inspect(f.Module, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			k := ast.KindOf(n)
			if k == ast.InvalidKind {
				t.Fatalf("%s: %T has no kind", path, n)
			}
			name := dumpName(n)
			got[name]++
			if len(stack) > 0 {
				p := stack[len(stack)-1].Span()
				s := n.Span()
				// Decorators precede the def or class they decorate,
				// whose span starts at "def"/"class" as in CPython.
				if _, isArgs := n.(*ast.Arguments); !isArgs && !isDecorator(stack[len(stack)-1], n) && (s.Start < p.Start || s.End > p.End) {
					t.Errorf("%s: %s [%d,%d) outside its parent %T [%d,%d)", path, name, s.Start, s.End, stack[len(stack)-1], p.Start, p.End)
				}
			}
			stack = append(stack, n)
			return true
		})
		for k, w := range want {
			if got[k] != w {
				t.Errorf("%s: Inspect visits %d %s nodes, Dump prints %d", path, got[k], k, w)
			}
		}
	}
}

func isDecorator(parent, n ast.Node) bool {
	var decs []ast.Expr
	switch p := parent.(type) {
	case *ast.FunctionDef:
		decs = p.DecoratorList
	case *ast.ClassDef:
		decs = p.DecoratorList
	}
	for _, d := range decs {
		if d == n {
			return true
		}
	}
	return false
}

// known reports whether name is the class name of a node (not a leaf
// enumeration) that Dump prints.
func known(name string) bool {
	for k := ast.Kind(1); k < ast.NumKinds; k++ {
		if k.String() == name {
			return true
		}
	}
	switch name {
	case "AsyncFunctionDef", "AsyncFor", "AsyncWith", "TryStar", "Expr", "comprehension", "arguments", "arg", "keyword", "alias", "withitem", "match_case":
		return true
	}
	return false
}

// dumpName is the class name Dump prints for n.
func dumpName(n ast.Node) string {
	switch n := n.(type) {
	case *ast.FunctionDef:
		if n.IsAsync {
			return "AsyncFunctionDef"
		}
	case *ast.For:
		if n.IsAsync {
			return "AsyncFor"
		}
	case *ast.With:
		if n.IsAsync {
			return "AsyncWith"
		}
	case *ast.Try:
		if n.IsStar {
			return "TryStar"
		}
	case *ast.ExprStmt:
		return "Expr"
	case *ast.Comprehension:
		return "comprehension"
	case *ast.Arguments:
		return "arguments"
	case *ast.Arg:
		return "arg"
	case *ast.Keyword:
		return "keyword"
	case *ast.Alias:
		return "alias"
	case *ast.WithItem:
		return "withitem"
	case *ast.MatchCase:
		return "match_case"
	}
	return ast.KindOf(n).String()
}
