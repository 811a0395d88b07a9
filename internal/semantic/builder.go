package semantic

import (
	"strings"

	"github.com/krait-dev/krait/python/ast"
)

// builder collects scopes and bindings in one walk of the module.
type builder struct {
	m *Model
	// slabs: scopes, bindings and one-element binding lists are
	// allocated in chunks (a module has thousands of bindings).
	scopes   []Scope
	bindings []Binding
	lists    []*Binding
	// declared is set when the source may hold global or nonlocal
	// statements.
	declared bool
}

const slabSize = 256

func (b *builder) newScope(kind ScopeKind, n ast.Node, parent *Scope) *Scope {
	if len(b.scopes) == 0 {
		b.scopes = make([]Scope, 64)
	}
	s := &b.scopes[0]
	b.scopes = b.scopes[1:]
	*s = Scope{Kind: kind, Node: n, Parent: parent}
	if parent != nil {
		parent.Children = append(parent.Children, s)
	}
	b.m.scopes[n] = s
	return s
}

func (b *builder) bind(s *Scope, name string, kind BindingKind, n ast.Node, pos int32) *Binding {
	if name == "" {
		return nil
	}
	target := s
	if s.Globals[name] {
		target = b.m.Module
	} else if s.Nonlocals[name] {
		for t := s.Parent; t != nil; t = t.Parent {
			if t.Kind == FunctionScope || t.Kind == LambdaScope {
				if len(t.Bindings(name)) > 0 || t.Parent == nil {
					target = t
					break
				}
			}
		}
	}
	if len(b.bindings) == 0 {
		b.bindings = make([]Binding, slabSize)
	}
	bd := &b.bindings[0]
	b.bindings = b.bindings[1:]
	*bd = Binding{Name: name, Kind: kind, Node: n, Pos: pos, Scope: target}
	if len(b.lists) == 0 {
		b.lists = make([]*Binding, slabSize)
	}
	if target.add(name, bd, b.lists[:0:1]) {
		b.lists = b.lists[1:]
	}
	return bd
}

func (b *builder) stmts(s *Scope, body []ast.Stmt) {
	// Global and nonlocal declarations apply to the whole scope (most
	// files have none).
	if b.declared {
		for _, st := range body {
			b.declarations(s, st)
		}
	}
	for _, st := range body {
		b.stmt(s, st)
	}
}

// declarations records the global/nonlocal statements of a scope,
// including those nested in its compound statements.
func (b *builder) declarations(s *Scope, st ast.Stmt) {
	switch st := st.(type) {
	case *ast.Global:
		if s.Globals == nil {
			s.Globals = make(map[string]bool)
		}
		for _, n := range st.Names {
			s.Globals[n.Name] = true
		}
	case *ast.Nonlocal:
		if s.Nonlocals == nil {
			s.Nonlocals = make(map[string]bool)
		}
		for _, n := range st.Names {
			s.Nonlocals[n.Name] = true
		}
	case *ast.FunctionDef, *ast.ClassDef:
		// Their bodies are other scopes.
	default:
		ast.Children(st, func(c ast.Node) {
			if cs, ok := c.(ast.Stmt); ok {
				b.declarations(s, cs)
			} else if h, ok := c.(*ast.ExceptHandler); ok {
				for _, x := range h.Body {
					b.declarations(s, x)
				}
			} else if mc, ok := c.(*ast.MatchCase); ok {
				for _, x := range mc.Body {
					b.declarations(s, x)
				}
			}
		})
	}
}

func (b *builder) stmt(s *Scope, st ast.Stmt) {
	switch st := st.(type) {
	case *ast.FunctionDef:
		b.exprs(s, st.DecoratorList)
		for _, tp := range st.TypeParams {
			b.typeParam(s, tp)
		}
		b.argDefaults(s, st.Args)
		b.argAnnotations(s, st.Args)
		b.expr(s, st.Returns)
		fs := b.newScope(FunctionScope, st, s)
		b.params(fs, st.Args, st.Start)
		b.stmts(fs, st.Body)
		b.bind(s, st.Name.Name, FunctionBinding, st, st.End)
	case *ast.ClassDef:
		b.exprs(s, st.DecoratorList)
		for _, tp := range st.TypeParams {
			b.typeParam(s, tp)
		}
		b.exprs(s, st.Bases)
		for _, k := range st.Keywords {
			b.expr(s, k.Value)
		}
		cs := b.newScope(ClassScope, st, s)
		b.stmts(cs, st.Body)
		b.bind(s, st.Name.Name, ClassBinding, st, st.End)
	case *ast.Import:
		for _, a := range st.Names {
			if a.AsName.Name != "" {
				bd := b.bind(s, a.AsName.Name, ImportBinding, a, a.Start)
				bd.Import = a.Name.Name
			} else {
				first, _, _ := strings.Cut(a.Name.Name, ".")
				bd := b.bind(s, first, ImportBinding, a, a.Start)
				bd.Import = first
			}
		}
	case *ast.ImportFrom:
		mod := b.m.ResolveImport(st.Module.Name, st.Level)
		for _, a := range st.Names {
			if a.Name.Name == "*" {
				continue
			}
			name := a.Name.Name
			if a.AsName.Name != "" {
				name = a.AsName.Name
			}
			bd := b.bind(s, name, ImportBinding, a, a.Start)
			if mod != "" {
				bd.Import = mod + "." + a.Name.Name
			} else if st.Level == 0 {
				bd.Import = a.Name.Name
			}
		}
	case *ast.Assign:
		b.expr(s, st.Value)
		for _, t := range st.Targets {
			b.target(s, t, AssignBinding, st.End)
		}
		if len(st.Targets) == 1 {
			if n, ok := st.Targets[0].(*ast.Name); ok {
				if bs := s.Bindings(n.ID); len(bs) > 0 && bs[len(bs)-1].Node == n {
					bs[len(bs)-1].Value = st.Value
				} else if bd := b.lastBinding(n.ID, n); bd != nil {
					bd.Value = st.Value
				}
			}
		}
	case *ast.AugAssign:
		b.expr(s, st.Value)
		b.expr(s, st.Target)
		b.target(s, st.Target, AugAssignBinding, st.End)
	case *ast.AnnAssign:
		b.expr(s, st.Annotation)
		b.expr(s, st.Value)
		if st.Value != nil {
			b.target(s, st.Target, AssignBinding, st.End)
			if n, ok := st.Target.(*ast.Name); ok {
				if bd := b.lastBinding(n.ID, n); bd != nil {
					bd.Value = st.Value
				}
			}
		}
	case *ast.TypeAlias:
		for _, tp := range st.TypeParams {
			b.typeParam(s, tp)
		}
		b.expr(s, st.Value)
		b.target(s, st.Name, AssignBinding, st.End)
	case *ast.For:
		b.expr(s, st.Iter)
		b.target(s, st.Target, LoopBinding, st.Target.Span().Start)
		b.stmts(s, st.Body)
		b.stmts(s, st.Orelse)
	case *ast.With:
		for _, it := range st.Items {
			b.expr(s, it.ContextExpr)
			if it.OptionalVars != nil {
				b.target(s, it.OptionalVars, WithBinding, it.OptionalVars.Span().Start)
			}
		}
		b.stmts(s, st.Body)
	case *ast.Try:
		b.stmts(s, st.Body)
		for _, h := range st.Handlers {
			b.expr(s, h.Type)
			if h.Name.Name != "" {
				b.bind(s, h.Name.Name, ExceptBinding, h, h.Name.Start)
			}
			b.stmts(s, h.Body)
		}
		b.stmts(s, st.Orelse)
		b.stmts(s, st.Finalbody)
	case *ast.Match:
		b.expr(s, st.Subject)
		for _, c := range st.Cases {
			b.pattern(s, c.Pattern)
			b.expr(s, c.Guard)
			b.stmts(s, c.Body)
		}
	case *ast.Delete:
		for _, t := range st.Targets {
			b.expr(s, t)
			b.target(s, t, DeleteBinding, st.End)
		}
	case *ast.If:
		b.expr(s, st.Test)
		b.stmts(s, st.Body)
		b.stmts(s, st.Orelse)
	case *ast.While:
		b.expr(s, st.Test)
		b.stmts(s, st.Body)
		b.stmts(s, st.Orelse)
	case *ast.ExprStmt:
		b.expr(s, st.Value)
	case *ast.Return:
		b.expr(s, st.Value)
	case *ast.Raise:
		b.expr(s, st.Exc)
		b.expr(s, st.Cause)
	case *ast.Assert:
		b.expr(s, st.Test)
		b.expr(s, st.Msg)
	case *ast.Pass, *ast.Break, *ast.Continue, *ast.Global, *ast.Nonlocal:
	default:
		ast.Children(st, func(c ast.Node) {
			if e, ok := c.(ast.Expr); ok {
				b.expr(s, e)
			}
		})
	}
}

// lastBinding finds the binding whose node is n among name's bindings in
// any scope (targets may bind in the module scope through global).
func (b *builder) lastBinding(name string, n ast.Node) *Binding {
	var find func(*Scope) *Binding
	find = func(s *Scope) *Binding {
		bs := s.Bindings(name)
		for i := len(bs) - 1; i >= 0; i-- {
			if bs[i].Node == n {
				return bs[i]
			}
		}
		for _, c := range s.Children {
			if bd := find(c); bd != nil {
				return bd
			}
		}
		return nil
	}
	return find(b.m.Module)
}

// target binds the names an assignment target binds, and records the
// expressions inside it (subscripts, attribute bases) as uses.
func (b *builder) target(s *Scope, t ast.Expr, kind BindingKind, pos int32) {
	switch t := t.(type) {
	case *ast.Name:
		b.bind(s, t.ID, kind, t, pos)
	case *ast.Tuple:
		for _, x := range t.Elts {
			b.target(s, x, kind, pos)
		}
	case *ast.List:
		for _, x := range t.Elts {
			b.target(s, x, kind, pos)
		}
	case *ast.Starred:
		b.target(s, t.Value, kind, pos)
	case *ast.Attribute:
		b.expr(s, t.Value)
	case *ast.Subscript:
		b.expr(s, t.Value)
		b.expr(s, t.Slice)
	}
}

func (b *builder) exprs(s *Scope, xs []ast.Expr) {
	for _, x := range xs {
		b.expr(s, x)
	}
}

// expr walks an expression for the scopes and bindings inside it:
// lambdas, comprehensions and assignment expressions.
func (b *builder) expr(s *Scope, e ast.Expr) {
	if e == nil {
		return
	}
	switch e := e.(type) {
	case *ast.Name, *ast.Constant:
		return
	case *ast.Lambda:
		b.argDefaults(s, e.Args)
		ls := b.newScope(LambdaScope, e, s)
		b.params(ls, e.Args, e.Start)
		b.expr(ls, e.Body)
		return
	case *ast.ListComp:
		b.comprehension(s, e, e.Generators, e.Elt)
		return
	case *ast.SetComp:
		b.comprehension(s, e, e.Generators, e.Elt)
		return
	case *ast.GeneratorExp:
		b.comprehension(s, e, e.Generators, e.Elt)
		return
	case *ast.DictComp:
		b.comprehension(s, e, e.Generators, e.Key, e.Value)
		return
	case *ast.NamedExpr:
		b.expr(s, e.Value)
		// The target of := binds in the nearest enclosing scope that is
		// not a comprehension.
		t := s
		for t.Kind == ComprehensionScope && t.Parent != nil {
			t = t.Parent
		}
		bd := b.bind(t, e.Target.ID, AssignBinding, e.Target, e.End)
		if bd != nil {
			bd.Value = e.Value
		}
		return
	}
	// The other expressions: visit their subexpressions.
	switch e := e.(type) {
	case *ast.Call:
		b.expr(s, e.Func)
		b.exprs(s, e.Args)
		for _, k := range e.Keywords {
			b.expr(s, k.Value)
		}
	case *ast.Attribute:
		b.expr(s, e.Value)
	case *ast.BinOp:
		b.expr(s, e.Left)
		b.expr(s, e.Right)
	case *ast.Subscript:
		b.expr(s, e.Value)
		b.expr(s, e.Slice)
	case *ast.Tuple:
		b.exprs(s, e.Elts)
	case *ast.List:
		b.exprs(s, e.Elts)
	case *ast.Set:
		b.exprs(s, e.Elts)
	case *ast.Dict:
		b.exprs(s, e.Keys)
		b.exprs(s, e.Values)
	case *ast.Compare:
		b.expr(s, e.Left)
		b.exprs(s, e.Comparators)
	case *ast.BoolOp:
		b.exprs(s, e.Values)
	case *ast.UnaryOp:
		b.expr(s, e.Operand)
	case *ast.IfExp:
		b.expr(s, e.Body)
		b.expr(s, e.Test)
		b.expr(s, e.Orelse)
	case *ast.JoinedStr:
		b.exprs(s, e.Values)
	case *ast.TemplateStr:
		b.exprs(s, e.Values)
	case *ast.FormattedValue:
		b.expr(s, e.Value)
		b.expr(s, e.FormatSpec)
	case *ast.Interpolation:
		b.expr(s, e.Value)
		b.expr(s, e.FormatSpec)
	case *ast.Starred:
		b.expr(s, e.Value)
	case *ast.Await:
		b.expr(s, e.Value)
	case *ast.Yield:
		b.expr(s, e.Value)
	case *ast.YieldFrom:
		b.expr(s, e.Value)
	case *ast.Slice:
		b.expr(s, e.Lower)
		b.expr(s, e.Upper)
		b.expr(s, e.Step)
	default:
		ast.Children(e, func(c ast.Node) {
			switch c := c.(type) {
			case ast.Expr:
				b.expr(s, c)
			case *ast.Keyword:
				b.expr(s, c.Value)
			}
		})
	}
}

// comprehension opens a comprehension's scope: its first iterable is
// evaluated outside it.
func (b *builder) comprehension(s *Scope, n ast.Expr, gens []*ast.Comprehension, elts ...ast.Expr) {
	if len(gens) == 0 {
		return
	}
	b.expr(s, gens[0].Iter)
	cs := b.newScope(ComprehensionScope, n, s)
	for i, g := range gens {
		if i > 0 {
			b.expr(cs, g.Iter)
		}
		b.target(cs, g.Target, LoopBinding, g.Target.Span().Start)
		b.exprs(cs, g.Ifs)
	}
	b.exprs(cs, elts)
}

func (b *builder) argDefaults(s *Scope, a *ast.Arguments) {
	if a == nil {
		return
	}
	b.exprs(s, a.Defaults)
	b.exprs(s, a.KwDefaults)
}

func (b *builder) argAnnotations(s *Scope, a *ast.Arguments) {
	for _, p := range allParams(a) {
		b.expr(s, p.Annotation)
	}
}

func (b *builder) params(s *Scope, a *ast.Arguments, pos int32) {
	for _, p := range allParams(a) {
		b.bind(s, p.Arg.Name, ParamBinding, p, pos)
	}
}

// allParams returns a function's parameters in order.
func allParams(a *ast.Arguments) []*ast.Arg {
	if a == nil {
		return nil
	}
	ps := make([]*ast.Arg, 0, len(a.PosOnlyArgs)+len(a.Args)+len(a.KwOnlyArgs)+2)
	ps = append(ps, a.PosOnlyArgs...)
	ps = append(ps, a.Args...)
	if a.VarArg != nil {
		ps = append(ps, a.VarArg)
	}
	ps = append(ps, a.KwOnlyArgs...)
	if a.KwArg != nil {
		ps = append(ps, a.KwArg)
	}
	return ps
}

func (b *builder) typeParam(s *Scope, tp ast.TypeParam) {
	switch tp := tp.(type) {
	case *ast.TypeVar:
		b.expr(s, tp.Bound)
		b.expr(s, tp.DefaultValue)
	case *ast.ParamSpec:
		b.expr(s, tp.DefaultValue)
	case *ast.TypeVarTuple:
		b.expr(s, tp.DefaultValue)
	}
}

func (b *builder) pattern(s *Scope, p ast.Pattern) {
	switch p := p.(type) {
	case *ast.MatchValue:
		b.expr(s, p.Value)
	case *ast.MatchSequence:
		for _, x := range p.Patterns {
			b.pattern(s, x)
		}
	case *ast.MatchMapping:
		b.exprs(s, p.Keys)
		for _, x := range p.Patterns {
			b.pattern(s, x)
		}
		if p.Rest.Name != "" {
			b.bind(s, p.Rest.Name, PatternBinding, p, p.Rest.Start)
		}
	case *ast.MatchClass:
		b.expr(s, p.Cls)
		for _, x := range p.Patterns {
			b.pattern(s, x)
		}
		for _, x := range p.KwdPatterns {
			b.pattern(s, x)
		}
	case *ast.MatchStar:
		if p.Name.Name != "" {
			b.bind(s, p.Name.Name, PatternBinding, p, p.Name.Start)
		}
	case *ast.MatchAs:
		b.pattern(s, p.Pattern)
		if p.Name.Name != "" {
			b.bind(s, p.Name.Name, PatternBinding, p, p.Name.Start)
		}
	case *ast.MatchOr:
		for _, x := range p.Patterns {
			b.pattern(s, x)
		}
	}
}

// builtins are the names of Python 3's builtins module.
var builtins = func() map[string]bool {
	m := make(map[string]bool)
	for _, n := range strings.Fields(`
		ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup
		BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError
		ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
		DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception
		ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning
		GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
		InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
		ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError
		OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError
		PythonFinalizationError RecursionError ReferenceError ResourceWarning RuntimeError
		RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError
		SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError
		UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning
		ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__ __import__
		__loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool
		breakpoint bytearray bytes callable chr classmethod compile complex copyright credits
		delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr
		globals hasattr hash help hex id input int isinstance issubclass iter len license list
		locals map max memoryview min next object oct open ord pow print property quit range
		repr reversed round set setattr slice sorted staticmethod str sum super tuple type
		vars zip`) {
		m[n] = true
	}
	return m
}()
