package parser

import (
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// targetKind selects the rules and messages for assignment targets.
type targetKind uint8

const (
	starTargets targetKind = iota // assignment and with targets
	forTargets                    // for loops and comprehensions
	delTargets                    // del statements
)

// starTargets parses a target list where targets cannot simply be parsed
// as expressions because an operator follows ('in' of a for loop):
//
//	star_targets: star_target !',' | star_target (',' star_target)* [',']
//	star_target: '*' (!'*' star_target) | target_with_star_atom
//
// Each target is parsed as a bitwise_or (which covers every target form)
// and then checked and given the Store context.
func (p *parser) starTargets(kind targetKind, stop token.Kind) ast.Expr {
	start := p.tok.Start
	first := p.starTargetElem()
	if p.tok.Kind != token.COMMA {
		p.setTarget(first, ast.Store, kind)
		return first
	}
	m := p.a.exprs.mark()
	p.a.exprs.push(first)
	for p.got(token.COMMA) {
		if p.tok.Kind == stop || !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR {
			break
		}
		p.a.exprs.push(p.starTargetElem())
	}
	t := p.a.tuples.alloc(ast.Tuple{Range: p.rng(start), Elts: p.a.exprs.pop(m), Ctx: ast.Store})
	p.setTarget(t, ast.Store, kind)
	return t
}

func (p *parser) starTargetElem() ast.Expr {
	if p.tok.Kind == token.STAR {
		start := p.tok.Start
		p.next()
		if p.tok.Kind == token.STAR {
			p.invalid()
		}
		v := p.starTargetElem()
		return p.a.starreds.alloc(ast.Starred{Range: p.rng(start), Value: v, Ctx: ast.Store})
	}
	return p.bitwiseOr()
}

// setTarget checks that e is a valid target and sets ctx on it and its
// elements, as CPython's _PyPegen_set_expr_context does, failing with
// CPython's "cannot assign to ..." / "cannot delete ..." messages.
func (p *parser) setTarget(e ast.Expr, ctx ast.ExprContext, kind targetKind) {
	if bad := invalidTarget(e, kind); bad != nil {
		if kind == delTargets {
			p.errorAt(bad, "cannot delete %s", exprName(bad))
		}
		p.errorAt(bad, "cannot assign to %s", exprName(bad))
	}
	setContext(e, ctx)
}

// invalidTarget returns the first sub-expression of e that cannot be a
// target, as CPython's _PyPegen_get_invalid_target does, or nil.
func invalidTarget(e ast.Expr, kind targetKind) ast.Expr {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *ast.Compare:
		// The "a in b" of "for a in b" parses as a comparison.
		if kind == forTargets && e.Ops[0] == ast.In {
			return invalidTarget(e.Left, kind)
		}
		return e
	}
	return e
}

func setContext(e ast.Expr, ctx ast.ExprContext) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ctx
	case *ast.Attribute:
		e.Ctx = ctx
	case *ast.Subscript:
		e.Ctx = ctx
	case *ast.Starred:
		e.Ctx = ctx
		setContext(e.Value, ctx)
	case *ast.Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	case *ast.List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	}
}

// singleTarget reports whether e can be the target of an augmented or
// annotated assignment (single_target: NAME, attribute or subscript,
// possibly parenthesised).
func singleTarget(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return true
	}
	return false
}
