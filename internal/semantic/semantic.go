// Package semantic builds the facts rules need about a parsed module:
// scopes and the bindings in them, what names resolve to (imports become
// qualified names: "import subprocess as sp; sp.Popen" is
// subprocess.Popen), and the values of constant string expressions.
//
// The model follows Python's scoping rules: a name assigned anywhere in a
// function is local to it unless declared global or nonlocal; class bodies
// are not visible from the functions inside them; comprehensions have
// their own scope, except for their first iterable and for the targets of
// assignment expressions. Within a scope, a use sees the last binding that
// precedes it in the source (a flow approximation that is exact for
// straight-line code); a use in a nested function sees the enclosing
// scope's last binding before it, or its last binding at all when the use
// comes first in the text.
package semantic

import (
	"strings"

	"github.com/krait-dev/krait/python/ast"
)

// ScopeKind is the kind of a scope.
type ScopeKind uint8

// The kinds of scope.
const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope
	LambdaScope
	ComprehensionScope
)

// Scope is a namespace: the module, a class body, a function, a lambda or
// a comprehension.
type Scope struct {
	Kind   ScopeKind
	Node   ast.Node // *ast.Module, *ast.ClassDef, *ast.FunctionDef, *ast.Lambda, or the comprehension expression
	Parent *Scope
	// names and binds hold each name's bindings in source order (see
	// Bindings); index maps names to positions once there are many.
	names []string
	binds [][]*Binding
	index map[string]int
	// Globals and Nonlocals hold the names declared global or nonlocal.
	Globals, Nonlocals map[string]bool
	Children           []*Scope
}

// Bindings returns the bindings of name in s, in source order.
func (s *Scope) Bindings(name string) []*Binding {
	if s.index != nil {
		if i, ok := s.index[name]; ok {
			return s.binds[i]
		}
		return nil
	}
	for i, n := range s.names {
		if n == name {
			return s.binds[i]
		}
	}
	return nil
}

// Names returns the names bound in s, in the order of their first
// binding.
func (s *Scope) Names() []string { return s.names }

// add appends b to the bindings of name; list is an empty slice of
// capacity one to start a new name's list with. It reports whether it
// used list.
func (s *Scope) add(name string, b *Binding, list []*Binding) bool {
	i := -1
	if s.index != nil {
		if j, ok := s.index[name]; ok {
			i = j
		}
	} else {
		for j, n := range s.names {
			if n == name {
				i = j
				break
			}
		}
	}
	if i >= 0 {
		s.binds[i] = append(s.binds[i], b)
		return false
	}
	s.names = append(s.names, name)
	s.binds = append(s.binds, append(list, b))
	if s.index == nil && len(s.names) > 12 {
		s.index = make(map[string]int, 2*len(s.names))
		for j, n := range s.names {
			s.index[n] = j
		}
	} else if s.index != nil {
		s.index[name] = len(s.names) - 1
	}
	return true
}

// BindingKind says how a name was bound.
type BindingKind uint8

// The kinds of binding.
const (
	ImportBinding BindingKind = iota // import x, import x as y, from m import x
	AssignBinding                    // x = ..., x: T = ..., walrus
	AugAssignBinding
	ParamBinding
	FunctionBinding
	ClassBinding
	LoopBinding    // for targets, comprehension targets
	WithBinding    // with ... as x
	ExceptBinding  // except E as x
	PatternBinding // match captures
	TypeParamBinding
	DeleteBinding
	StarImportBinding // from m import *: binds unknown names
)

// Binding is one binding of a name.
type Binding struct {
	Name  string
	Kind  BindingKind
	Node  ast.Node // the alias, target Name, def, class, arg, ... that binds
	Pos   int32    // where the binding happens (offset used for ordering)
	Scope *Scope
	// Import is the qualified name an import binding binds: "os" for
	// "import os.path", "os.path" for "import os.path as p" and for
	// "from os import path".
	Import string
	// Value is the assigned expression of a plain "name = value".
	Value ast.Expr
}

// Model is the semantic model of one module.
type Model struct {
	File *ast.File
	// ModuleName is the dotted name of the module ("pkg.mod"), used to
	// resolve relative imports; "" when unknown.
	ModuleName string
	// IsPackage is set for a package's __init__ module.
	IsPackage bool
	Module    *Scope
	scopes    map[ast.Node]*Scope
}

// New builds the model of f. moduleName and isPackage locate the module
// in its package tree, for relative imports.
func New(f *ast.File, moduleName string, isPackage bool) *Model {
	m := &Model{File: f, ModuleName: moduleName, IsPackage: isPackage, scopes: make(map[ast.Node]*Scope)}
	b := &builder{m: m, declared: strings.Contains(f.Src, "global") || strings.Contains(f.Src, "nonlocal")}
	var root ast.Node = f.Module
	if f.Module == nil {
		root = f.Expression
	}
	m.Module = b.newScope(ModuleScope, root, nil)
	if f.Module != nil {
		b.stmts(m.Module, f.Module.Body)
	} else if f.Expression != nil {
		b.expr(m.Module, f.Expression.Body)
	}
	return m
}

// ScopeOf returns the scope a module, class, function, lambda or
// comprehension node opens, or nil.
func (m *Model) ScopeOf(n ast.Node) *Scope { return m.scopes[n] }

// Lookup returns the binding a use of name at offset pos in scope s refers
// to, or nil for a builtin or an undefined name.
func (m *Model) Lookup(s *Scope, name string, pos int32) *Binding {
	for cur, first := s, true; cur != nil; cur, first = cur.Parent, false {
		if cur.Kind == ClassScope && !first {
			continue // class bodies are invisible from nested scopes
		}
		if cur.Globals[name] {
			return pick(m.Module.Bindings(name), pos, cur == m.Module)
		}
		if bs := cur.Bindings(name); len(bs) > 0 {
			if first && cur.Kind != FunctionScope && cur.Kind != LambdaScope && cur.Kind != ComprehensionScope && bs[0].Pos > pos {
				// A module or class body that uses a name before binding
				// it reads the global or builtin.
				continue
			}
			return pick(bs, pos, first)
		}
	}
	return nil
}

// pick chooses among the bindings of a name in one scope: the last one
// before pos, or, when none precedes it (a use in a function defined
// before the binding, or in a loop), the last one (same is false) or the
// first (same is true).
func pick(bs []*Binding, pos int32, same bool) *Binding {
	var best *Binding
	for _, b := range bs {
		if b.Pos <= pos {
			best = b
		}
	}
	if best != nil {
		return best
	}
	if len(bs) == 0 {
		return nil
	}
	if same {
		return bs[0]
	}
	return bs[len(bs)-1]
}

// CalleeNames returns the names a call's callee may go by, for
// dispatching calls to the rules that care about them: the last name of
// the callee as written (the attribute of "a.b.run", the name of "run"),
// and, for a plain name, the last name of what it imports or aliases
// ("from subprocess import call as run" gives "call"; "run =
// subprocess.run" gives "run"). Either may be "".
func (m *Model) CalleeNames(s *Scope, c *ast.Call) (written, resolved string) {
	switch f := c.Func.(type) {
	case *ast.Attribute:
		return f.Attr.Name, ""
	case *ast.Name:
		return f.ID, m.resolvedLast(s, f, 0)
	}
	return "", ""
}

func (m *Model) resolvedLast(s *Scope, n *ast.Name, depth int) string {
	b := m.Lookup(s, n.ID, n.Start)
	if b == nil || depth > 8 {
		return ""
	}
	var imp string
	for _, o := range b.Scope.Bindings(n.ID) {
		if o.Kind == ImportBinding && o.Import != "" && (imp == "" || o.Pos <= n.Start) {
			imp = o.Import
		}
	}
	if imp != "" {
		if i := strings.LastIndexByte(imp, '.'); i >= 0 {
			return imp[i+1:]
		}
		return imp
	}
	if b.Kind == AssignBinding {
		switch v := b.Value.(type) {
		case *ast.Attribute:
			return v.Attr.Name
		case *ast.Name:
			if r := m.resolvedLast(b.Scope, v, depth+1); r != "" {
				return r
			}
			return v.ID
		}
	}
	return ""
}

// IsBuiltin reports whether name is one of Python's builtins.
func IsBuiltin(name string) bool { return builtins[name] }

// QualifiedName returns the qualified name an expression in scope s refers
// to: a Name or an attribute chain whose base is an import, a builtin, or
// a name bound to another qualified name. It returns "" when the
// expression refers to something else (a local value, a parameter) or to
// nothing the model knows. Builtins have their plain name ("eval").
// Functions and classes of this module have the module's name as prefix
// ("pkg.mod.f").
func (m *Model) QualifiedName(s *Scope, e ast.Expr) string {
	return m.qualifiedName(s, e, 0)
}

func (m *Model) qualifiedName(s *Scope, e ast.Expr, depth int) string {
	if depth > 16 {
		return ""
	}
	switch e := e.(type) {
	case *ast.Name:
		b := m.Lookup(s, e.ID, e.Start)
		if b == nil {
			if builtins[e.ID] {
				return e.ID
			}
			return ""
		}
		return m.bindingName(b, depth)
	case *ast.Attribute:
		base := m.qualifiedName(s, e.Value, depth)
		if base == "" {
			return ""
		}
		return base + "." + e.Attr.Name
	}
	return ""
}

// bindingName returns the qualified name a binding stands for, or "".
func (m *Model) bindingName(b *Binding, depth int) string {
	switch b.Kind {
	case ImportBinding:
		return b.Import
	case AssignBinding:
		if b.Value != nil {
			return m.qualifiedName(b.Scope, b.Value, depth+1)
		}
	case FunctionBinding, ClassBinding:
		return m.defName(b)
	}
	return ""
}

// defName returns "module.Outer.name" for a def or class binding.
func (m *Model) defName(b *Binding) string {
	var parts []string
	for s := b.Scope; s != nil && s.Kind != ModuleScope; s = s.Parent {
		switch n := s.Node.(type) {
		case *ast.ClassDef:
			parts = append(parts, n.Name.Name)
		case *ast.FunctionDef:
			parts = append(parts, n.Name.Name, "<locals>")
		default:
			return ""
		}
	}
	name := b.Name
	for i := len(parts) - 1; i >= 0; i-- {
		name = parts[i] + "." + name
	}
	if m.ModuleName != "" {
		name = m.ModuleName + "." + name
	}
	return name
}

// DottedName returns the dotted text of a Name or attribute chain
// ("os.path.join"), or "" for any other expression.
func DottedName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.ID
	case *ast.Attribute:
		base := DottedName(e.Value)
		if base == "" {
			return ""
		}
		return base + "." + e.Attr.Name
	}
	return ""
}

// CallArg returns the argument of c for a parameter at position pos (-1 for
// a keyword-only parameter) named name: the positional argument when
// there is one (and no *args before it), else the keyword argument, else
// nil.
func CallArg(c *ast.Call, pos int, name string) ast.Expr {
	if pos >= 0 && pos < len(c.Args) {
		for _, a := range c.Args[:pos+1] {
			if _, star := a.(*ast.Starred); star {
				return nil
			}
		}
		return c.Args[pos]
	}
	if name != "" {
		if k := CallKeyword(c, name); k != nil {
			return k.Value
		}
	}
	return nil
}

// CallKeyword returns the keyword argument name= of c (the last when given
// twice), or nil.
func CallKeyword(c *ast.Call, name string) *ast.Keyword {
	var found *ast.Keyword
	for _, k := range c.Keywords {
		if k.Arg.Name == name {
			found = k
		}
	}
	return found
}

// LastName returns the last name of a Name or attribute ("join" for
// os.path.join), or "" for any other expression.
func LastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.ID
	case *ast.Attribute:
		return e.Attr.Name
	}
	return ""
}

// ResolveImport returns the absolute module name of a (possibly relative)
// from-import in this module: level dots above the current package, then
// module. It returns "" when the level goes above the top package or the
// module's name is unknown.
func (m *Model) ResolveImport(module string, level int) string {
	if level == 0 {
		return module
	}
	if m.ModuleName == "" {
		return ""
	}
	parts := strings.Split(m.ModuleName, ".")
	if !m.IsPackage {
		parts = parts[:len(parts)-1] // the module's package
	}
	up := level - 1
	if up > len(parts) {
		return ""
	}
	parts = parts[:len(parts)-up]
	if module != "" {
		parts = append(parts, module)
	}
	return strings.Join(parts, ".")
}
