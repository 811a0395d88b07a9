package analysis

import (
	"fmt"
	"runtime/debug"

	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// Analyzer runs a set of rules over modules. It is safe for concurrent
// use: Run keeps its state per call.
type Analyzer struct {
	rules   []*Rule
	byKind  [ast.NumKinds][]int // rule indexes per node kind
	opts    []any               // configured options per rule
	enabled map[string]bool
	// calls dispatches calls: rules for every call, and rules by callee
	// name.
	allCalls []int
	byCallee map[string][]int
}

// NewAnalyzer prepares rules to run. options maps a rule id to its
// configured options (a pointer of the rule's Options type); rules without
// an entry use their defaults.
func NewAnalyzer(rules []*Rule, options map[string]any) *Analyzer {
	a := &Analyzer{rules: rules, opts: make([]any, len(rules)), enabled: make(map[string]bool, len(rules))}
	batches := map[string]bool{}
	for i, r := range rules {
		a.enabled[r.ID] = true
		a.opts[i] = r.Options
		if o, ok := options[r.ID]; ok {
			a.opts[i] = o
		}
		if r.Batch != "" {
			if batches[r.Batch] {
				continue // the batch's first rule runs for it
			}
			batches[r.Batch] = true
		}
		for _, k := range r.Kinds {
			if k != ast.CallKind {
				a.byKind[k] = append(a.byKind[k], i)
				continue
			}
			if r.Callees == nil {
				a.allCalls = append(a.allCalls, i)
				continue
			}
			if a.byCallee == nil {
				a.byCallee = make(map[string][]int)
			}
			for _, name := range r.Callees(a.opts[i]) {
				if l := a.byCallee[name]; len(l) == 0 || l[len(l)-1] != i {
					a.byCallee[name] = append(l, i)
				}
			}
		}
	}
	return a
}

// Rules returns the rules the analyzer runs.
func (a *Analyzer) Rules() []*Rule { return a.rules }

// RuleError is a rule that broke on a file: its Run returned an error or
// panicked. The file's other findings stand.
type RuleError struct {
	RuleID string
	Path   string
	Line   int
	Err    error
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("%s:%d: rule %s failed: %v", e.Path, e.Line, e.RuleID, e.Err)
}

func (e *RuleError) Unwrap() error { return e.Err }

// Run runs the rules over one parsed module in a single traversal and
// returns the findings in traversal order, and the rules that broke.
//
// A rule that panics is reported as a RuleError and the traversal starts
// again without it (the other rules' findings of the first attempt are
// dropped, so none is reported twice): the hot path needs no deferred
// recovery per rule call.
func (a *Analyzer) Run(path string, f *ast.File, m *semantic.Model) ([]Finding, []error) {
	var errs []error
	disabled := make([]bool, len(a.rules))
	for {
		w := &walker{a: a, path: path, file: f, model: m, scope: m.Module, disabled: disabled, cur: -1}
		w.visitFn = w.visit
		w.passes = make([]Pass, len(a.rules))
		for i, r := range a.rules {
			w.passes[i] = Pass{File: f, Path: path, Model: m, Rule: r, Options: a.opts[i], report: w.add, w: w}
		}
		if w.traverse() {
			return w.findings, append(errs, w.errs...)
		}
		errs = append(errs, w.panicErr)
		disabled[w.cur] = true
	}
}

// traverse walks the module; it returns false when a rule panicked
// (w.cur is that rule, w.panicErr the error).
func (w *walker) traverse() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if w.cur < 0 {
				panic(r) // the driver's own bug
			}
			p := &w.passes[w.cur]
			line := 0
			if w.node != nil {
				line = w.file.Position(w.node.Span().Start).Line
			}
			w.panicErr = &RuleError{RuleID: p.Rule.ID, Path: w.path, Line: line,
				Err: fmt.Errorf("panic: %v\n%s", r, debug.Stack())}
			ok = false
		}
	}()
	if w.file.Module != nil {
		w.visit(w.file.Module)
	}
	return true
}

type walker struct {
	a        *Analyzer
	path     string
	file     *ast.File
	model    *semantic.Model
	scope    *semantic.Scope
	parents  []ast.Node
	passes   []Pass
	findings []Finding
	errs     []error
	state    []any
	disabled []bool
	node     ast.Node // the node being inspected
	visitFn  func(ast.Node)
	cur      int // the rule running, -1 between rules
	panicErr error
}

func (w *walker) add(f Finding) { w.findings = append(w.findings, f) }

// visit dispatches n to the rules that asked for its kind, then visits its
// children (in ast.Children's order), each in the scope it is evaluated
// in. It is the hot loop of a scan: one type switch per node, children
// visited directly, leaves not pushed as parents.
func (w *walker) visit(n ast.Node) {
	switch n := n.(type) {
	// Leaves.
	case *ast.Name:
		w.rules(ast.NameKind, n)
	case *ast.Constant:
		w.rules(ast.ConstantKind, n)
	case *ast.Pass, *ast.Break, *ast.Continue, *ast.Global, *ast.Nonlocal, *ast.Alias,
		*ast.MatchSingleton, *ast.MatchStar, *ast.TypeIgnore:
		w.rules(ast.KindOf(n), n)

	case *ast.Call:
		w.call(n)
		w.push(n)
		w.visit(n.Func)
		// Arguments in source order: positional and keyword arguments
		// can interleave (f(a, k=1, *b)).
		i, j := 0, 0
		for i < len(n.Args) || j < len(n.Keywords) {
			if j == len(n.Keywords) || i < len(n.Args) && n.Args[i].Span().Start < n.Keywords[j].Start {
				w.visit(n.Args[i])
				i++
			} else {
				w.visit(n.Keywords[j])
				j++
			}
		}
		w.pop()
	case *ast.Attribute:
		w.rules(ast.AttributeKind, n)
		w.push(n)
		w.visit(n.Value)
		w.pop()
	case *ast.Keyword:
		w.rules(ast.KeywordKind, n)
		w.push(n)
		w.visit(n.Value)
		w.pop()
	case *ast.ExprStmt:
		w.rules(ast.ExprStmtKind, n)
		w.push(n)
		w.visit(n.Value)
		w.pop()
	case *ast.Assign:
		w.rules(ast.AssignKind, n)
		w.push(n)
		w.exprs(n.Targets)
		w.visit(n.Value)
		w.pop()
	case *ast.BinOp:
		w.rules(ast.BinOpKind, n)
		w.push(n)
		w.visit(n.Left)
		w.visit(n.Right)
		w.pop()
	case *ast.Subscript:
		w.rules(ast.SubscriptKind, n)
		w.push(n)
		w.visit(n.Value)
		w.visit(n.Slice)
		w.pop()
	case *ast.Tuple:
		w.rules(ast.TupleKind, n)
		w.push(n)
		w.exprs(n.Elts)
		w.pop()
	case *ast.List:
		w.rules(ast.ListKind, n)
		w.push(n)
		w.exprs(n.Elts)
		w.pop()
	case *ast.Compare:
		w.rules(ast.CompareKind, n)
		w.push(n)
		w.visit(n.Left)
		w.exprs(n.Comparators)
		w.pop()
	case *ast.Return:
		w.rules(ast.ReturnKind, n)
		w.push(n)
		w.opt(n.Value)
		w.pop()
	case *ast.If:
		w.rules(ast.IfKind, n)
		w.push(n)
		w.visit(n.Test)
		w.stmts(n.Body)
		w.stmts(n.Orelse)
		w.pop()

	case *ast.FunctionDef:
		w.rules(ast.FunctionDefKind, n)
		w.push(n)
		w.exprs(n.DecoratorList)
		for _, tp := range n.TypeParams {
			w.visit(tp)
		}
		inner := w.model.ScopeOf(n)
		w.arguments(n.Args, inner)
		w.opt(n.Returns)
		outer := w.enter(inner)
		w.stmts(n.Body)
		w.scope = outer
		w.pop()
	case *ast.ClassDef:
		w.rules(ast.ClassDefKind, n)
		w.push(n)
		w.exprs(n.DecoratorList)
		for _, tp := range n.TypeParams {
			w.visit(tp)
		}
		w.exprs(n.Bases)
		for _, k := range n.Keywords {
			w.visit(k)
		}
		outer := w.enter(w.model.ScopeOf(n))
		w.stmts(n.Body)
		w.scope = outer
		w.pop()
	case *ast.Lambda:
		w.rules(ast.LambdaKind, n)
		w.push(n)
		inner := w.model.ScopeOf(n)
		w.arguments(n.Args, inner)
		outer := w.enter(inner)
		w.visit(n.Body)
		w.scope = outer
		w.pop()
	case *ast.ListComp:
		w.rules(ast.ListCompKind, n)
		w.push(n)
		w.comprehension(n, n.Generators, n.Elt)
		w.pop()
	case *ast.SetComp:
		w.rules(ast.SetCompKind, n)
		w.push(n)
		w.comprehension(n, n.Generators, n.Elt)
		w.pop()
	case *ast.GeneratorExp:
		w.rules(ast.GeneratorExpKind, n)
		w.push(n)
		w.comprehension(n, n.Generators, n.Elt)
		w.pop()
	case *ast.DictComp:
		w.rules(ast.DictCompKind, n)
		w.push(n)
		w.comprehension(n, n.Generators, n.Key, n.Value)
		w.pop()
	default:
		w.rules(ast.KindOf(n), n)
		w.push(n)
		ast.Children(n, w.visitFn)
		w.pop()
	}
}

// rules runs the rules that asked for kind k on n.
func (w *walker) rules(k ast.Kind, n ast.Node) {
	for _, i := range w.a.byKind[k] {
		w.run(i, n)
	}
}

func (w *walker) push(n ast.Node) { w.parents = append(w.parents, n) }
func (w *walker) pop()            { w.parents = w.parents[:len(w.parents)-1] }

// opt visits an optional expression.
func (w *walker) opt(e ast.Expr) {
	if e != nil {
		w.visit(e)
	}
}

func (w *walker) stmts(xs []ast.Stmt) {
	for _, x := range xs {
		w.visit(x)
	}
}

// enter makes s the current scope (when not nil) and returns the scope it
// replaces.
func (w *walker) enter(s *semantic.Scope) *semantic.Scope {
	outer := w.scope
	if s != nil {
		w.scope = s
	}
	return outer
}

// call runs the call rules on c: those for every call, then those for its
// callee names, each once, in rule order.
func (w *walker) call(c *ast.Call) {
	a := w.a
	for _, i := range a.allCalls {
		w.run(i, c)
	}
	if len(a.byCallee) == 0 {
		return
	}
	written, resolved := w.model.CalleeNames(w.scope, c)
	x := a.byCallee[written]
	var y []int
	if resolved != "" && resolved != written {
		y = a.byCallee[resolved]
	}
	// merge the two sorted lists
	for len(x) > 0 || len(y) > 0 {
		switch {
		case len(y) == 0 || len(x) > 0 && x[0] < y[0]:
			w.run(x[0], c)
			x = x[1:]
		case len(x) == 0 || y[0] < x[0]:
			w.run(y[0], c)
			y = y[1:]
		default:
			w.run(x[0], c)
			x, y = x[1:], y[1:]
		}
	}
}

func (w *walker) exprs(xs []ast.Expr) {
	for _, x := range xs {
		if x != nil {
			w.visit(x)
		}
	}
}

// arguments visits a parameter list: defaults and annotations in the
// enclosing scope, the parameters themselves in the function's.
func (w *walker) arguments(args *ast.Arguments, inner *semantic.Scope) {
	if args == nil {
		return
	}
	for _, i := range w.a.byKind[ast.ArgumentsKind] {
		w.run(i, args)
	}
	w.parents = append(w.parents, args)
	ast.Children(args, func(c ast.Node) {
		if arg, ok := c.(*ast.Arg); ok {
			w.inScope(inner, func() {
				for _, i := range w.a.byKind[ast.ArgKind] {
					w.run(i, arg)
				}
			})
			if arg.Annotation != nil {
				w.parents = append(w.parents, arg)
				w.visit(arg.Annotation)
				w.parents = w.parents[:len(w.parents)-1]
			}
			return
		}
		w.visit(c)
	})
	w.parents = w.parents[:len(w.parents)-1]
}

// comprehension visits a comprehension: its first iterable outside its
// scope, the rest inside.
func (w *walker) comprehension(n ast.Node, gens []*ast.Comprehension, elts ...ast.Expr) {
	inner := w.model.ScopeOf(n)
	if inner == nil {
		inner = w.scope
	}
	w.inScope(inner, func() { w.exprs(elts) })
	for i, g := range gens {
		for _, r := range w.a.byKind[ast.ComprehensionKind] {
			w.run(r, g)
		}
		w.parents = append(w.parents, g)
		if i == 0 {
			w.visit(g.Iter)
		}
		w.inScope(inner, func() {
			w.visit(g.Target)
			if i > 0 {
				w.visit(g.Iter)
			}
			w.exprs(g.Ifs)
		})
		w.parents = w.parents[:len(w.parents)-1]
	}
}

func (w *walker) inScope(s *semantic.Scope, f func()) {
	if s == nil {
		f()
		return
	}
	outer := w.scope
	w.scope = s
	f()
	w.scope = outer
}

// run calls rule i on n, turning an error into a RuleError.
func (w *walker) run(i int, n ast.Node) {
	if w.disabled[i] {
		return
	}
	p := &w.passes[i]
	w.node = n
	w.cur = i
	err := p.Rule.Run(p, n)
	w.cur = -1
	if err != nil {
		w.errs = append(w.errs, &RuleError{RuleID: p.Rule.ID, Path: w.path, Line: w.file.Position(n.Span().Start).Line, Err: err})
	}
}
