package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B703 reports Django mark_safe on values that are not known literals.
var B703 = &analysis.Rule{
	ID:    "B703",
	Name:  "django_mark_safe",
	Title: "Django mark_safe on a value that may hold user data",
	Why: "mark_safe and the Safe* string classes turn off Django's autoescaping for their argument; user data in it " +
		"reaches the page as HTML (cross-site scripting).",
	Bad:  "from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe(\"<b>%s</b>\" % name)",
	Good: "from django.utils.html import format_html\ndef greet(name):\n    return format_html(\"<b>{}</b>\", name)",
	Notes: "As in Bandit, the argument is followed through the assignments of the enclosing function or module that " +
		"come before the call: string literals, and str.format or % of string literals, are safe; parameters and " +
		"anything else are not.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        80,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("mark_safe", "SafeText", "SafeUnicode", "SafeString", "SafeBytes"),
	Run: func(p *analysis.Pass, n ast.Node) (err error) {
		c := newCall(p, n.(*ast.Call))
		switch c.name {
		case "mark_safe", "SafeText", "SafeUnicode", "SafeString", "SafeBytes":
		default:
			return nil
		}
		if len(c.p.Args) == 0 || !importedLike(p, "django.utils.safestring") {
			return nil // Bandit's check fails on a call without arguments
		}
		if isStrConst(c.p.Args[0]) {
			return nil
		}
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(banditFailure); !ok {
					panic(r)
				}
				err = nil // where Bandit's check raises, it reports nothing
			}
		}()
		x := &xssEval{p: p}
		if !x.secure(c.p) {
			c.report(p, "Potential XSS on mark_safe function.", 0, 0)
		}
		return nil
	},
}

// banditFailure marks an input on which Bandit's check raises.
type banditFailure struct{}

// xssEval follows Bandit's django_xss evaluation of a mark_safe argument.
type xssEval struct{ p *analysis.Pass }

func (x *xssEval) line(n ast.Node) int { return x.p.Line(n.Span().Start) }

// scope returns the statements of the nearest enclosing def (not async)
// or the module, and that def.
func (x *xssEval) scope() ([]ast.Stmt, *ast.FunctionDef) {
	ps := x.p.Parents()
	for i := len(ps) - 1; i >= 0; i-- {
		switch s := ps[i].(type) {
		case *ast.FunctionDef:
			if !s.IsAsync {
				return s.Body, s
			}
		case *ast.Module:
			return s.Body, nil
		}
	}
	return nil, nil
}

func isParam(fn *ast.FunctionDef, name string) bool {
	if fn == nil || fn.Args == nil {
		return false
	}
	for _, a := range fn.Args.Args {
		if a.Arg.Name == name {
			return true
		}
	}
	return false
}

func (x *xssEval) secure(c *ast.Call) bool {
	body, fn := x.scope()
	switch v := c.Args[0].(type) {
	case *ast.Name:
		if isParam(fn, v.ID) {
			return false
		}
		return x.evalVar(v, body, fn, x.line(c))
	case *ast.Call:
		return x.evalCall(v.Func, v.Args, len(v.Keywords) > 0, x.line(v), body, fn)
	case *ast.BinOp:
		left, ok := v.Left.(*ast.Constant)
		if v.Op != ast.Mod || !ok || left.Value.Kind != ast.StrValue {
			return false
		}
		args := []ast.Expr{v.Right}
		if t, ok := v.Right.(*ast.Tuple); ok {
			args = t.Elts
		}
		return x.evalFormat(args, x.line(v), body, fn)
	}
	return false
}

// evalVar is Bandit's evaluate_var: whether every assignment of name in
// the scope's statements before line until gives a safe value.
func (x *xssEval) evalVar(name *ast.Name, body []ast.Stmt, fn *ast.FunctionDef, until int) bool {
	if isParam(fn, name.ID) {
		return false
	}
	secure := false
	for _, st := range body {
		if x.line(st) >= until {
			break
		}
		to := x.assigned(st, name.ID)
		if len(to) == 0 {
			continue
		}
		if len(to) == 1 && !to[0].many {
			switch v := to[0].node.(type) {
			case *ast.Constant:
				if v.Value.Kind == ast.StrValue {
					secure = true
					continue
				}
			case *ast.Name:
				secure = x.evalVar(v, body, fn, x.line(v))
				continue
			case *ast.Call:
				secure = x.evalCall(v.Func, v.Args, len(v.Keywords) > 0, x.line(v), body, fn)
				continue
			}
			return false
		}
		n := 0
		for _, t := range to {
			if isStrConst(asExpr(t.node)) {
				n++
			} else if nm, ok := t.node.(*ast.Name); ok && x.evalVar(nm, body, fn, x.line(st)) {
				n++
			} else {
				break
			}
		}
		if n != len(to) {
			return false
		}
		secure = true
	}
	return secure
}

func asExpr(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}

// evalCall is Bandit's evaluate_call: a str.format call on a literal,
// without keywords, whose arguments are all safe.
func (x *xssEval) evalCall(f ast.Expr, args []ast.Expr, keywords bool, line int, body []ast.Stmt, fn *ast.FunctionDef) bool {
	a, ok := f.(*ast.Attribute)
	if !ok || keywords || a.Attr.Name != "format" {
		return false
	}
	if _, ok := a.Value.(*ast.Constant); !ok {
		return false
	}
	return x.evalFormat(args, line, body, fn)
}

func (x *xssEval) evalFormat(args []ast.Expr, line int, body []ast.Stmt, fn *ast.FunctionDef) bool {
	args = append([]ast.Expr(nil), args...)
	n := 0
loop:
	for i := 0; i < len(args); i++ {
		switch v := args[i].(type) {
		case *ast.Constant:
			if v.Value.Kind != ast.StrValue {
				break loop
			}
			n++
		case *ast.Name:
			if !x.evalVar(v, body, fn, line) {
				break loop
			}
			n++
		case *ast.Call:
			if !x.evalCall(v.Func, v.Args, len(v.Keywords) > 0, x.line(v), body, fn) {
				break loop
			}
			n++
		case *ast.Starred:
			switch s := v.Value.(type) {
			case *ast.List:
				args = append(args, s.Elts...)
			case *ast.Tuple:
				args = append(args, s.Elts...)
			default:
				break loop
			}
			n++
		default:
			break loop
		}
	}
	return n == len(args)
}

// assignedValue is what Bandit's DeepAssignation finds: one node, or
// several (many) from a compound statement.
type assignedValue struct {
	node ast.Node
	many bool
}

// assigned is DeepAssignation.is_assigned: the values assigned to name by
// statement st (looking into compound statements and nested defs).
func (x *xssEval) assigned(st ast.Stmt, name string) []assignedValue {
	vals, compound := x.isAssigned(st, name)
	if compound {
		for i := range vals {
			vals[i].many = true
		}
	}
	return vals
}

func (x *xssEval) isAssignedIn(body []ast.Stmt, name string) []assignedValue {
	var out []assignedValue
	for _, st := range body {
		v, _ := x.isAssigned(st, name)
		out = append(out, v...)
	}
	return out
}

// isAssigned returns the values and whether they come from a compound
// statement (Bandit returns a list then).
func (x *xssEval) isAssigned(st ast.Stmt, name string) ([]assignedValue, bool) {
	switch s := st.(type) {
	case *ast.FunctionDef:
		if s.IsAsync {
			return nil, false
		}
		return x.isAssignedIn(s.Body, name), true
	case *ast.With:
		if s.IsAsync {
			return nil, false
		}
		var out []assignedValue
		for _, it := range s.Items {
			if v, ok := it.OptionalVars.(*ast.Name); ok && v.ID == name {
				out = []assignedValue{{node: s}}
			} else {
				out = x.isAssignedIn(s.Body, name)
			}
		}
		return out, len(out) != 1 || out[0].node != ast.Node(s)
	case *ast.Try:
		if s.IsStar {
			return nil, false
		}
		out := x.isAssignedIn(s.Body, name)
		for _, h := range s.Handlers {
			out = append(out, x.isAssignedIn(h.Body, name)...)
		}
		out = append(out, x.isAssignedIn(s.Orelse, name)...)
		out = append(out, x.isAssignedIn(s.Finalbody, name)...)
		return out, true
	case *ast.If:
		return append(x.isAssignedIn(s.Body, name), x.isAssignedIn(s.Orelse, name)...), true
	case *ast.For:
		if s.IsAsync {
			return nil, false
		}
		return append(x.isAssignedIn(s.Body, name), x.isAssignedIn(s.Orelse, name)...), true
	case *ast.While:
		return append(x.isAssignedIn(s.Body, name), x.isAssignedIn(s.Orelse, name)...), true
	case *ast.AugAssign:
		if t, ok := s.Target.(*ast.Name); ok && t.ID == name {
			return []assignedValue{{node: s.Value}}, false
		}
	case *ast.Assign:
		if len(s.Targets) == 0 {
			return nil, false
		}
		switch t := s.Targets[0].(type) {
		case *ast.Name:
			if t.ID == name {
				return []assignedValue{{node: s.Value}}, false
			}
		case *ast.Tuple:
			v, ok := s.Value.(*ast.Tuple)
			if !ok {
				return nil, false
			}
			for pos, e := range t.Elts {
				n, ok := e.(*ast.Name)
				if !ok {
					panic(banditFailure{}) // Bandit reads .id of every target
				}
				if n.ID == name {
					if pos >= len(v.Elts) {
						panic(banditFailure{})
					}
					return []assignedValue{{node: v.Elts[pos]}}, false
				}
			}
		}
	}
	return nil, false
}
