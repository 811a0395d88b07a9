package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// envLookups are the last names of calls that read a setting from the
// environment with a default: os.environ.get, os.getenv, django-environ's
// env(...) and env.bool(...), python-decouple's config(...).
var envLookups = map[string]bool{
	"get": true, "getenv": true, "env": true, "config": true, "bool": true, "int": true,
	"str": true, "list": true, "tuple": true, "float": true,
}

// effective returns the expression a setting takes: the value itself, or
// for an environment lookup with a default ("os.environ.get('X', 'v')",
// "env.bool('X', default=True)", "os.environ.get('X') or 'v'") the
// default, with fallback set.
func effective(v ast.Expr) (e ast.Expr, fallback bool) {
	// os.environ.get("SECRET_KEY") or "dev"
	if b, ok := v.(*ast.BoolOp); ok && b.Op == ast.Or && len(b.Values) > 1 {
		return b.Values[len(b.Values)-1], true
	}
	c, ok := v.(*ast.Call)
	if !ok {
		return v, false
	}
	name := ""
	switch f := c.Func.(type) {
	case *ast.Name:
		name = f.ID
	case *ast.Attribute:
		name = f.Attr.Name
	}
	if !envLookups[name] || len(c.Args) == 0 {
		return v, false
	}
	for _, k := range c.Keywords {
		if k.Arg.Name == "default" {
			return k.Value, true
		}
	}
	if len(c.Args) >= 2 && name != "env" && name != "config" {
		return c.Args[1], true
	}
	return v, false
}

// castsBool reports whether an environment lookup turns its value into a
// bool (env.bool(...), config(..., cast=bool)).
func castsBool(p *analysis.Pass, s *semantic.Scope, v ast.Expr) bool {
	c, ok := v.(*ast.Call)
	if !ok {
		return false
	}
	if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "bool" {
		return true
	}
	for _, k := range c.Keywords {
		if k.Arg.Name == "cast" && p.Model.QualifiedName(s, k.Value) == "bool" {
			return true
		}
	}
	return false
}

// boolValue returns the bool a setting is set to, directly or as the
// default of an environment lookup that casts to bool.
func boolValue(p *analysis.Pass, s *semantic.Scope, v ast.Expr) (val, fallback, ok bool) {
	e, fb := effective(v)
	if b, ok := p.Model.ConstBool(s, e); ok {
		return b, fb, true
	}
	if fb && castsBool(p, s, v) {
		if str, ok := p.Model.ConstString(s, e); ok {
			switch strings.ToLower(str) {
			case "true", "1", "yes", "on":
				return true, true, true
			case "false", "0", "no", "off", "":
				return false, true, true
			}
		}
	}
	return false, false, false
}

// strElts returns the constant strings of a list or tuple display, and
// whether every element is one.
func strElts(p *analysis.Pass, s *semantic.Scope, e ast.Expr) ([]string, []ast.Expr, bool) {
	var elts []ast.Expr
	switch l := e.(type) {
	case *ast.List:
		elts = l.Elts
	case *ast.Tuple:
		elts = l.Elts
	default:
		return nil, nil, false
	}
	out := make([]string, len(elts))
	for i, x := range elts {
		v, ok := p.Model.ConstString(s, x)
		if !ok {
			return nil, nil, false
		}
		out[i] = v
	}
	return out, elts, true
}

// isEmptySeq reports whether e is an empty list or tuple display.
func isEmptySeq(e ast.Expr) bool {
	switch l := e.(type) {
	case *ast.List:
		return len(l.Elts) == 0
	case *ast.Tuple:
		return len(l.Elts) == 0
	}
	return false
}

// isSeq reports whether e is a list or tuple display.
func isSeq(e ast.Expr) bool {
	switch e.(type) {
	case *ast.List, *ast.Tuple:
		return true
	}
	return false
}

// confidenceFor lowers a finding's confidence for base settings, which a
// production module may override, and for environment fallbacks.
func confidenceFor(m *settingsModule, fallback bool, def analysis.Level) analysis.Level {
	if fallback || m.role != ruleutil.Production {
		if def > analysis.Low {
			return def - 1
		}
	}
	return def
}
