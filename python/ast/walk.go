package ast

import "fmt"

// Inspect traverses the tree rooted at n in depth-first source order: it
// calls f(n); if f returns true, Inspect visits n's children, then calls
// f(nil) to mark the end of n's children (as go/ast.Inspect does).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || isNil(n) {
		return
	}
	if !f(n) {
		return
	}
	Children(n, func(c Node) { Inspect(c, f) })
	f(nil)
}

// Children calls f for each direct child of n, in source order. Absent
// optional children (nil) are skipped; identifiers are not nodes.
func Children(n Node, f func(Node)) {
	v := visitor{f}
	switch n := n.(type) {
	case *Module:
		stmts(v, n.Body)
	case *Interactive:
		stmts(v, n.Body)
	case *Expression:
		v.expr(n.Body)
	case *TypeIgnore:

	case *FunctionDef:
		exprs(v, n.DecoratorList)
		typeParams(v, n.TypeParams)
		v.node(n.Args)
		v.expr(n.Returns)
		stmts(v, n.Body)
	case *ClassDef:
		exprs(v, n.DecoratorList)
		typeParams(v, n.TypeParams)
		exprs(v, n.Bases)
		for _, k := range n.Keywords {
			v.node(k)
		}
		stmts(v, n.Body)
	case *Return:
		v.expr(n.Value)
	case *Delete:
		exprs(v, n.Targets)
	case *Assign:
		exprs(v, n.Targets)
		v.expr(n.Value)
	case *TypeAlias:
		v.expr(n.Name)
		typeParams(v, n.TypeParams)
		v.expr(n.Value)
	case *AugAssign:
		v.expr(n.Target)
		v.expr(n.Value)
	case *AnnAssign:
		v.expr(n.Target)
		v.expr(n.Annotation)
		v.expr(n.Value)
	case *For:
		v.expr(n.Target)
		v.expr(n.Iter)
		stmts(v, n.Body)
		stmts(v, n.Orelse)
	case *While:
		v.expr(n.Test)
		stmts(v, n.Body)
		stmts(v, n.Orelse)
	case *If:
		v.expr(n.Test)
		stmts(v, n.Body)
		stmts(v, n.Orelse)
	case *With:
		for _, it := range n.Items {
			v.node(it)
		}
		stmts(v, n.Body)
	case *Match:
		v.expr(n.Subject)
		for _, c := range n.Cases {
			v.node(c)
		}
	case *Raise:
		v.expr(n.Exc)
		v.expr(n.Cause)
	case *Try:
		stmts(v, n.Body)
		for _, h := range n.Handlers {
			v.node(h)
		}
		stmts(v, n.Orelse)
		stmts(v, n.Finalbody)
	case *Assert:
		v.expr(n.Test)
		v.expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			v.node(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			v.node(a)
		}
	case *Global, *Nonlocal, *Pass, *Break, *Continue:
	case *ExprStmt:
		v.expr(n.Value)

	case *BoolOp:
		exprs(v, n.Values)
	case *NamedExpr:
		v.expr(n.Target)
		v.expr(n.Value)
	case *BinOp:
		v.expr(n.Left)
		v.expr(n.Right)
	case *UnaryOp:
		v.expr(n.Operand)
	case *Lambda:
		v.node(n.Args)
		v.expr(n.Body)
	case *IfExp:
		v.expr(n.Body)
		v.expr(n.Test)
		v.expr(n.Orelse)
	case *Dict:
		for i := range n.Values {
			v.expr(n.Keys[i])
			v.expr(n.Values[i])
		}
	case *Set:
		exprs(v, n.Elts)
	case *ListComp:
		v.expr(n.Elt)
		comprehensions(v, n.Generators)
	case *SetComp:
		v.expr(n.Elt)
		comprehensions(v, n.Generators)
	case *DictComp:
		v.expr(n.Key)
		v.expr(n.Value)
		comprehensions(v, n.Generators)
	case *GeneratorExp:
		v.expr(n.Elt)
		comprehensions(v, n.Generators)
	case *Await:
		v.expr(n.Value)
	case *Yield:
		v.expr(n.Value)
	case *YieldFrom:
		v.expr(n.Value)
	case *Compare:
		v.expr(n.Left)
		exprs(v, n.Comparators)
	case *Call:
		v.expr(n.Func)
		// Arguments in source order: positional and keyword arguments can
		// interleave (f(a, k=1, *b)).
		i, j := 0, 0
		for i < len(n.Args) || j < len(n.Keywords) {
			if j == len(n.Keywords) || i < len(n.Args) && n.Args[i].Span().Start < n.Keywords[j].Start {
				v.expr(n.Args[i])
				i++
			} else {
				v.node(n.Keywords[j])
				j++
			}
		}
	case *FormattedValue:
		v.expr(n.Value)
		v.expr(n.FormatSpec)
	case *Interpolation:
		v.expr(n.Value)
		v.expr(n.FormatSpec)
	case *JoinedStr:
		exprs(v, n.Values)
	case *TemplateStr:
		exprs(v, n.Values)
	case *Constant:
	case *Attribute:
		v.expr(n.Value)
	case *Subscript:
		v.expr(n.Value)
		v.expr(n.Slice)
	case *Starred:
		v.expr(n.Value)
	case *Name:
	case *List:
		exprs(v, n.Elts)
	case *Tuple:
		exprs(v, n.Elts)
	case *Slice:
		v.expr(n.Lower)
		v.expr(n.Upper)
		v.expr(n.Step)

	case *Comprehension:
		v.expr(n.Target)
		v.expr(n.Iter)
		exprs(v, n.Ifs)
	case *ExceptHandler:
		v.expr(n.Type)
		stmts(v, n.Body)
	case *Arguments:
		// Parameters in source order, each followed by its default.
		pos := append(append([]*Arg(nil), n.PosOnlyArgs...), n.Args...)
		firstDefault := len(pos) - len(n.Defaults)
		for i, a := range pos {
			v.node(a)
			if i >= firstDefault {
				v.expr(n.Defaults[i-firstDefault])
			}
		}
		if n.VarArg != nil {
			v.node(n.VarArg)
		}
		for i, a := range n.KwOnlyArgs {
			v.node(a)
			if i < len(n.KwDefaults) {
				v.expr(n.KwDefaults[i])
			}
		}
		if n.KwArg != nil {
			v.node(n.KwArg)
		}
	case *Arg:
		v.expr(n.Annotation)
	case *Keyword:
		v.expr(n.Value)
	case *Alias:
	case *WithItem:
		v.expr(n.ContextExpr)
		v.expr(n.OptionalVars)
	case *MatchCase:
		v.pattern(n.Pattern)
		v.expr(n.Guard)
		stmts(v, n.Body)

	case *MatchValue:
		v.expr(n.Value)
	case *MatchSingleton:
	case *MatchSequence:
		patterns(v, n.Patterns)
	case *MatchMapping:
		for i := range n.Keys {
			v.expr(n.Keys[i])
			v.pattern(n.Patterns[i])
		}
	case *MatchClass:
		v.expr(n.Cls)
		patterns(v, n.Patterns)
		patterns(v, n.KwdPatterns)
	case *MatchStar:
	case *MatchAs:
		v.pattern(n.Pattern)
	case *MatchOr:
		patterns(v, n.Patterns)

	case *TypeVar:
		v.expr(n.Bound)
		v.expr(n.DefaultValue)
	case *ParamSpec:
		v.expr(n.DefaultValue)
	case *TypeVarTuple:
		v.expr(n.DefaultValue)
	default:
		panic(fmt.Sprintf("ast.Children: unhandled node type %T", n))
	}
}

type visitor struct{ f func(Node) }

func (v visitor) node(n Node) {
	if n != nil && !isNil(n) {
		v.f(n)
	}
}

func (v visitor) expr(e Expr) {
	if e != nil && !isNil(e) {
		v.f(e)
	}
}

func (v visitor) pattern(p Pattern) {
	if p != nil {
		v.f(p)
	}
}

func stmts(v visitor, xs []Stmt) {
	for _, x := range xs {
		v.f(x)
	}
}

func exprs(v visitor, xs []Expr) {
	for _, x := range xs {
		v.expr(x)
	}
}

func patterns(v visitor, xs []Pattern) {
	for _, x := range xs {
		v.pattern(x)
	}
}

func typeParams(v visitor, xs []TypeParam) {
	for _, x := range xs {
		v.f(x)
	}
}

func comprehensions(v visitor, xs []*Comprehension) {
	for _, x := range xs {
		v.f(x)
	}
}
