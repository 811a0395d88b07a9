package parser

import (
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// parameters parses the parameter list of a def (closer ')', annotations
// allowed) or a lambda (closer ':', no annotations), stopping before the
// closer. It implements, as one loop with CPython's error messages:
//
//	parameters: slash_no_default param_no_default* param_with_default* [star_etc]
//	          | slash_with_default param_with_default* [star_etc]
//	          | param_no_default+ param_with_default* [star_etc]
//	          | param_with_default+ [star_etc]
//	          | star_etc
//	star_etc: '*' param_no_default param_maybe_default* [kwds]
//	        | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//	        | '*' ',' param_maybe_default+ [kwds]
//	        | kwds
//	kwds: '**' param_no_default
//
// The lists are built on the stacks one after the other: positional
// parameters (until '/' or '*') and their defaults, then keyword-only ones
// and theirs.
func (p *parser) parameters(closer token.Kind, annotations bool) *ast.Arguments {
	args := p.a.arguments.alloc(ast.Arguments{Range: ast.Range{Start: p.tok.Start, End: p.tok.Start}})
	am, dm := p.a.argList.mark(), p.a.exprs.mark()
	seenSlash, seenStar, seenDefault := false, false, false
	for p.tok.Kind != closer {
		switch p.tok.Kind {
		case token.SLASH:
			switch {
			case seenSlash:
				p.errorTok("/ may appear only once")
			case seenStar:
				p.errorTok("/ must be ahead of *")
			case p.a.argList.since(am) == 0:
				if p.peekKind(1) == token.COMMA {
					p.errorTok("at least one argument must precede /")
				}
				p.invalid()
			}
			p.next()
			args.PosOnlyArgs = p.a.argList.pop(am)
			seenSlash = true
			if p.tok.Kind == token.STAR {
				p.errorTok("expected comma between / and *")
			}
		case token.STAR:
			if seenStar {
				p.errorTok("* argument may appear only once")
			}
			star := p.tok
			p.next()
			seenStar = true
			args.Args, args.Defaults = p.a.argList.pop(am), p.a.exprs.pop(dm)
			bare := false
			if p.tok.Kind == token.COMMA {
				// A bare '*': keyword-only parameters must follow.
				if k := p.peekKind(1); k != token.NAME {
					if annotations || k == closer || k == token.DOUBLESTAR {
						if !annotations {
							p.next()
						}
						bare = true
					}
				}
			} else if p.tok.Kind == closer {
				bare = true
			} else {
				args.VarArg = p.param(annotations, true)
				if p.tok.Kind == token.EQUAL {
					p.errorTok("var-positional argument cannot have default value")
				}
			}
			if bare {
				// def reports it at the '*', lambda at the token that
				// follows (CPython's invalid_star_etc rules).
				if annotations {
					p.failAt("SyntaxError", star.Start, star.End, "named arguments must follow bare *")
				}
				p.errorTok("named arguments must follow bare *")
			}
		case token.DOUBLESTAR:
			p.next()
			args.KwArg = p.param(annotations, false)
			if p.tok.Kind == token.EQUAL {
				p.errorTok("var-keyword argument cannot have default value")
			}
			if p.got(token.COMMA) && p.tok.Kind != closer {
				p.errorTok("arguments cannot follow var-keyword argument")
			}
			if p.tok.Kind != closer {
				p.invalid()
			}
			continue
		case token.NAME:
			a := p.param(annotations, false)
			var def ast.Expr
			if p.got(token.EQUAL) {
				if p.tok.Kind == token.COMMA || p.tok.Kind == closer {
					p.failAt("SyntaxError", p.prevEnd-1, p.prevEnd, "expected default value expression")
				}
				def = p.expression()
			}
			if seenStar {
				p.a.argList.push(a)
				p.a.exprs.push(def)
			} else {
				if def != nil {
					p.a.exprs.push(def)
					seenDefault = true
				} else if seenDefault {
					p.errorAt(a, "parameter without a default follows parameter with a default")
				}
				p.a.argList.push(a)
			}
		case token.LPAR:
			if annotations {
				p.errorTok("Function parameters cannot be parenthesized")
			}
			p.errorTok("Lambda expression parameters cannot be parenthesized")
		default:
			p.invalid()
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	if seenStar {
		args.KwOnlyArgs, args.KwDefaults = p.a.argList.pop(am), p.a.exprs.pop(dm)
	} else {
		args.Args, args.Defaults = p.a.argList.pop(am), p.a.exprs.pop(dm)
	}
	if p.tok.Kind != closer {
		p.invalid()
	}
	args.End = p.prevEnd
	if args.End < args.Start {
		args.End = args.Start
	}
	return args
}

// param parses param: NAME annotation?, or for *args also
// param_star_annotation: NAME ':' star_expression.
func (p *parser) param(annotations, star bool) *ast.Arg {
	start := p.tok.Start
	name := p.expectName()
	a := p.a.args.alloc(ast.Arg{Arg: name})
	if annotations && p.got(token.COLON) {
		if star {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Range = p.rng(start)
	return a
}

// arguments parses call arguments after '(' through the closing ')':
//
//	args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	    | kwargs
//	kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
//
// A sole unparenthesised generator expression is returned as a
// GeneratorExp spanning the parentheses (CPython's primary genexp).
func (p *parser) arguments(lpar token.Token) ([]ast.Expr, []*ast.Keyword) {
	am, km := p.a.exprs.mark(), p.a.kws.mark()
	var lastArg, lastKw ast.Expr
	const (
		positional = iota
		afterKeyword
		afterKwUnpack
	)
	state := positional
	for p.tok.Kind != token.RPAR {
		start := p.tok.Start
		switch {
		case p.tok.Kind == token.STAR:
			p.next()
			if p.tok.Kind == token.RPAR || p.tok.Kind == token.COMMA {
				p.errorTok("Invalid star expression")
			}
			v := p.expression()
			st := p.a.starreds.alloc(ast.Starred{Range: p.rng(start), Value: v, Ctx: ast.Load})
			if p.tok.Kind == token.FOR {
				p.errorAt(st, "iterable unpacking cannot be used in comprehension")
			}
			if p.tok.Kind == token.EQUAL {
				p.errorAt(st, "cannot assign to iterable argument unpacking")
			}
			if state == afterKwUnpack {
				p.errorAt(st, "iterable argument unpacking follows keyword argument unpacking")
			}
			p.a.exprs.push(st)
			lastArg = st
		case p.tok.Kind == token.DOUBLESTAR:
			p.next()
			v := p.expression()
			if p.tok.Kind == token.EQUAL {
				p.failAt("SyntaxError", start, v.Span().End, "cannot assign to keyword argument unpacking")
			}
			p.a.kws.push(p.a.keywords.alloc(ast.Keyword{Range: p.rng(start), Value: v}))
			lastKw = v
			state = afterKwUnpack
		case p.tok.Kind == token.NAME && p.peekKind(1) == token.EQUAL:
			name := p.ident(p.tok)
			p.next()
			eq := p.tok
			p.next()
			if p.tok.Kind == token.COMMA || p.tok.Kind == token.RPAR {
				p.failAt("SyntaxError", name.Start, eq.End, "expected argument value expression")
			}
			v := p.expression()
			if p.tok.Kind == token.FOR {
				p.failAt("SyntaxError", name.Start, eq.End, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			p.a.kws.push(p.a.keywords.alloc(ast.Keyword{Range: p.rng(start), Arg: name, Value: v}))
			lastKw = v
			if state == positional {
				state = afterKeyword
			}
		case (p.tok.Kind == token.TRUE || p.tok.Kind == token.FALSE || p.tok.Kind == token.NONE) && p.peekKind(1) == token.EQUAL:
			t := p.tok
			p.failAt("SyntaxError", t.Start, p.toks[p.i+1].End, "cannot assign to %s", p.text(t))
		default:
			e := p.assignmentExpression()
			if p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC && p.peekKind(1) == token.FOR {
				gens := p.forIfClauses()
				if p.a.exprs.since(am) == 0 && p.a.kws.since(km) == 0 && p.tok.Kind == token.RPAR {
					p.next()
					p.a.exprs.push(p.a.genExps.alloc(ast.GeneratorExp{Range: p.rng(lpar.Start), Elt: e, Generators: gens}))
					return p.a.exprs.pop(am), nil
				}
				last := gens[len(gens)-1]
				end := last.Iter
				if len(last.Ifs) > 0 {
					end = last.Ifs[len(last.Ifs)-1]
				}
				p.errorRange(e, end, "Generator expression must be parenthesized")
			}
			if p.tok.Kind == token.EQUAL {
				if _, ok := e.(*ast.NamedExpr); ok && e.Span().Start == start {
					p.invalid()
				}
				p.failAt("SyntaxError", e.Span().Start, p.tok.End, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			switch state {
			case afterKeyword:
				p.errorAt(e, "positional argument follows keyword argument")
			case afterKwUnpack:
				p.errorAt(e, "positional argument follows keyword argument unpacking")
			}
			p.a.exprs.push(e)
			lastArg = e
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	if p.tok.Kind != token.RPAR {
		if p.tok.Kind == token.FOR && (lastArg != nil || lastKw != nil) {
			p.invalid()
		}
		switch {
		case lastKw != nil && startsExpr(p.tok.Kind):
			p.missingComma(lastKw)
		case lastArg != nil && startsExpr(p.tok.Kind):
			p.missingComma(lastArg)
		}
		p.invalid()
	}
	p.next()
	return p.a.exprs.pop(am), p.a.kws.pop(km)
}
