package parser

import (
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// startsExpr reports whether a token of kind k can begin an expression
// (CPython's expression, not star_expression).
func startsExpr(k token.Kind) bool {
	switch k {
	case token.NAME, token.NUMBER, token.STRING, token.FSTRING_START, token.TSTRING_START,
		token.LPAR, token.LSQB, token.LBRACE, token.MINUS, token.PLUS, token.TILDE,
		token.NOT, token.AWAIT, token.LAMBDA, token.NONE, token.TRUE, token.FALSE, token.ELLIPSIS:
		return true
	}
	return false
}

// annotatedRHS parses annotated_rhs: yield_expr | star_expressions.
func (p *parser) annotatedRHS() ast.Expr {
	if p.tok.Kind == token.YIELD {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// yieldExpr parses
//
//	yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() ast.Expr {
	start := p.tok.Start
	p.next()
	if p.got(token.FROM) {
		v := p.expression()
		return p.a.yieldFroms.alloc(ast.YieldFrom{Range: p.rng(start), Value: v})
	}
	var v ast.Expr
	if startsExpr(p.tok.Kind) || p.tok.Kind == token.STAR {
		v = p.starExpressions()
	}
	return p.a.yields.alloc(ast.Yield{Range: p.rng(start), Value: v})
}

// starExpressions parses
//
//	star_expressions: star_expression (',' star_expression)* [',']
//
// returning a Tuple when there is a comma.
func (p *parser) starExpressions() ast.Expr {
	start := p.tok.Start
	e := p.starExpression()
	if p.tok.Kind != token.COMMA {
		return e
	}
	m := p.a.exprs.mark()
	p.a.exprs.push(e)
	for p.got(token.COMMA) {
		if !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR {
			break
		}
		p.a.exprs.push(p.starExpression())
	}
	return p.a.tuples.alloc(ast.Tuple{Range: p.rng(start), Elts: p.a.exprs.pop(m), Ctx: ast.Load})
}

// starExpression parses star_expression: '*' bitwise_or | expression.
func (p *parser) starExpression() ast.Expr {
	if p.tok.Kind == token.STAR {
		start := p.tok.Start
		p.next()
		v := p.bitwiseOr()
		return p.a.starreds.alloc(ast.Starred{Range: p.rng(start), Value: v, Ctx: ast.Load})
	}
	return p.expression()
}

// starNamedExpression parses star_named_expression: '*' bitwise_or |
// named_expression.
func (p *parser) starNamedExpression() ast.Expr {
	if p.tok.Kind == token.STAR {
		start := p.tok.Start
		p.next()
		v := p.bitwiseOr()
		return p.a.starreds.alloc(ast.Starred{Range: p.rng(start), Value: v, Ctx: ast.Load})
	}
	if p.tok.Kind == token.DOUBLESTAR {
		p.invalid()
	}
	return p.namedExpression()
}

// namedExpression parses
//
//	named_expression: NAME ':=' expression | expression !':='
//
// with the messages of invalid_named_expression for an '=' that should
// have been '==' or ':='.
func (p *parser) namedExpression() ast.Expr {
	start := p.tok.Start
	e := p.assignmentExpression()
	if p.tok.Kind == token.EQUAL {
		p.misusedEquals(start, e)
	}
	return e
}

// assignmentExpression parses assignment_expression | expression !':='.
func (p *parser) assignmentExpression() ast.Expr {
	if p.tok.Kind == token.NAME && p.peekKind(1) == token.COLONEQUAL {
		start := p.tok.Start
		target := p.nameExpr(ast.Store)
		p.next() // :=
		v := p.expression()
		return p.a.namedExprs.alloc(ast.NamedExpr{Range: p.rng(start), Target: target, Value: v})
	}
	e := p.expression()
	if p.tok.Kind == token.COLONEQUAL {
		p.errorAt(e, "cannot use assignment expressions with %s", exprName(e))
	}
	return e
}

// misusedEquals reports an expression e (which started at start) followed
// by '=' where no assignment can be, as CPython's invalid_named_expression
// does: "x = 1" suggests '==' or ':=', "f() = 1" says what cannot be
// assigned to.
func (p *parser) misusedEquals(start int32, e ast.Expr) {
	value, after, ok := p.peekExpr(1, p.bitwiseOr)
	if !ok || after == token.EQUAL || after == token.COLONEQUAL {
		p.invalid()
	}
	if n, isName := e.(*ast.Name); isName && n.Start == start {
		p.errorRange(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if bitwiseOrLevel(e, start) {
		p.errorAt(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
	}
	p.invalid()
}

// bitwiseOrLevel reports whether e, which was parsed from start, is an
// expression of the bitwise_or level or tighter and not a list, tuple,
// generator expression, True, None or False (the expressions for which
// CPython's invalid_named_expression suggests '==').
func bitwiseOrLevel(e ast.Expr, start int32) bool {
	parenthesised := e.Span().Start != start
	switch e := e.(type) {
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
		return false
	case *ast.Constant:
		return !isKeywordConstant(e)
	case *ast.BoolOp, *ast.Compare, *ast.IfExp, *ast.Lambda, *ast.NamedExpr, *ast.Starred, *ast.Yield, *ast.YieldFrom:
		return parenthesised
	case *ast.UnaryOp:
		return e.Op != ast.Not || parenthesised
	}
	return true
}

// expression parses
//
//	expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) expression() ast.Expr {
	p.enter(1, limitExpr)
	if p.tok.Kind == token.LAMBDA {
		e := p.lambdef()
		p.leave(1)
		return e
	}
	start := p.tok.Start
	var e ast.Expr
	if startsPrimary[p.tok.Kind] {
		// The common case: an operand without a prefix operator. Parse
		// it as a primary and climb the levels from disjunction down to
		// power only if an operator follows; the levels would return it
		// unchanged otherwise. Callgrind showed a tenth of the parser's
		// instructions in the calls down that chain.
		e = p.primary()
		if continuesExpr[p.tok.Kind] {
			e = p.disjunctionRest(start, p.conjunctionRest(start, p.comparisonRest(start, p.binaryRest(1, start, p.powerRest(start, e)))))
		}
	} else {
		e = p.disjunction()
	}
	if p.tok.Kind == token.IF {
		p.next()
		test := p.disjunction()
		if !p.got(token.ELSE) {
			if p.tok.Kind != token.COLON {
				p.errorRange(e, test, "expected 'else' after 'if' expression")
			}
			p.invalid()
		}
		if !startsExpr(p.tok.Kind) {
			if p.v314() && p.tok.Kind != token.NEWLINE && p.tok.Kind != token.ILLEGAL {
				p.errorTok("expected expression after 'else', but statement is given")
			}
			p.invalid()
		}
		orelse := p.expression()
		e = p.a.ifExps.alloc(ast.IfExp{Range: p.rng(start), Test: test, Body: e, Orelse: orelse})
	}
	p.leave(1)
	return e
}

// startsPrimary holds the kinds of the tokens that begin an atom, and so
// a primary.
var startsPrimary = [256]bool{
	token.NAME: true, token.NUMBER: true, token.STRING: true, token.FSTRING_START: true, token.TSTRING_START: true,
	token.LPAR: true, token.LSQB: true, token.LBRACE: true,
	token.NONE: true, token.TRUE: true, token.FALSE: true, token.ELLIPSIS: true,
}

// continuesExpr holds the kinds of the tokens that can continue an
// expression after a primary at the levels from disjunction to power: the
// binary, comparison and boolean operators.
var continuesExpr = func() (t [256]bool) {
	for k := range binPrec {
		t[k] = binPrec[k] != 0
	}
	for _, k := range []token.Kind{token.DOUBLESTAR, token.EQEQUAL, token.NOTEQUAL, token.LESS, token.LESSEQUAL,
		token.GREATER, token.GREATEREQUAL, token.IN, token.NOT, token.IS, token.AND, token.OR} {
		t[k] = true
	}
	return t
}()

// disjunction parses disjunction: conjunction ('or' conjunction)*.
func (p *parser) disjunction() ast.Expr {
	start := p.tok.Start
	return p.disjunctionRest(start, p.conjunction())
}

// disjunctionRest continues a disjunction after its first operand e,
// which started at start.
func (p *parser) disjunctionRest(start int32, e ast.Expr) ast.Expr {
	if p.tok.Kind != token.OR {
		return e
	}
	m := p.a.exprs.mark()
	p.a.exprs.push(e)
	for p.got(token.OR) {
		p.a.exprs.push(p.conjunction())
	}
	return p.a.boolOps.alloc(ast.BoolOp{Range: p.rng(start), Op: ast.Or, Values: p.a.exprs.pop(m)})
}

// conjunction parses conjunction: inversion ('and' inversion)*.
func (p *parser) conjunction() ast.Expr {
	start := p.tok.Start
	return p.conjunctionRest(start, p.inversion())
}

// conjunctionRest continues a conjunction after its first operand.
func (p *parser) conjunctionRest(start int32, e ast.Expr) ast.Expr {
	if p.tok.Kind != token.AND {
		return e
	}
	m := p.a.exprs.mark()
	p.a.exprs.push(e)
	for p.got(token.AND) {
		p.a.exprs.push(p.inversion())
	}
	return p.a.boolOps.alloc(ast.BoolOp{Range: p.rng(start), Op: ast.And, Values: p.a.exprs.pop(m)})
}

// inversion parses inversion: 'not' inversion | comparison.
func (p *parser) inversion() ast.Expr {
	if p.tok.Kind == token.NOT {
		p.enter(1, limitUnary)
		start := p.tok.Start
		p.next()
		e := p.inversion()
		p.leave(1)
		return p.a.unaryOps.alloc(ast.UnaryOp{Range: p.rng(start), Op: ast.Not, Operand: e})
	}
	start := p.tok.Start
	return p.comparisonRest(start, p.bitwiseOr())
}

// comparisonRest parses the rest of
//
//	comparison: bitwise_or (compare_op bitwise_or)*
//
// after its first operand left.
func (p *parser) comparisonRest(start int32, left ast.Expr) ast.Expr {
	om, cm := p.a.cmpOps.mark(), p.a.exprs.mark()
	for {
		var op ast.CmpOperator
		switch p.tok.Kind {
		case token.EQEQUAL:
			op = ast.Eq
		case token.NOTEQUAL:
			if (p.text(p.tok) == "!=") == p.barry {
				// "<>" is the not-equal operator, and "!=" an error, only
				// after "from __future__ import barry_as_FLUFL", which
				// ast.parse honours since 3.14.
				if p.barry {
					p.errorTok("with Barry as BDFL, use '<>' instead of '!='")
				}
				goto done
			}
			op = ast.NotEq
		case token.LESS:
			op = ast.Lt
		case token.LESSEQUAL:
			op = ast.LtE
		case token.GREATER:
			op = ast.Gt
		case token.GREATEREQUAL:
			op = ast.GtE
		case token.IN:
			op = ast.In
		case token.NOT:
			if p.peekKind(1) != token.IN {
				goto done
			}
			p.next()
			op = ast.NotIn
		case token.IS:
			if p.peekKind(1) == token.NOT {
				p.next()
				op = ast.IsNot
			} else {
				op = ast.Is
			}
		default:
			goto done
		}
		p.next()
		p.a.cmpOps.push(op)
		p.a.exprs.push(p.bitwiseOr())
	}
done:
	if p.a.cmpOps.since(om) == 0 {
		return left
	}
	return p.a.compares.alloc(ast.Compare{Range: p.rng(start), Left: left, Ops: p.a.cmpOps.pop(om), Comparators: p.a.exprs.pop(cm)})
}

// Binary operator precedences, from bitwise_or (1) to term (6).
var binPrec = [...]uint8{
	token.VBAR:        1,
	token.CIRCUMFLEX:  2,
	token.AMPER:       3,
	token.LEFTSHIFT:   4,
	token.RIGHTSHIFT:  4,
	token.PLUS:        5,
	token.MINUS:       5,
	token.STAR:        6,
	token.SLASH:       6,
	token.DOUBLESLASH: 6,
	token.PERCENT:     6,
	token.AT:          6,
	token.EXCLAMATION: 0,
}

var binOps = [...]ast.Operator{
	token.VBAR:        ast.BitOr,
	token.CIRCUMFLEX:  ast.BitXor,
	token.AMPER:       ast.BitAnd,
	token.LEFTSHIFT:   ast.LShift,
	token.RIGHTSHIFT:  ast.RShift,
	token.PLUS:        ast.Add,
	token.MINUS:       ast.Sub,
	token.STAR:        ast.Mult,
	token.SLASH:       ast.Div,
	token.DOUBLESLASH: ast.FloorDiv,
	token.PERCENT:     ast.Mod,
	token.AT:          ast.MatMult,
	token.EXCLAMATION: 0,
}

func precOf(k token.Kind) int {
	if int(k) < len(binPrec) {
		return int(binPrec[k])
	}
	return 0
}

// bitwiseOr parses bitwise_or, with the left-associative levels below it
// (bitwise_xor, bitwise_and, shift_expr, sum, term) by precedence climbing.
func (p *parser) bitwiseOr() ast.Expr { return p.binary(1) }

func (p *parser) binary(minPrec int) ast.Expr {
	start := p.tok.Start
	return p.binaryRest(minPrec, start, p.factor())
}

// binaryRest continues a binary expression of precedence minPrec or
// tighter after its first operand left.
func (p *parser) binaryRest(minPrec int, start int32, left ast.Expr) ast.Expr {
	for {
		prec := precOf(p.tok.Kind)
		if prec == 0 || prec < minPrec {
			return left
		}
		op := binOps[p.tok.Kind]
		opTok := p.tok
		p.next()
		if p.fields > 0 {
			switch p.tok.Kind {
			case token.RBRACE, token.EXCLAMATION, token.COLON, token.EQUAL:
				// invalid_fstring_replacement_field: the longest valid
				// expression ended before the operator.
				p.failAt("SyntaxError", opTok.Start, opTok.End, "%s: expecting '=', or '!', or ':', or '}'", kindName(p.tstring))
			}
		}
		if p.tok.Kind == token.NOT {
			// invalid_arithmetic
			p.errorTok("'not' after an operator must be parenthesized")
		}
		right := p.binary(prec + 1)
		left = p.a.binOps.alloc(ast.BinOp{Range: p.rng(start), Left: left, Op: op, Right: right})
	}
}

// factor parses factor: ('+' | '-' | '~') factor | power.
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.tok.Kind {
	case token.PLUS:
		op = ast.UAdd
	case token.MINUS:
		op = ast.USub
	case token.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	p.enter(1, limitUnary)
	start := p.tok.Start
	p.next()
	if p.tok.Kind == token.NOT {
		p.errorTok("'not' after an operator must be parenthesized")
	}
	e := p.factor()
	p.leave(1)
	return p.a.unaryOps.alloc(ast.UnaryOp{Range: p.rng(start), Op: op, Operand: e})
}

// power parses power: await_primary '**' factor | await_primary.
func (p *parser) power() ast.Expr {
	start := p.tok.Start
	return p.powerRest(start, p.awaitPrimary())
}

// powerRest continues a power after its await_primary e.
func (p *parser) powerRest(start int32, e ast.Expr) ast.Expr {
	if p.tok.Kind == token.DOUBLESTAR {
		p.next()
		p.enter(2, limitExpr)
		right := p.factor()
		p.leave(2)
		return p.a.binOps.alloc(ast.BinOp{Range: p.rng(start), Left: e, Op: ast.Pow, Right: right})
	}
	return e
}

// awaitPrimary parses await_primary: 'await' primary | primary.
func (p *parser) awaitPrimary() ast.Expr {
	if p.tok.Kind == token.AWAIT {
		start := p.tok.Start
		p.next()
		p.enter(1, limitExpr)
		e := p.primary()
		p.leave(1)
		return p.a.awaits.alloc(ast.Await{Range: p.rng(start), Value: e})
	}
	return p.primary()
}

// primary parses
//
//	primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//	       | primary '[' slices ']' | atom
func (p *parser) primary() ast.Expr {
	start := p.tok.Start
	e := p.atom()
	for {
		switch p.tok.Kind {
		case token.DOT:
			p.next()
			name := p.expectName()
			e = p.a.attributes.alloc(ast.Attribute{Range: p.rng(start), Value: e, Attr: name, Ctx: ast.Load})
		case token.LPAR:
			e = p.call(start, e)
		case token.LSQB:
			p.next()
			p.enter(1, limitExpr)
			s := p.slices()
			p.leave(1)
			p.expect(token.RSQB)
			e = p.a.subscripts.alloc(ast.Subscript{Range: p.rng(start), Value: e, Slice: s, Ctx: ast.Load})
		default:
			return e
		}
	}
}

// slices parses
//
//	slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) slices() ast.Expr {
	start := p.tok.Start
	first := p.sliceOrStarred()
	if _, ok := first.(*ast.Starred); !ok && p.tok.Kind != token.COMMA {
		return first
	}
	m := p.a.exprs.mark()
	p.a.exprs.push(first)
	for p.got(token.COMMA) {
		if p.tok.Kind == token.RSQB {
			break
		}
		p.a.exprs.push(p.sliceOrStarred())
	}
	return p.a.tuples.alloc(ast.Tuple{Range: p.rng(start), Elts: p.a.exprs.pop(m), Ctx: ast.Load})
}

// sliceOrStarred parses
//
//	slice: [expression] ':' [expression] [':' [expression]] | named_expression
//	starred_expression: '*' expression
func (p *parser) sliceOrStarred() ast.Expr {
	start := p.tok.Start
	if p.tok.Kind == token.STAR {
		p.next()
		v := p.expression()
		return p.a.starreds.alloc(ast.Starred{Range: p.rng(start), Value: v, Ctx: ast.Load})
	}
	var lower ast.Expr
	if p.tok.Kind != token.COLON {
		lower = p.namedExpression()
		if p.tok.Kind != token.COLON {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok && lower.Span().Start == start {
			// slice's bounds are expressions: a walrus needs parentheses.
			p.invalid()
		}
	}
	p.next() // ':'
	var upper, step ast.Expr
	if startsExpr(p.tok.Kind) {
		upper = p.expression()
	}
	if p.got(token.COLON) {
		if startsExpr(p.tok.Kind) {
			step = p.expression()
		}
	}
	return p.a.slices.alloc(ast.Slice{Range: p.rng(start), Lower: lower, Upper: upper, Step: step})
}

// nameExpr makes a Name of the current NAME token and consumes it.
func (p *parser) nameExpr(ctx ast.ExprContext) *ast.Name {
	id := p.ident(p.tok)
	p.next()
	return p.a.names.alloc(ast.Name{Range: id.Range, ID: id.Name, Ctx: ctx})
}

// atom parses
//
//	atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//	    | (tuple | group | genexp) | (list | listcomp)
//	    | (dict | set | dictcomp | setcomp) | '...'
func (p *parser) atom() ast.Expr {
	t := p.tok
	switch t.Kind {
	case token.NAME:
		return p.nameExpr(ast.Load)
	case token.NUMBER:
		p.next()
		return p.number(t)
	case token.STRING, token.FSTRING_START, token.TSTRING_START:
		return p.strings()
	case token.TRUE:
		p.next()
		return p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span()), Value: ast.Value{Kind: ast.TrueValue}})
	case token.FALSE:
		p.next()
		return p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span()), Value: ast.Value{Kind: ast.FalseValue}})
	case token.NONE:
		p.next()
		return p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span()), Value: ast.Value{Kind: ast.NoneValue}})
	case token.ELLIPSIS:
		p.next()
		return p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span()), Value: ast.Value{Kind: ast.EllipsisValue}})
	case token.LPAR:
		return p.parenAtom()
	case token.LSQB:
		return p.listAtom()
	case token.LBRACE:
		return p.braceAtom()
	}
	p.invalid()
	return nil
}

// parenAtom parses the atoms that start with '(':
//
//	tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
//	group: '(' (yield_expr | named_expression) ')'
//	genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
func (p *parser) parenAtom() ast.Expr {
	start := p.tok.Start
	p.next()
	p.enter(1, limitExpr)
	if p.got(token.RPAR) {
		r := p.a.tuples.alloc(ast.Tuple{Range: p.rng(start), Ctx: ast.Load})
		p.leave(1)
		return r
	}
	if p.tok.Kind == token.YIELD {
		e := p.yieldExpr()
		p.closeParen()
		p.leave(1)
		return e
	}
	if p.tok.Kind == token.DOUBLESTAR {
		// invalid_group: '(' '**' expression ')'
		if _, next, ok := p.peekExpr(1, p.expression); ok && next == token.RPAR {
			p.errorTok("cannot use double starred expression here")
		}
		p.invalid()
	}
	first := p.starNamedExpression()
	switch p.tok.Kind {
	case token.FOR, token.ASYNC:
		if _, ok := first.(*ast.Starred); ok {
			p.errorAt(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.closeParen()
		r := p.a.genExps.alloc(ast.GeneratorExp{Range: p.rng(start), Elt: first, Generators: gens})
		p.leave(1)
		return r
	case token.COMMA:
		m := p.a.exprs.mark()
		p.a.exprs.push(first)
		for p.got(token.COMMA) {
			if p.tok.Kind == token.RPAR {
				break
			}
			p.a.exprs.push(p.starNamedExpression())
		}
		p.closeParen()
		r := p.a.tuples.alloc(ast.Tuple{Range: p.rng(start), Elts: p.a.exprs.pop(m), Ctx: ast.Load})
		p.leave(1)
		return r
	case token.RPAR:
		if _, ok := first.(*ast.Starred); ok {
			p.errorAt(first, "cannot use starred expression here")
		}
		p.next()
		p.leave(1)
		return first
	}
	p.missingComma(first)
	return nil
}

// closeParen consumes ')'.
func (p *parser) closeParen() {
	if !p.got(token.RPAR) {
		p.invalid()
	}
}

// missingComma fails after the expression e inside brackets, with
// CPython's "Perhaps you forgot a comma?" when an expression follows.
func (p *parser) missingComma(e ast.Expr) {
	if p.tok.Kind != token.NOT && p.tok.Kind != token.LAMBDA && p.tok.Kind != token.STAR {
		if next, _, ok := p.peekExpr(0, p.expression); ok {
			p.errorRange(e, next, "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	p.invalid()
}

// listAtom parses
//
//	list: '[' [star_named_expressions] ']'
//	listcomp: '[' named_expression for_if_clauses ']'
func (p *parser) listAtom() ast.Expr {
	start := p.tok.Start
	p.next()
	p.enter(1, limitExpr)
	if p.got(token.RSQB) {
		r := p.a.listExprs.alloc(ast.List{Range: p.rng(start), Ctx: ast.Load})
		p.leave(1)
		return r
	}
	first := p.starNamedExpression()
	if p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC {
		if _, ok := first.(*ast.Starred); ok {
			p.errorAt(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(token.RSQB)
		r := p.a.listComps.alloc(ast.ListComp{Range: p.rng(start), Elt: first, Generators: gens})
		p.leave(1)
		return r
	}
	elts := p.moreElements(first, token.RSQB)
	p.next()
	r := p.a.listExprs.alloc(ast.List{Range: p.rng(start), Elts: elts, Ctx: ast.Load})
	p.leave(1)
	return r
}

// moreElements parses the rest of a list or set display after its first
// element, up to the closing bracket (not consumed).
func (p *parser) moreElements(first ast.Expr, closer token.Kind) []ast.Expr {
	m := p.a.exprs.mark()
	p.a.exprs.push(first)
	last := first
	for p.got(token.COMMA) {
		if p.tok.Kind == closer {
			break
		}
		if p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC {
			// invalid_comprehension: [a, for ...]
			p.failAt("SyntaxError", first.Span().Start, p.prevEnd, "did you forget parentheses around the comprehension target?")
		}
		last = p.starNamedExpression()
		p.a.exprs.push(last)
	}
	if p.tok.Kind != closer {
		if (p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC) && last != first {
			p.errorRange(first, last, "did you forget parentheses around the comprehension target?")
		}
		p.missingComma(last)
	}
	return p.a.exprs.pop(m)
}

// braceAtom parses
//
//	dict: '{' [double_starred_kvpairs] '}'
//	set: '{' star_named_expressions '}'
//	dictcomp: '{' kvpair for_if_clauses '}'
//	setcomp: '{' named_expression for_if_clauses '}'
func (p *parser) braceAtom() ast.Expr {
	start := p.tok.Start
	p.next()
	p.enter(1, limitExpr)
	if p.got(token.RBRACE) {
		r := p.a.dicts.alloc(ast.Dict{Range: p.rng(start)})
		p.leave(1)
		return r
	}
	if p.tok.Kind == token.DOUBLESTAR {
		if _, next, ok := p.peekExpr(1, p.bitwiseOr); ok && (next == token.FOR || next == token.ASYNC) {
			p.errorTok("dict unpacking cannot be used in dict comprehension")
		}
		r := p.dictRest(start, p.a.exprs.mark())
		p.leave(1)
		return r
	}
	firstStart := p.tok.Start
	first := p.starNamedExpression()
	if p.tok.Kind == token.COLON {
		if _, ok := first.(*ast.Starred); ok {
			p.invalid()
		}
		if _, ok := first.(*ast.NamedExpr); ok && first.Span().Start == firstStart {
			// kvpair's key is an expression: a walrus needs parentheses.
			p.invalid()
		}
		p.next()
		value := p.dictValue()
		if p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC {
			gens := p.forIfClauses()
			p.expect(token.RBRACE)
			r := p.a.dictComps.alloc(ast.DictComp{Range: p.rng(start), Key: first, Value: value, Generators: gens})
			p.leave(1)
			return r
		}
		m := p.a.exprs.mark()
		p.a.exprs.push(first)
		p.a.exprs.push(value)
		r := p.dictRest(start, m)
		p.leave(1)
		return r
	}
	if p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC {
		if _, ok := first.(*ast.Starred); ok {
			p.errorAt(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(token.RBRACE)
		r := p.a.setComps.alloc(ast.SetComp{Range: p.rng(start), Elt: first, Generators: gens})
		p.leave(1)
		return r
	}
	elts := p.moreElements(first, token.RBRACE)
	p.next()
	r := p.a.sets.alloc(ast.Set{Range: p.rng(start), Elts: elts})
	p.leave(1)
	return r
}

// dictValue parses the value of a key: value pair.
func (p *parser) dictValue() ast.Expr {
	switch p.tok.Kind {
	case token.STAR:
		p.errorTok("cannot use a starred expression in a dictionary value")
	case token.RBRACE, token.COMMA:
		p.failAt("SyntaxError", p.prevEnd-1, p.prevEnd, "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// dictRest parses the rest of a dict display after its first items, which
// are on the expression stack since mark m as key, value pairs (a nil key
// for '**'):
//
//	double_starred_kvpair: '**' bitwise_or | kvpair
func (p *parser) dictRest(start int32, m int) ast.Expr {
	if p.a.exprs.since(m) > 0 && !p.got(token.COMMA) {
		goto end
	}
	for p.tok.Kind != token.RBRACE {
		if p.got(token.DOUBLESTAR) {
			v := p.bitwiseOr()
			p.a.exprs.push(nil)
			p.a.exprs.push(v)
		} else {
			k := p.expression()
			if p.tok.Kind != token.COLON {
				p.failAt("SyntaxError", k.Span().End-1, k.Span().End, "':' expected after dictionary key")
			}
			p.next()
			v := p.dictValue()
			p.a.exprs.push(k)
			p.a.exprs.push(v)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
end:
	if p.tok.Kind != token.RBRACE {
		if p.a.exprs.since(m) > 0 {
			p.missingComma(p.a.exprs.top())
		}
		p.invalid()
	}
	p.next()
	keys, values := p.a.exprs.popPairs(m)
	return p.a.dicts.alloc(ast.Dict{Range: p.rng(start), Keys: keys, Values: values})
}

// forIfClauses parses
//
//	for_if_clauses: for_if_clause+
//	for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
func (p *parser) forIfClauses() []*ast.Comprehension {
	gm := p.a.compList.mark()
	for p.tok.Kind == token.FOR || p.tok.Kind == token.ASYNC && p.peekKind(1) == token.FOR {
		start := p.tok.Start
		isAsync := p.got(token.ASYNC)
		p.next() // for
		target := p.starTargets(forTargets, token.IN)
		if !p.got(token.IN) {
			p.errorTok("'in' expected after for-loop variables")
		}
		iter := p.disjunction()
		m := p.a.exprs.mark()
		for p.got(token.IF) {
			p.a.exprs.push(p.disjunction())
		}
		p.a.compList.push(p.a.comps.alloc(ast.Comprehension{Range: p.rng(start), Target: target, Iter: iter, Ifs: p.a.exprs.pop(m), IsAsync: isAsync}))
	}
	return p.a.compList.pop(gm)
}

// lambdef parses lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() ast.Expr {
	start := p.tok.Start
	p.next()
	p.enter(1, limitExpr)
	args := p.parameters(token.COLON, false)
	colon := p.tok
	p.expect(token.COLON)
	if p.tok.Kind == token.FSTRING_MIDDLE || p.tok.Kind == token.TSTRING_MIDDLE {
		what := "f-string"
		if p.tok.Kind == token.TSTRING_MIDDLE {
			what = "t-string"
		}
		p.failAt("SyntaxError", start, colon.End, "%s: lambda expressions are not allowed without parentheses", what)
	}
	body := p.expression()
	p.leave(1)
	return p.a.lambdas.alloc(ast.Lambda{Range: p.rng(start), Args: args, Body: body})
}

// call parses the arguments of a call of fn, which started at start:
//
//	primary '(' [arguments] ')' | primary genexp
func (p *parser) call(start int32, fn ast.Expr) ast.Expr {
	lpar := p.tok
	p.next()
	p.enter(1, limitExpr)
	args, kws := p.arguments(lpar)
	r := p.a.calls.alloc(ast.Call{Range: p.rng(start), Func: fn, Args: args, Keywords: kws})
	p.leave(1)
	return r
}

// exprName names an expression kind for messages, as CPython's
// _PyPegen_get_expr_name does.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.TemplateStr, *ast.Interpolation:
		return "t-string expression"
	case *ast.Constant:
		switch e.Value.Kind {
		case ast.NoneValue:
			return "None"
		case ast.FalseValue:
			return "False"
		case ast.TrueValue:
			return "True"
		case ast.EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}
