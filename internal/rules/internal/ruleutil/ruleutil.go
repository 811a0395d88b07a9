// Package ruleutil holds what krait's own rule families (KR1xx, KR2xx,
// KR5xx) share: reading a call's arguments, folding the values a rule
// compares against (through the semantic model, so that a module-level
// constant counts as a literal), telling sensitive names from look-alikes,
// which modules a file imports, which files are tests or development
// settings, and the Flask configuration a file sets.
//
// Helpers take the Pass and evaluate expressions in the scope of the node
// being inspected unless a scope is given.
package ruleutil

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// Callees returns a Rule.Callees for a fixed list of names.
func Callees(names ...string) func(any) []string {
	return func(any) []string { return names }
}

// HasUnpacking reports whether c passes *args or **kwargs, whose
// contents a rule cannot see.
func HasUnpacking(c *ast.Call) bool {
	for _, a := range c.Args {
		if _, star := a.(*ast.Starred); star {
			return true
		}
	}
	for _, k := range c.Keywords {
		if k.Arg.Name == "" {
			return true
		}
	}
	return false
}

// Qual returns the qualified name of e in the scope being inspected (see
// semantic.Model.QualifiedName).
func Qual(p *analysis.Pass, e ast.Expr) string { return p.Model.QualifiedName(p.Scope(), e) }

// QualIn is Qual in scope s.
func QualIn(p *analysis.Pass, s *semantic.Scope, e ast.Expr) string {
	return p.Model.QualifiedName(s, e)
}

// Resolve follows e through names bound by plain assignments to the
// expression they hold ("iv = b'0' * 16; modes.CBC(iv)" gives the bytes
// expression), and returns it with the scope it is to be evaluated in.
// Anything that is not such a name is returned as is.
func Resolve(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (ast.Expr, *semantic.Scope) {
	for i := 0; i < 6; i++ {
		n, ok := e.(*ast.Name)
		if !ok {
			break
		}
		v, vs := p.Model.ValueOf(s, n)
		if v == nil {
			break
		}
		e, s = v, vs
	}
	return e, s
}

// CallOf returns the call e is, or the call a name e is bound to, with
// the qualified name of its callee ("" when unknown):
// "ctx = ssl.create_default_context(); ctx" gives that call and
// "ssl.create_default_context".
func CallOf(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (*ast.Call, string) {
	e, s = Resolve(p, s, e)
	c, ok := e.(*ast.Call)
	if !ok {
		return nil, ""
	}
	return c, p.Model.QualifiedName(s, c.Func)
}

// Str returns the value of a str expression known statically in scope s.
func Str(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	return p.Model.ConstString(s, e)
}

// Int returns the value of an int expression known statically in scope s.
func Int(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (int64, bool) {
	if e == nil {
		return 0, false
	}
	return p.Model.ConstInt(s, e)
}

// Bool returns the value of a bool expression known statically in scope
// s.
func Bool(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (v, ok bool) {
	if e == nil {
		return false, false
	}
	return p.Model.ConstBool(s, e)
}

// IsNone reports whether e is the constant None (or a name bound once to
// it).
func IsNone(p *analysis.Pass, s *semantic.Scope, e ast.Expr) bool {
	e, _ = Resolve(p, s, e)
	c, ok := e.(*ast.Constant)
	return ok && c.Value.Kind == ast.NoneValue
}

// IsConstBytes reports whether e is a bytes (or str) value fixed in the
// source: a literal, b"\x00" * 16, bytes(16), bytearray(16),
// bytes.fromhex("..."), "...".encode(), b"".join of literals, or a name
// bound to one of those (a module-level constant, a local assigned once).
func IsConstBytes(p *analysis.Pass, s *semantic.Scope, e ast.Expr) bool {
	return constBytes(p, s, e, 0)
}

func constBytes(p *analysis.Pass, s *semantic.Scope, e ast.Expr, depth int) bool {
	if depth > 6 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.Constant:
		return x.Value.Kind == ast.BytesValue || x.Value.Kind == ast.StrValue
	case *ast.Name:
		v, vs := p.Model.ValueOf(s, x)
		if v == nil {
			return false
		}
		// A name rebound in its scope ("iv = None" then "iv = os.urandom(16)")
		// is constant only if every binding is.
		if b := p.Model.Lookup(s, x.ID, x.Start); b != nil {
			for _, o := range b.Scope.Bindings(x.ID) {
				if o.Kind != semantic.AssignBinding || o.Value == nil {
					return false
				}
				if o != b && !constBytes(p, o.Scope, o.Value, depth+1) {
					return false
				}
			}
		}
		return constBytes(p, vs, v, depth+1)
	case *ast.BinOp:
		switch x.Op {
		case ast.Mult:
			_, lok := p.Model.ConstInt(s, x.Left)
			_, rok := p.Model.ConstInt(s, x.Right)
			return constBytes(p, s, x.Left, depth+1) && rok || lok && constBytes(p, s, x.Right, depth+1)
		case ast.Add:
			return constBytes(p, s, x.Left, depth+1) && constBytes(p, s, x.Right, depth+1)
		}
	case *ast.Call:
		switch q := p.Model.QualifiedName(s, x.Func); q {
		case "bytes", "bytearray":
			if len(x.Args) == 0 {
				return true
			}
			if len(x.Args) >= 1 {
				if _, ok := p.Model.ConstInt(s, x.Args[0]); ok {
					return true
				}
				return constBytes(p, s, x.Args[0], depth+1)
			}
		case "bytes.fromhex", "bytearray.fromhex", "binascii.unhexlify", "binascii.a2b_hex", "base64.b64decode":
			return len(x.Args) == 1 && constBytes(p, s, x.Args[0], depth+1)
		}
		if a, ok := x.Func.(*ast.Attribute); ok {
			switch a.Attr.Name {
			case "encode", "ljust", "rjust", "zfill":
				return constBytes(p, s, a.Value, depth+1) && allConst(p, s, x.Args)
			case "join":
				return constBytes(p, s, a.Value, depth+1) && len(x.Args) == 1 && constElts(p, s, x.Args[0], depth)
			case "fromhex":
				if q := p.Model.QualifiedName(s, a.Value); q == "bytes" || q == "bytearray" {
					return len(x.Args) == 1 && constBytes(p, s, x.Args[0], depth+1)
				}
			}
		}
	}
	return false
}

func allConst(p *analysis.Pass, s *semantic.Scope, xs []ast.Expr) bool {
	for _, x := range xs {
		if !p.Model.IsConstant(s, x) {
			return false
		}
	}
	return true
}

func constElts(p *analysis.Pass, s *semantic.Scope, e ast.Expr, depth int) bool {
	var elts []ast.Expr
	switch l := e.(type) {
	case *ast.List:
		elts = l.Elts
	case *ast.Tuple:
		elts = l.Elts
	default:
		return false
	}
	for _, x := range elts {
		if !constBytes(p, s, x, depth+1) {
			return false
		}
	}
	return true
}

// EnclosingFunc returns the innermost def around the node being
// inspected, or nil at module or class level.
func EnclosingFunc(p *analysis.Pass) *ast.FunctionDef {
	ps := p.Parents()
	for i := len(ps) - 1; i >= 0; i-- {
		switch n := ps[i].(type) {
		case *ast.FunctionDef:
			return n
		case *ast.ClassDef:
			return nil
		}
	}
	return nil
}

// InLoop reports whether the node being inspected is inside a for or
// while loop (or a comprehension) that starts after offset since, within
// its function.
func InLoop(p *analysis.Pass, since int32) bool {
	ps := p.Parents()
	for i := len(ps) - 1; i >= 0; i-- {
		switch n := ps[i].(type) {
		case *ast.For, *ast.While, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			if n.Span().Start > since {
				return true
			}
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
	}
	return false
}

// LastName returns the name an expression is known by: a Name's id, an
// Attribute's attribute, a Subscript's constant string key
// (request.form["password"]), the key of a .get("key") call, or "".
func LastName(p *analysis.Pass, e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr.Name
	case *ast.Subscript:
		if s, ok := p.Model.ConstString(p.Scope(), x.Slice); ok {
			return s
		}
	case *ast.Call:
		if a, ok := x.Func.(*ast.Attribute); ok && (a.Attr.Name == "get" || a.Attr.Name == "getlist" || a.Attr.Name == "pop") && len(x.Args) >= 1 {
			if s, ok := p.Model.ConstString(p.Scope(), x.Args[0]); ok {
				return s
			}
		}
	}
	return ""
}

// Truncate shortens source text for a message.
func Truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
