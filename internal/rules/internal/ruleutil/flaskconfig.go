package ruleutil

import (
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// Setting is one configuration key a file sets for a Flask application.
type Setting struct {
	Key string
	// Value is the assigned expression, to be evaluated in Scope.
	Value ast.Expr
	Scope *semantic.Scope
	// Node is where a finding about the setting goes: the key's string,
	// the keyword, or the assignment's target.
	Node ast.Node
	// Conditional is set for a setting made under an if statement (a
	// branch for development or tests, as often as not).
	Conditional bool
}

// ConfigGroup is a set of settings that configure one application: the
// app.config assignments and updates of a file, the uppercase
// module-level assignments of a Flask configuration module, or the body
// of a configuration class (with the in-file classes it inherits from).
type ConfigGroup struct {
	// Node is the *ast.Module or the *ast.ClassDef.
	Node ast.Node
	// Role says whether the group configures production, development
	// (DevelopmentConfig, TestingConfig, a test file) or is a base.
	Role     Role
	Settings []*Setting
	// Bases are the groups of the in-file classes a class inherits from;
	// Complete is false when a class inherits from a class defined
	// elsewhere, whose settings are unknown.
	Bases    []*ConfigGroup
	Complete bool
	// Flask is set when the file imports Flask (or Quart or a Flask
	// extension); a configuration module named config.py need not.
	Flask bool
}

// Lookup returns the setting for key in the group or the classes it
// inherits from (the class's own first), or nil.
func (g *ConfigGroup) Lookup(key string) *Setting {
	for _, s := range g.Settings {
		if s.Key == key {
			return s
		}
	}
	for _, b := range g.Bases {
		if s := b.Lookup(key); s != nil {
			return s
		}
	}
	return nil
}

// All returns the group's settings and those it inherits.
func (g *ConfigGroup) All() []*Setting {
	out := append([]*Setting(nil), g.Settings...)
	for _, b := range g.Bases {
		out = append(out, b.All()...)
	}
	return out
}

// flaskKey caches the Flask configuration of a file.
var flaskKey = analysis.NewStateKey(func() any { return &flaskState{} })

type flaskState struct {
	done   bool
	groups []*ConfigGroup
}

// FlaskConfig returns the Flask configuration groups a file sets, or nil
// for a file that neither imports Flask (or Quart) nor is named like a
// configuration module (config.py, settings.py that is not Django's) —
// computed once per file, in a walk of its statements (expressions are
// not entered).
func FlaskConfig(p *analysis.Pass) []*ConfigGroup {
	st := p.State(flaskKey).(*flaskState)
	if st.done {
		return st.groups
	}
	st.done = true
	if p.File.Module == nil {
		return nil
	}
	src := p.File.Src
	stem := strings.TrimSuffix(path.Base(slashPath(p.Path)), ".py")
	configModule := strings.Contains(strings.ToLower(stem), "config")
	if !strings.Contains(src, "flask") && !strings.Contains(src, "quart") && !configModule {
		return nil
	}
	isFlask := ImportsAny(p, "flask", "quart", "flask_wtf", "flask_login", "flask_session")
	if !isFlask && !configModule {
		return nil
	}
	c := &flaskCollector{p: p, isFlask: isFlask}
	c.module = &ConfigGroup{Node: p.File.Module, Role: ConfigRole(p.Path), Complete: true, Flask: isFlask}
	c.classes = map[string]*ConfigGroup{}
	c.stmts(p.Model.Module, p.File.Module.Body, true, false)
	if len(c.module.Settings) > 0 {
		st.groups = append(st.groups, c.module)
	}
	for _, g := range c.order {
		if len(g.Settings) > 0 || len(g.Bases) > 0 {
			st.groups = append(st.groups, g)
		}
	}
	return st.groups
}

type flaskCollector struct {
	p       *analysis.Pass
	isFlask bool
	module  *ConfigGroup
	classes map[string]*ConfigGroup
	order   []*ConfigGroup
}

// isKey reports whether s looks like a configuration key.
func isKey(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func (c *flaskCollector) add(g *ConfigGroup, key string, v ast.Expr, s *semantic.Scope, node ast.Node, cond bool) {
	g.Settings = append(g.Settings, &Setting{Key: key, Value: v, Scope: s, Node: node, Conditional: cond})
}

func (c *flaskCollector) stmts(s *semantic.Scope, body []ast.Stmt, top, cond bool) {
	for _, st := range body {
		c.stmt(s, st, top, cond)
	}
}

func (c *flaskCollector) stmt(s *semantic.Scope, st ast.Stmt, top, cond bool) {
	switch st := st.(type) {
	case *ast.Assign:
		for _, t := range st.Targets {
			c.target(s, t, st.Value, top, cond)
		}
	case *ast.AnnAssign:
		if st.Value != nil {
			c.target(s, st.Target, st.Value, top, cond)
		}
	case *ast.ExprStmt:
		if call, ok := st.Value.(*ast.Call); ok {
			c.update(s, call, cond)
		}
	case *ast.If:
		c.stmts(s, st.Body, top, true)
		c.stmts(s, st.Orelse, top, true)
	case *ast.Try:
		c.stmts(s, st.Body, top, cond)
		for _, h := range st.Handlers {
			c.stmts(s, h.Body, top, cond)
		}
		c.stmts(s, st.Orelse, top, cond)
		c.stmts(s, st.Finalbody, top, cond)
	case *ast.With:
		c.stmts(s, st.Body, top, cond)
	case *ast.For:
		c.stmts(s, st.Body, false, cond)
	case *ast.While:
		c.stmts(s, st.Body, false, cond)
	case *ast.FunctionDef:
		if fs := c.p.Model.ScopeOf(st); fs != nil {
			c.stmts(fs, st.Body, false, false)
		}
	case *ast.ClassDef:
		c.class(s, st, top)
	}
}

// target records "app.config['KEY'] = v", "app.secret_key = v" and, in a
// configuration module, "KEY = v" at module level.
func (c *flaskCollector) target(s *semantic.Scope, t, v ast.Expr, top bool, cond bool) {
	switch t := t.(type) {
	case *ast.Subscript:
		if !c.isFlask || !isConfigAttr(t.Value) {
			return
		}
		if k, ok := c.p.Model.ConstString(s, t.Slice); ok && isKey(k) {
			c.add(c.module, k, v, s, t.Slice, cond)
		}
	case *ast.Attribute:
		if !c.isFlask || !c.isApp(s, t.Value) {
			return
		}
		switch t.Attr.Name {
		case "secret_key":
			c.add(c.module, "SECRET_KEY", v, s, t, cond)
		case "debug":
			c.add(c.module, "DEBUG", v, s, t, cond)
		}
	case *ast.Name:
		if top && s.Kind == semantic.ModuleScope && isKey(t.ID) {
			c.add(c.module, t.ID, v, s, t, cond)
		}
	}
}

// isConfigAttr reports whether e is "<something>.config".
func isConfigAttr(e ast.Expr) bool {
	a, ok := e.(*ast.Attribute)
	return ok && a.Attr.Name == "config"
}

// isApp reports whether e is a Flask application: a name bound to
// Flask(...) or Quart(...), or one named app or application, or
// current_app.
func (c *flaskCollector) isApp(s *semantic.Scope, e ast.Expr) bool {
	switch q := c.p.Model.QualifiedName(s, e); q {
	case "flask.current_app", "quart.current_app":
		return true
	}
	if call, q := CallOf(c.p, s, e); call != nil {
		return q == "flask.Flask" || q == "quart.Quart" || strings.HasSuffix(q, ".Flask")
	}
	if n, ok := e.(*ast.Name); ok {
		return n.ID == "app" || n.ID == "application"
	}
	return false
}

// update records app.config.update(KEY=v), update({"KEY": v}),
// update(dict(KEY=v)), from_mapping(...) and setdefault("KEY", v).
func (c *flaskCollector) update(s *semantic.Scope, call *ast.Call, cond bool) {
	a, ok := call.Func.(*ast.Attribute)
	if !ok || !c.isFlask || !isConfigAttr(a.Value) {
		return
	}
	switch a.Attr.Name {
	case "update", "from_mapping":
		for _, k := range call.Keywords {
			if isKey(k.Arg.Name) {
				c.add(c.module, k.Arg.Name, k.Value, s, k, cond)
			}
		}
		for _, arg := range call.Args {
			c.mapping(s, arg, cond)
		}
	case "setdefault":
		if len(call.Args) == 2 {
			if k, ok := c.p.Model.ConstString(s, call.Args[0]); ok && isKey(k) {
				c.add(c.module, k, call.Args[1], s, call.Args[0], cond)
			}
		}
	}
}

// mapping records the keys of a dict display or dict(...) call.
func (c *flaskCollector) mapping(s *semantic.Scope, e ast.Expr, cond bool) {
	switch d := e.(type) {
	case *ast.Dict:
		for i, k := range d.Keys {
			if k == nil {
				continue
			}
			if ks, ok := c.p.Model.ConstString(s, k); ok && isKey(ks) {
				c.add(c.module, ks, d.Values[i], s, k, cond)
			}
		}
	case *ast.Call:
		if c.p.Model.QualifiedName(s, d.Func) == "dict" {
			for _, k := range d.Keywords {
				if isKey(k.Arg.Name) {
					c.add(c.module, k.Arg.Name, k.Value, s, k, cond)
				}
			}
		}
	}
}

// class records a configuration class: a class whose name says Config
// (Config, ProductionConfig, TestingConfig) or that inherits from one
// in the file, and its uppercase class attributes.
func (c *flaskCollector) class(s *semantic.Scope, cd *ast.ClassDef, top bool) {
	cs := c.p.Model.ScopeOf(cd)
	if cs == nil {
		return
	}
	var bases []*ConfigGroup
	complete := true
	for _, b := range cd.Bases {
		switch b := b.(type) {
		case *ast.Name:
			if g := c.classes[b.ID]; g != nil {
				bases = append(bases, g)
			} else if b.ID != "object" {
				complete = false
			}
		default:
			complete = false
		}
	}
	if !strings.Contains(cd.Name.Name, "Config") && len(bases) == 0 {
		// Not a configuration class; its methods may still configure an
		// app.
		for _, st := range cd.Body {
			if fd, ok := st.(*ast.FunctionDef); ok {
				c.stmt(cs, fd, false, false)
			}
		}
		return
	}
	g := &ConfigGroup{Node: cd, Role: ConfigName(cd.Name.Name), Bases: bases, Flask: c.isFlask}
	for _, b := range bases {
		complete = complete && b.Complete
	}
	g.Complete = complete
	if r := ConfigRole(c.p.Path); r == Development {
		g.Role = Development
	}
	for _, st := range cd.Body {
		switch st := st.(type) {
		case *ast.Assign:
			for _, t := range st.Targets {
				if n, ok := t.(*ast.Name); ok && isKey(n.ID) {
					c.add(g, n.ID, st.Value, cs, n, false)
				}
			}
		case *ast.AnnAssign:
			if n, ok := st.Target.(*ast.Name); ok && st.Value != nil && isKey(n.ID) {
				c.add(g, n.ID, st.Value, cs, n, false)
			}
		case *ast.FunctionDef:
			c.stmt(cs, st, false, false)
		}
	}
	if top {
		c.classes[cd.Name.Name] = g
	}
	c.order = append(c.order, g)
}
