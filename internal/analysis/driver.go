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
	for i, r := range rules {
		a.enabled[r.ID] = true
		a.opts[i] = r.Options
		if o, ok := options[r.ID]; ok {
			a.opts[i] = o
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
	cur      int      // the rule running, -1 between rules
	panicErr error
}

func (w *walker) add(f Finding) { w.findings = append(w.findings, f) }

// visit dispatches n to the rules that asked for its kind, then visits its
// children, each in the scope it is evaluated in.
func (w *walker) visit(n ast.Node) {
	if c, ok := n.(*ast.Call); ok {
		w.call(c)
	} else {
		for _, i := range w.a.byKind[ast.KindOf(n)] {
			w.run(i, n)
		}
	}
	w.parents = append(w.parents, n)
	switch n := n.(type) {
	case *ast.FunctionDef:
		w.exprs(n.DecoratorList)
		for _, tp := range n.TypeParams {
			w.visit(tp)
		}
		inner := w.model.ScopeOf(n)
		w.arguments(n.Args, inner)
		if n.Returns != nil {
			w.visit(n.Returns)
		}
		w.inScope(inner, func() {
			for _, s := range n.Body {
				w.visit(s)
			}
		})
	case *ast.ClassDef:
		w.exprs(n.DecoratorList)
		for _, tp := range n.TypeParams {
			w.visit(tp)
		}
		w.exprs(n.Bases)
		for _, k := range n.Keywords {
			w.visit(k)
		}
		w.inScope(w.model.ScopeOf(n), func() {
			for _, s := range n.Body {
				w.visit(s)
			}
		})
	case *ast.Lambda:
		inner := w.model.ScopeOf(n)
		w.arguments(n.Args, inner)
		w.inScope(inner, func() { w.visit(n.Body) })
	case *ast.ListComp:
		w.comprehension(n, n.Generators, n.Elt)
	case *ast.SetComp:
		w.comprehension(n, n.Generators, n.Elt)
	case *ast.GeneratorExp:
		w.comprehension(n, n.Generators, n.Elt)
	case *ast.DictComp:
		w.comprehension(n, n.Generators, n.Key, n.Value)
	default:
		ast.Children(n, w.visit)
	}
	w.parents = w.parents[:len(w.parents)-1]
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
		w.visit(x)
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
