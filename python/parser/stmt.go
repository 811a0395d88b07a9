package parser

import (
	"strings"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// fileRule parses file: [statements] ENDMARKER.
func (p *parser) fileRule() *ast.Module {
	mod := &ast.Module{Range: ast.Range{Start: 0, End: int32(len(p.src))}}
	m := p.a.stmts.mark()
	for p.tok.Kind != token.EOF {
		p.statement()
	}
	mod.Body = p.a.stmts.pop(m)
	return mod
}

// evalRule parses eval: expressions NEWLINE* ENDMARKER, with
//
//	expressions: expression (',' expression)* [',']
func (p *parser) evalRule() *ast.Expression {
	start := p.tok.Start
	body := p.expression()
	if p.tok.Kind == token.COMMA {
		m := p.a.exprs.mark()
		p.a.exprs.push(body)
		for p.got(token.COMMA) {
			if !startsExpr(p.tok.Kind) {
				break
			}
			p.a.exprs.push(p.expression())
		}
		body = p.a.tuples.alloc(ast.Tuple{Range: p.rng(start), Elts: p.a.exprs.pop(m), Ctx: ast.Load})
	}
	for p.got(token.NEWLINE) {
	}
	if p.tok.Kind != token.EOF {
		p.invalid()
	}
	return &ast.Expression{Range: ast.Range{Start: 0, End: int32(len(p.src))}, Body: body}
}

// statement parses statement: compound_stmt | simple_stmts, pushing the
// statements onto the statement stack.
func (p *parser) statement() {
	switch p.tok.Kind {
	case token.DEF:
		p.a.stmts.push(p.funcDef(p.tok.Start, nil))
		return
	case token.AT:
		p.a.stmts.push(p.decorated())
		return
	case token.CLASS:
		p.a.stmts.push(p.classDef(nil))
		return
	case token.IF:
		p.a.stmts.push(p.ifStmt())
		return
	case token.WHILE:
		p.a.stmts.push(p.whileStmt())
		return
	case token.FOR:
		p.a.stmts.push(p.forStmt(p.tok.Start, false))
		return
	case token.WITH:
		p.a.stmts.push(p.withStmt(p.tok.Start, false))
		return
	case token.TRY:
		p.a.stmts.push(p.tryStmt())
		return
	case token.ASYNC:
		start := p.tok.Start
		switch p.peekKind(1) {
		case token.DEF:
			p.next()
			p.a.stmts.push(p.funcDef(start, nil))
			return
		case token.FOR:
			p.next()
			p.a.stmts.push(p.forStmt(start, true))
			return
		case token.WITH:
			p.next()
			p.a.stmts.push(p.withStmt(start, true))
			return
		}
		p.next()
		p.invalid()
	case token.NAME:
		if p.isSoft("match") && p.looksLikeMatch() {
			p.a.stmts.push(p.matchStmt())
			return
		}
	case token.INDENT:
		p.failAt("IndentationError", p.tok.Start, p.tok.End, "unexpected indent")
	}
	p.simpleStmts()
}

// block parses
//
//	block: NEWLINE INDENT statements DEDENT | simple_stmts
//
// what and the offset at name the statement for "expected an indented
// block".
func (p *parser) block(what string, at int32) []ast.Stmt {
	m := p.a.stmts.mark()
	if p.tok.Kind != token.NEWLINE {
		p.simpleStmts()
		return p.a.stmts.pop(m)
	}
	p.next()
	if p.tok.Kind != token.INDENT {
		if p.tok.Kind == token.ILLEGAL {
			p.invalid()
		}
		pos := p.nextLinePos()
		p.failAt("IndentationError", pos, pos, "expected an indented block after %s on line %d", what, p.lineOf(at))
	}
	p.next()
	for p.tok.Kind != token.DEDENT && p.tok.Kind != token.EOF {
		p.statement()
	}
	p.next()
	return p.a.stmts.pop(m)
}

// simpleStmts parses simple_stmts: simple_stmt (';' simple_stmt)* [';']
// NEWLINE, pushing the statements onto the statement stack.
func (p *parser) simpleStmts() {
	for {
		s := p.simpleStmt()
		if p.tok.Kind == token.IF && p.v314() {
			switch s.(type) {
			case *ast.Pass, *ast.Break, *ast.Continue:
				p.errorAt(s, "expected expression before 'if', but statement is given")
			}
		}
		p.a.stmts.push(s)
		if !p.got(token.SEMI) || p.tok.Kind == token.NEWLINE {
			break
		}
	}
	if p.tok.Kind != token.NEWLINE {
		p.afterStatement()
	}
	p.next()
}

// afterStatement fails at a token that cannot follow a statement.
func (p *parser) afterStatement() {
	if p.v314() && p.toks[p.i-1].Kind == token.STRING {
		// invalid_expression: STRING (!STRING expression)+ STRING
		if mid, next, ok := p.peekExpr(0, p.expression); ok && next == token.STRING {
			p.errorAt(mid, "invalid syntax. Is this intended to be part of the string?")
		}
	}
	p.invalid()
}

// simpleStmt parses
//
//	simple_stmt: assignment | &"type" type_alias | star_expressions
//	           | return_stmt | import_stmt | raise_stmt | 'pass' | del_stmt
//	           | yield_stmt | assert_stmt | 'break' | 'continue'
//	           | global_stmt | nonlocal_stmt
func (p *parser) simpleStmt() ast.Stmt {
	start := p.tok.Start
	switch p.tok.Kind {
	case token.PASS:
		p.next()
		return p.a.passes.alloc(ast.Pass{Range: p.rng(start)})
	case token.BREAK:
		p.next()
		return &ast.Break{Range: p.rng(start)}
	case token.CONTINUE:
		p.next()
		return &ast.Continue{Range: p.rng(start)}
	case token.RETURN:
		p.next()
		var v ast.Expr
		if startsExpr(p.tok.Kind) || p.tok.Kind == token.STAR {
			v = p.starExpressions()
		}
		return p.a.returns.alloc(ast.Return{Range: p.rng(start), Value: v})
	case token.RAISE:
		return p.raiseStmt()
	case token.IMPORT:
		return p.importName()
	case token.FROM:
		return p.importFrom()
	case token.DEL:
		return p.delStmt()
	case token.ASSERT:
		return p.assertStmt()
	case token.GLOBAL, token.NONLOCAL:
		kw := p.tok.Kind
		p.next()
		var names []ast.Ident
		for {
			names = append(names, p.expectName())
			if !p.got(token.COMMA) {
				break
			}
		}
		if kw == token.GLOBAL {
			return &ast.Global{Range: p.rng(start), Names: names}
		}
		return &ast.Nonlocal{Range: p.rng(start), Names: names}
	case token.NAME:
		if p.isSoft("type") && p.peekKind(1) == token.NAME {
			if k := p.peekKind(2); k == token.EQUAL || k == token.LSQB {
				return p.typeAlias()
			}
		}
	}
	return p.assignment()
}

// assignment parses the assignment forms and expression statements:
//
//	assignment: NAME ':' expression ['=' annotated_rhs]
//	          | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//	          | (star_targets '=')+ (yield_expr | star_expressions) !'='
//	          | single_target augassign ~ (yield_expr | star_expressions)
//	star_expressions
//
// The first target is parsed as an expression and reinterpreted.
func (p *parser) assignment() ast.Stmt {
	start := p.tok.Start
	if !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR && p.tok.Kind != token.YIELD {
		p.invalid()
	}
	first := p.annotatedRHS()
	switch p.tok.Kind {
	case token.COLON:
		switch first.(type) {
		case *ast.Yield, *ast.YieldFrom, *ast.Starred:
			p.invalid()
		case *ast.Tuple:
			p.errorAt(first, "only single target (not tuple) can be annotated")
		case *ast.List:
			p.errorAt(first, "only single target (not list) can be annotated")
		}
		if !singleTarget(first) {
			p.errorAt(first, "illegal target for annotation")
		}
		p.next()
		ann := p.expression()
		var value ast.Expr
		if p.got(token.EQUAL) {
			value = p.annotatedRHS()
		}
		_, isName := first.(*ast.Name)
		setContext(first, ast.Store)
		return p.a.annAssigns.alloc(ast.AnnAssign{Range: p.rng(start), Target: first, Annotation: ann, Value: value,
			Simple: isName && first.Span().Start == start})
	case token.EQUAL:
		m := p.a.exprs.mark()
		p.a.exprs.push(first)
		var value ast.Expr
		for p.got(token.EQUAL) {
			if !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR && p.tok.Kind != token.YIELD {
				p.invalid()
			}
			value = p.annotatedRHS()
			if p.tok.Kind == token.EQUAL {
				p.a.exprs.push(value)
			}
		}
		targets := p.a.exprs.pop(m)
		p.setAssignTargets(start, targets, value)
		return p.a.assigns.alloc(ast.Assign{Range: p.rng(start), Targets: targets, Value: value})
	}
	if aug := augOps[p.tok.Kind]; aug.ok {
		op := aug.op
		if !singleTarget(first) {
			p.errorAt(first, "'%s' is an illegal expression for augmented assignment", exprName(first))
		}
		p.next()
		if !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR && p.tok.Kind != token.YIELD {
			p.invalid()
		}
		value := p.annotatedRHS()
		setContext(first, ast.Store)
		return p.a.augAssigns.alloc(ast.AugAssign{Range: p.rng(start), Target: first, Op: op, Value: value})
	}
	if p.tok.Kind == token.COLONEQUAL {
		if _, ok := first.(*ast.Name); !ok || first.Span().Start != start {
			p.errorAt(first, "cannot use assignment expressions with %s", exprName(first))
		}
		p.invalid()
	}
	if p.tok.Kind != token.NEWLINE && p.tok.Kind != token.SEMI {
		p.legacyOrMissingComma(start, first)
	}
	return p.a.exprStmts.alloc(ast.ExprStmt{Range: p.rng(start), Value: first})
}

// setAssignTargets checks the targets of an assignment statement that
// started at start and gives them the Store context. The messages follow
// the order in which CPython's second, error-reporting pass tries its rules:
// with a single '=', the element next to it is checked as a misused
// comparison first (invalid_named_expression: "x = 1" in an otherwise
// invalid target list suggests '==' or ':=', "f() = 1" says what cannot be
// assigned "here"); then the first invalid target is named.
func (p *parser) setAssignTargets(start int32, targets []ast.Expr, value ast.Expr) {
	var bad ast.Expr
	for _, t := range targets {
		if bad = invalidTarget(t, starTargets); bad != nil {
			break
		}
	}
	if bad == nil {
		for _, t := range targets {
			setContext(t, ast.Store)
		}
		return
	}
	if len(targets) == 1 {
		t := targets[0]
		last, lastStart := t, start
		if tup, ok := t.(*ast.Tuple); ok && tup.Start == start && len(tup.Elts) > 0 {
			last = tup.Elts[len(tup.Elts)-1]
			lastStart = last.Span().Start
		}
		if v := bitwiseOrPrefix(value); v != nil {
			if _, isName := last.(*ast.Name); isName && last.Span().Start == lastStart && last != t {
				p.errorRange(last, v, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			if _, isStar := last.(*ast.Starred); !isStar && bitwiseOrLevel(last, lastStart) {
				if _, isName := last.(*ast.Name); !isName || last != t {
					p.errorAt(last, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(last))
				}
			}
		}
	}
	for _, t := range targets {
		switch t.(type) {
		case *ast.Yield, *ast.YieldFrom:
			p.errorAt(t, "assignment to yield expression not possible")
		}
		p.setTarget(t, ast.Store, starTargets)
	}
}

// bitwiseOrPrefix returns the bitwise_or expression a value starts with,
// or nil when it does not start with one (a yield, a starred or 'not'
// expression, a lambda).
func bitwiseOrPrefix(v ast.Expr) ast.Expr {
	for {
		switch e := v.(type) {
		case *ast.Tuple:
			if len(e.Elts) == 0 || e.Start != e.Elts[0].Span().Start {
				return v
			}
			v = e.Elts[0]
		case *ast.BoolOp:
			if e.Start != e.Values[0].Span().Start {
				return v
			}
			v = e.Values[0]
		case *ast.Compare:
			if e.Start != e.Left.Span().Start {
				return v
			}
			v = e.Left
		case *ast.IfExp:
			if e.Start != e.Body.Span().Start {
				return v
			}
			v = e.Body
		case *ast.Yield, *ast.YieldFrom, *ast.Starred, *ast.Lambda:
			return nil
		case *ast.UnaryOp:
			if e.Op == ast.Not {
				return nil
			}
			return v
		default:
			return v
		}
	}
}

func isKeywordConstant(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && (c.Value.Kind == ast.NoneValue || c.Value.Kind == ast.TrueValue || c.Value.Kind == ast.FalseValue)
}

// legacyOrMissingComma fails after an expression statement (first, which
// started at start) followed by something that cannot follow it.
func (p *parser) legacyOrMissingComma(start int32, first ast.Expr) {
	n, isName := first.(*ast.Name)
	if isName && (n.ID == "print" || n.ID == "exec") && p.tok.Kind != token.STAR {
		if arg, _, ok := p.peekExpr(0, p.starExpressions); ok {
			p.errorRange(first, arg, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.ID, n.ID)
		}
	}
	if isName && n.ID == "match" && n.Start == start {
		// invalid_match_stmt: "match" subject_expr NEWLINE
		if subject, next, ok := p.peekExpr(0, p.starExpressions); ok && next == token.NEWLINE {
			p.failAt("SyntaxError", subject.Span().End, subject.Span().End+1, "expected ':'")
		}
	}
	p.afterStatement()
}

// augOps maps the augmented assignment operators to their operators (an
// array: a map lookup per expression statement showed in profiles).
var augOps = [256]struct {
	op ast.Operator
	ok bool
}{
	token.PLUSEQUAL:        {ast.Add, true},
	token.MINEQUAL:         {ast.Sub, true},
	token.STAREQUAL:        {ast.Mult, true},
	token.ATEQUAL:          {ast.MatMult, true},
	token.SLASHEQUAL:       {ast.Div, true},
	token.PERCENTEQUAL:     {ast.Mod, true},
	token.AMPEREQUAL:       {ast.BitAnd, true},
	token.VBAREQUAL:        {ast.BitOr, true},
	token.CIRCUMFLEXEQUAL:  {ast.BitXor, true},
	token.LEFTSHIFTEQUAL:   {ast.LShift, true},
	token.RIGHTSHIFTEQUAL:  {ast.RShift, true},
	token.DOUBLESTAREQUAL:  {ast.Pow, true},
	token.DOUBLESLASHEQUAL: {ast.FloorDiv, true},
}

// raiseStmt parses raise_stmt: 'raise' expression ['from' expression] | 'raise'.
func (p *parser) raiseStmt() ast.Stmt {
	start := p.tok.Start
	p.next()
	var exc, cause ast.Expr
	if startsExpr(p.tok.Kind) {
		exc = p.expression()
		if p.got(token.FROM) {
			cause = p.expression()
		}
	}
	return p.a.raises.alloc(ast.Raise{Range: p.rng(start), Exc: exc, Cause: cause})
}

// delStmt parses del_stmt: 'del' del_targets &(';' | NEWLINE).
func (p *parser) delStmt() ast.Stmt {
	start := p.tok.Start
	p.next()
	m := p.a.exprs.mark()
	for {
		if !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR {
			p.invalid()
		}
		p.a.exprs.push(p.starExpression())
		if !p.got(token.COMMA) || p.tok.Kind == token.NEWLINE || p.tok.Kind == token.SEMI {
			break
		}
	}
	if p.tok.Kind != token.NEWLINE && p.tok.Kind != token.SEMI {
		p.invalid()
	}
	targets := p.a.exprs.pop(m)
	for _, t := range targets {
		p.setTarget(t, ast.Del, delTargets)
	}
	return p.a.deletes.alloc(ast.Delete{Range: p.rng(start), Targets: targets})
}

// assertStmt parses assert_stmt: 'assert' expression [',' expression].
func (p *parser) assertStmt() ast.Stmt {
	start := p.tok.Start
	p.next()
	test := p.expression()
	var msg ast.Expr
	if p.got(token.COMMA) {
		msg = p.expression()
	}
	if p.tok.Kind == token.COLONEQUAL {
		p.invalid()
	}
	return p.a.asserts.alloc(ast.Assert{Range: p.rng(start), Test: test, Msg: msg})
}

// importName parses import_name: 'import' dotted_as_names.
func (p *parser) importName() ast.Stmt {
	start := p.tok.Start
	imp := p.tok
	p.next()
	if p.tok.Kind == token.NEWLINE {
		p.failAt("SyntaxError", imp.Start, p.tok.Start, "Expected one or more names after 'import'")
	}
	m := p.a.aliasList.mark()
	for {
		astart := p.tok.Start
		name := p.dottedName()
		a := p.a.aliases.alloc(ast.Alias{Name: name})
		if p.got(token.AS) {
			a.AsName = p.importTarget()
		}
		a.Range = p.rng(astart)
		p.a.aliasList.push(a)
		if !p.got(token.COMMA) {
			break
		}
	}
	if p.tok.Kind == token.FROM {
		p.failAt("SyntaxError", imp.Start, imp.End, "Did you mean to use 'from ... import ...' instead?")
	}
	return p.a.imports.alloc(ast.Import{Range: p.rng(start), Names: p.a.aliasList.pop(m)})
}

// importTarget parses the NAME after 'as' in an import.
func (p *parser) importTarget() ast.Ident {
	if p.v314() && (p.tok.Kind != token.NAME || p.peekKind(1) == token.DOT || p.peekKind(1) == token.LPAR || p.peekKind(1) == token.LSQB) {
		if e, _, ok := p.peekExpr(0, p.expression); ok {
			p.errorAt(e, "cannot use %s as import target", exprName(e))
		}
		p.invalid()
	}
	return p.expectName()
}

// dottedName parses dotted_name: dotted_name '.' NAME | NAME, returning the
// joined, normalised name spanning all its parts.
func (p *parser) dottedName() ast.Ident {
	first := p.expectName()
	if p.tok.Kind != token.DOT {
		return first
	}
	// The name is its source text unless spaces, comments, line
	// continuations or normalised characters are in it.
	size := len(first.Name)
	plain := p.toks[p.i-1].Flags&token.NonASCII == 0
	m := p.i
	for p.got(token.DOT) {
		n := p.expectName()
		size += 1 + len(n.Name)
		plain = plain && p.toks[p.i-1].Flags&token.NonASCII == 0
	}
	r := p.rng(first.Start)
	if text := p.src[r.Start:r.End]; plain && len(text) == size {
		return ast.Ident{Name: text, Range: r}
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(first.Name)
	for j := m; j < p.i; j += 2 {
		b.WriteByte('.')
		b.WriteString(p.ident(p.toks[j+1]).Name)
	}
	return ast.Ident{Name: b.String(), Range: r}
}

// importFrom parses
//
//	import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	           | 'from' ('.' | '...')+ 'import' import_from_targets
//	import_from_targets: '(' import_from_as_names [','] ')'
//	                   | import_from_as_names !',' | '*'
func (p *parser) importFrom() ast.Stmt {
	start := p.tok.Start
	p.next()
	level := 0
	for {
		if p.got(token.DOT) {
			level++
		} else if p.got(token.ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	var module ast.Ident
	if p.tok.Kind != token.IMPORT || level == 0 {
		module = p.dottedName()
	}
	if !p.got(token.IMPORT) {
		p.invalid()
	}
	var names []*ast.Alias
	switch p.tok.Kind {
	case token.STAR:
		t := p.tok
		p.next()
		m := p.a.aliasList.mark()
		p.a.aliasList.push(p.a.aliases.alloc(ast.Alias{Range: ast.RangeOf(t.Span()), Name: ast.Ident{Name: "*", Range: ast.RangeOf(t.Span())}}))
		names = p.a.aliasList.pop(m)
	case token.LPAR:
		p.next()
		names = p.importFromNames(token.RPAR)
		p.expect(token.RPAR)
	case token.NEWLINE:
		p.failAt("SyntaxError", p.tok.Start, p.tok.Start, "Expected one or more names after 'import'")
	default:
		names = p.importFromNames(token.NEWLINE)
		if p.tok.Kind == token.COMMA {
			p.errorTok("trailing comma not allowed without surrounding parentheses")
		}
	}
	if level == 0 && module.Name == "__future__" && p.opt.Version >= Python314 {
		// Since 3.14 the parser checks future imports
		// (_PyPegen_checked_future_import).
		for _, a := range names {
			switch a.Name.Name {
			case "barry_as_FLUFL":
				p.barry = true
			case "braces":
				p.errorAt(a, "not a chance")
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "generator_stop", "annotations":
			default:
				p.errorAt(a, "future feature %s is not defined", a.Name.Name)
			}
		}
	}
	return p.a.importFroms.alloc(ast.ImportFrom{Range: p.rng(start), Module: module, Names: names, Level: level})
}

// importFromNames parses import_from_as_names: ','.(NAME ['as' NAME])+,
// allowing a trailing comma before a closing ')'.
func (p *parser) importFromNames(closer token.Kind) []*ast.Alias {
	m := p.a.aliasList.mark()
	for {
		astart := p.tok.Start
		name := p.expectName()
		a := p.a.aliases.alloc(ast.Alias{Name: name})
		if p.got(token.AS) {
			a.AsName = p.importTarget()
		}
		a.Range = p.rng(astart)
		p.a.aliasList.push(a)
		if p.tok.Kind != token.COMMA {
			break
		}
		if closer == token.RPAR {
			p.next()
			if p.tok.Kind == token.RPAR {
				break
			}
		} else {
			if k := p.peekKind(1); k == token.NEWLINE || k == token.SEMI {
				break
			}
			p.next()
		}
	}
	return p.a.aliasList.pop(m)
}

// typeAlias parses type_alias: "type" NAME [type_params] '=' expression.
func (p *parser) typeAlias() ast.Stmt {
	start := p.tok.Start
	p.next()
	name := p.nameExpr(ast.Store)
	var params []ast.TypeParam
	if p.tok.Kind == token.LSQB {
		params = p.typeParams()
	}
	p.expect(token.EQUAL)
	value := p.expression()
	return &ast.TypeAlias{Range: p.rng(start), Name: name, TypeParams: params, Value: value}
}

// typeParamsOrParen parses a def's type parameters that are known to be
// invalid: a specific error stands, a generic one becomes "expected '('" at
// the '['.
func (p *parser) typeParamsOrParen(lsqb token.Token) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); ok && p.err != nil && p.err.Msg == "invalid syntax" && p.lexErr == nil {
				p.err = nil
				p.failAt("SyntaxError", lsqb.Start, lsqb.End, "expected '('")
			}
			panic(r)
		}
	}()
	p.typeParams()
}

// typeParams parses type_params: '[' ','.type_param+ [','] ']'.
func (p *parser) typeParams() []ast.TypeParam {
	p.next() // '['
	if p.tok.Kind == token.RSQB {
		p.errorTok("Type parameter list cannot be empty")
	}
	var params []ast.TypeParam
	for p.tok.Kind != token.RSQB {
		params = append(params, p.typeParam())
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RSQB)
	return params
}

// typeParam parses
//
//	type_param: NAME [':' expression] ['=' expression]
//	          | '*' NAME ['=' star_expression]
//	          | '**' NAME ['=' expression]
func (p *parser) typeParam() ast.TypeParam {
	start := p.tok.Start
	switch p.tok.Kind {
	case token.STAR:
		p.next()
		name := p.expectName()
		if p.tok.Kind == token.COLON {
			p.boundError(name, "TypeVarTuple")
		}
		var def ast.Expr
		if p.got(token.EQUAL) {
			def = p.starExpression()
		}
		return &ast.TypeVarTuple{Range: p.rng(start), Name: name, DefaultValue: def}
	case token.DOUBLESTAR:
		p.next()
		name := p.expectName()
		if p.tok.Kind == token.COLON {
			p.boundError(name, "ParamSpec")
		}
		var def ast.Expr
		if p.got(token.EQUAL) {
			def = p.expression()
		}
		return &ast.ParamSpec{Range: p.rng(start), Name: name, DefaultValue: def}
	}
	name := p.expectName()
	var bound, def ast.Expr
	if p.got(token.COLON) {
		bound = p.expression()
	}
	if p.got(token.EQUAL) {
		def = p.expression()
	}
	return &ast.TypeVar{Range: p.rng(start), Name: name, Bound: bound, DefaultValue: def}
}

func (p *parser) boundError(name ast.Ident, kind string) {
	colon := p.tok
	p.next()
	e := p.expression()
	what := "bound"
	if _, ok := e.(*ast.Tuple); ok {
		what = "constraints"
	}
	p.failAt("SyntaxError", colon.Start, e.Span().End, "cannot use %s with %s", what, kind)
}

// decorated parses decorators followed by a def or class:
//
//	decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorated() ast.Stmt {
	m := p.a.exprs.mark()
	for p.got(token.AT) {
		p.a.exprs.push(p.namedExpression())
		if p.tok.Kind != token.NEWLINE {
			p.invalid()
		}
		p.next()
	}
	decs := p.a.exprs.pop(m)
	switch p.tok.Kind {
	case token.DEF:
		return p.funcDef(p.tok.Start, decs)
	case token.ASYNC:
		if p.peekKind(1) == token.DEF {
			start := p.tok.Start
			p.next()
			return p.funcDef(start, decs)
		}
	case token.CLASS:
		return p.classDef(decs)
	}
	p.invalid()
	return nil
}

// funcDef parses, after any 'async' (the statement started at start):
//
//	'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
func (p *parser) funcDef(start int32, decs []ast.Expr) ast.Stmt {
	isAsync := p.tok.Start != start
	def := p.tok
	p.next()
	name := p.expectName()
	var params []ast.TypeParam
	if p.tok.Kind == token.LSQB {
		// def NAME [type_params] &&'(': a bad type parameter list is
		// reported as a missing '('.
		lsqb := p.tok
		s := p.save()
		if !p.speculate(func() { params = p.typeParams() }) {
			p.restore(s)
			p.typeParamsOrParen(lsqb)
		}
	}
	if !p.got(token.LPAR) {
		p.errorTok("expected '('")
	}
	args := p.parameters(token.RPAR, true)
	p.next() // ')'
	var returns ast.Expr
	if p.tok.Kind == token.RARROW {
		if !startsExpr(p.peekKind(1)) {
			p.errorTok("expected ':'")
		}
		p.next()
		returns = p.expression()
	}
	p.forcedColon()
	body := p.block("function definition", def.Start)
	return p.a.funcDefs.alloc(ast.FunctionDef{Range: p.rng(start), IsAsync: isAsync, Name: name, Args: args, Body: body,
		DecoratorList: decs, Returns: returns, TypeParams: params})
}

// classDef parses
//
//	class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
func (p *parser) classDef(decs []ast.Expr) ast.Stmt {
	start := p.tok.Start
	p.next()
	name := p.expectName()
	var params []ast.TypeParam
	if p.tok.Kind == token.LSQB {
		params = p.typeParams()
	}
	var bases []ast.Expr
	var kws []*ast.Keyword
	if p.tok.Kind == token.LPAR {
		lpar := p.tok
		p.next()
		bases, kws = p.arguments(lpar)
		if len(bases) == 1 && kws == nil {
			// class_def_raw takes '(' [arguments] ')', which, unlike a
			// call, has no bare generator expression.
			if g, ok := bases[0].(*ast.GeneratorExp); ok && g.Start == lpar.Start {
				p.failAt("SyntaxError", g.Start, g.End, "invalid syntax")
			}
		}
	}
	p.blockColon()
	body := p.block("class definition", start)
	return p.a.classDefs.alloc(ast.ClassDef{Range: p.rng(start), Name: name, Bases: bases, Keywords: kws, Body: body,
		DecoratorList: decs, TypeParams: params})
}

// ifStmt parses
//
//	if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
func (p *parser) ifStmt() ast.Stmt {
	start := p.tok.Start
	what := "'if' statement"
	if p.tok.Kind == token.ELIF {
		what = "'elif' statement"
	}
	p.next()
	test := p.namedExpression()
	p.blockColon()
	body := p.block(what, start)
	var orelse []ast.Stmt
	switch p.tok.Kind {
	case token.ELIF:
		p.enter(1, limitElif)
		m := p.a.stmts.mark()
		p.a.stmts.push(p.ifStmt())
		orelse = p.a.stmts.pop(m)
		p.leave(1)
	case token.ELSE:
		orelse = p.elseBlock()
	}
	return p.a.ifs.alloc(ast.If{Range: p.rng(start), Test: test, Body: body, Orelse: orelse})
}

// elseBlock parses else_block: 'else' &&':' block.
func (p *parser) elseBlock() []ast.Stmt {
	start := p.tok.Start
	p.next()
	p.forcedColon()
	body := p.block("'else' statement", start)
	if p.tok.Kind == token.ELIF && p.v314() {
		p.errorTok("'elif' block follows an 'else' block")
	}
	return body
}

// whileStmt parses while_stmt: 'while' named_expression ':' block [else_block].
func (p *parser) whileStmt() ast.Stmt {
	start := p.tok.Start
	p.next()
	test := p.namedExpression()
	p.blockColon()
	body := p.block("'while' statement", start)
	var orelse []ast.Stmt
	if p.tok.Kind == token.ELSE {
		orelse = p.elseBlock()
	}
	return p.a.whiles.alloc(ast.While{Range: p.rng(start), Test: test, Body: body, Orelse: orelse})
}

// forStmt parses, after any 'async':
//
//	'for' star_targets 'in' ~ star_expressions ':' block [else_block]
func (p *parser) forStmt(start int32, isAsync bool) ast.Stmt {
	forTok := p.tok
	p.next()
	target := p.starTargets(forTargets, token.IN)
	if !p.got(token.IN) {
		p.invalid()
	}
	iter := p.starExpressions()
	p.blockColon()
	body := p.block("'for' statement", forTok.Start)
	var orelse []ast.Stmt
	if p.tok.Kind == token.ELSE {
		orelse = p.elseBlock()
	}
	return p.a.fors.alloc(ast.For{Range: p.rng(start), IsAsync: isAsync, Target: target, Iter: iter, Body: body, Orelse: orelse})
}

// withStmt parses, after any 'async':
//
//	'with' '(' ','.with_item+ ','? ')' ':' block
//	'with' ','.with_item+ ':' block
//
// The parenthesised form is tried first, as in CPython: "with (a, b):"
// has two items, "with (a, b) as c:" one.
func (p *parser) withStmt(start int32, isAsync bool) ast.Stmt {
	with := p.tok
	p.next()
	var items []*ast.WithItem
	if p.tok.Kind == token.LPAR {
		missingColon := false
		p.speculate(func() {
			p.next()
			m := p.a.withItemList.mark()
			for {
				p.a.withItemList.push(p.withItem(true))
				if !p.got(token.COMMA) || p.tok.Kind == token.RPAR {
					break
				}
			}
			if !p.got(token.RPAR) || p.tok.Kind != token.COLON {
				missingColon = p.toks[p.i-1].Kind == token.RPAR && p.tok.Kind == token.NEWLINE
				p.invalid()
			}
			items = p.a.withItemList.pop(m)
		})
		if missingColon {
			// invalid_with_stmt: 'with' '(' ... ')' NEWLINE
			s := p.save()
			if !p.speculate(func() { p.withItem(false) }) || p.tok.Kind != token.COLON {
				p.restore(s)
				for p.tok.Kind != token.NEWLINE {
					p.next()
				}
				p.errorTok("expected ':'")
			}
			p.restore(s)
		}
	}
	if items == nil {
		m := p.a.withItemList.mark()
		for {
			p.a.withItemList.push(p.withItem(false))
			if !p.got(token.COMMA) {
				break
			}
		}
		items = p.a.withItemList.pop(m)
	}
	p.blockColon()
	body := p.block("'with' statement", with.Start)
	return p.a.withs.alloc(ast.With{Range: p.rng(start), IsAsync: isAsync, Items: items, Body: body})
}

// withItem parses with_item: expression 'as' star_target &(',' | ')' | ':') | expression.
func (p *parser) withItem(inParens bool) *ast.WithItem {
	start := p.tok.Start
	e := p.expression()
	item := p.a.withItems.alloc(ast.WithItem{ContextExpr: e})
	if p.got(token.AS) {
		t := p.starTargetElem()
		switch p.tok.Kind {
		case token.COMMA, token.COLON, token.NEWLINE:
		case token.RPAR:
			if !inParens {
				p.invalid()
			}
		default:
			p.invalid()
		}
		p.setTarget(t, ast.Store, starTargets)
		item.OptionalVars = t
	}
	item.Range = p.rng(start)
	return item
}

// tryStmt parses
//
//	try_stmt: 'try' &&':' block finally_block
//	        | 'try' &&':' block except_block+ [else_block] [finally_block]
//	        | 'try' &&':' block except_star_block+ [else_block] [finally_block]
func (p *parser) tryStmt() ast.Stmt {
	start := p.tok.Start
	p.next()
	p.forcedColon()
	body := p.block("'try' statement", start)
	t := p.a.tries.alloc(ast.Try{Body: body})
	sawPlain := false
	hm := p.a.handlerList.mark()
	for p.tok.Kind == token.EXCEPT {
		h, star := p.exceptBlock()
		if p.a.handlerList.since(hm) > 0 && star != t.IsStar {
			if star {
				p.failAt("SyntaxError", h.Start, h.Start+6, "cannot have both 'except' and 'except*' on the same 'try'")
			}
			p.failAt("SyntaxError", h.Start, h.Start+6, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		t.IsStar = star
		sawPlain = sawPlain || !star
		p.a.handlerList.push(h)
	}
	t.Handlers = p.a.handlerList.pop(hm)
	if len(t.Handlers) > 0 && p.tok.Kind == token.ELSE {
		t.Orelse = p.elseBlock()
	}
	if p.tok.Kind == token.FINALLY {
		fstart := p.tok.Start
		p.next()
		p.forcedColon()
		t.Finalbody = p.block("'finally' statement", fstart)
	}
	if len(t.Handlers) == 0 && t.Finalbody == nil {
		pos := p.nextLinePos()
		p.failAt("SyntaxError", pos, pos, "expected 'except' or 'finally' block")
	}
	t.Range = p.rng(start)
	return t
}

// exceptBlock parses one except clause, reporting whether it is except*:
//
//	except_block: 'except' expression ['as' NAME] ':' block
//	            | 'except' expressions ':' block
//	            | 'except' ':' block
//	except_star_block: 'except' '*' expression ['as' NAME] ':' block
//	                 | 'except' '*' expressions ':' block
func (p *parser) exceptBlock() (*ast.ExceptHandler, bool) {
	start := p.tok.Start
	p.next()
	star := p.got(token.STAR)
	what := "'except' statement"
	if star {
		what = "'except*' statement"
	}
	h := p.a.handlers.alloc(ast.ExceptHandler{})
	if p.tok.Kind == token.COLON || p.tok.Kind == token.NEWLINE {
		if star {
			p.errorTok("expected one or more exception types")
		}
		if p.tok.Kind == token.NEWLINE {
			p.errorTok("expected ':'")
		}
	} else {
		tstart := p.tok.Start
		h.Type = p.expression()
		if p.tok.Kind == token.COMMA {
			// PEP 758 (3.14): except A, B: without parentheses.
			m := p.a.exprs.mark()
			p.a.exprs.push(h.Type)
			for p.got(token.COMMA) {
				if !startsExpr(p.tok.Kind) {
					break
				}
				p.a.exprs.push(p.expression())
			}
			elts := p.a.exprs.pop(m)
			if p.tok.Kind == token.AS {
				msg := "multiple exception types must be parenthesized"
				if p.v314() {
					msg += " when using 'as'"
				}
				p.failAt("SyntaxError", elts[0].Span().Start, p.prevEnd, "%s", msg)
			}
			h.Type = p.a.tuples.alloc(ast.Tuple{Range: p.rng(tstart), Elts: elts, Ctx: ast.Load})
		} else if p.got(token.AS) {
			if p.tok.Kind != token.NAME || p.peekKind(1) != token.COLON && p.peekKind(1) != token.NEWLINE {
				if p.v314() {
					// invalid_except_stmt: 'except' expression 'as' expression ':'
					if e, next, ok := p.peekExpr(0, p.expression); ok && next == token.COLON {
						kw := "except"
						if star {
							kw = "except*"
						}
						p.errorAt(e, "cannot use %s statement with %s", kw, exprName(e))
					}
				}
				if p.tok.Kind == token.NAME {
					p.next()
				}
				p.invalid()
			}
			h.Name = p.expectName()
		}
	}
	p.blockColon()
	h.Body = p.block(what, start)
	h.Range = p.rng(start)
	return h, star
}

// looksLikeMatch decides whether a statement starting with the soft
// keyword "match" is a match statement: CPython tries
// "match" subject_expr ':' NEWLINE first. A line that starts with "match",
// continues with something that can start an expression and ends with ':'
// can be nothing else.
func (p *parser) looksLikeMatch() bool {
	k := p.peekKind(1)
	if !startsExpr(k) && k != token.STAR {
		return false
	}
	j := p.i + 1
	for ; j < len(p.toks); j++ {
		switch p.toks[j].Kind {
		case token.NEWLINE, token.EOF, token.ILLEGAL:
			return p.toks[j-1].Kind == token.COLON
		}
	}
	return false
}

// matchStmt parses
//
//	match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//	subject_expr: star_named_expression ',' star_named_expressions? | named_expression
func (p *parser) matchStmt() ast.Stmt {
	start := p.tok.Start
	p.next()
	sstart := p.tok.Start
	subject := p.starNamedExpression()
	if p.tok.Kind == token.COMMA {
		elts := []ast.Expr{subject}
		for p.got(token.COMMA) {
			if p.tok.Kind == token.COLON {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		subject = &ast.Tuple{Range: p.rng(sstart), Elts: elts, Ctx: ast.Load}
	} else if _, ok := subject.(*ast.Starred); ok {
		p.invalid()
	}
	p.blockColon()
	if p.tok.Kind != token.NEWLINE {
		p.invalid()
	}
	p.next()
	if p.tok.Kind != token.INDENT {
		pos := p.nextLinePos()
		p.failAt("IndentationError", pos, pos, "expected an indented block after 'match' statement on line %d", p.lineOf(start))
	}
	p.next()
	m := &ast.Match{Subject: subject}
	for p.tok.Kind != token.DEDENT && p.tok.Kind != token.EOF {
		if !p.isSoft("case") {
			p.invalid()
		}
		m.Cases = append(m.Cases, p.caseBlock())
	}
	p.next()
	m.Range = p.rng(start)
	return m
}

// caseBlock parses case_block: "case" patterns guard? ':' block.
func (p *parser) caseBlock() *ast.MatchCase {
	start := p.tok.Start
	p.next()
	c := &ast.MatchCase{Pattern: p.patterns()}
	if p.got(token.IF) {
		c.Guard = p.namedExpression()
	}
	p.blockColon()
	c.Body = p.block("'case' statement", start)
	c.Range = p.rng(start)
	return c
}
