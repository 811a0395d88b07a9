package parser

import (
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// patterns parses patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() ast.Pattern {
	start := p.tok.Start
	first := p.maybeStarPattern()
	if p.tok.Kind != token.COMMA {
		if _, ok := first.(*ast.MatchStar); ok {
			p.invalid()
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(token.COMMA) {
		if p.tok.Kind == token.COLON || p.tok.Kind == token.IF {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Range: p.rng(start), Patterns: pats}
}

// maybeStarPattern parses maybe_star_pattern: star_pattern | pattern.
func (p *parser) maybeStarPattern() ast.Pattern {
	if p.tok.Kind != token.STAR {
		return p.pattern()
	}
	// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
	start := p.tok.Start
	p.next()
	if p.isSoft("_") {
		p.next()
		return &ast.MatchStar{Range: p.rng(start)}
	}
	name := p.captureTarget()
	return &ast.MatchStar{Range: p.rng(start), Name: name}
}

// captureTarget parses pattern_capture_target: !"_" NAME !('.' | '(' | '=').
func (p *parser) captureTarget() ast.Ident {
	if p.isSoft("_") {
		p.invalid()
	}
	name := p.expectName()
	switch p.tok.Kind {
	case token.DOT, token.LPAR, token.EQUAL:
		p.invalid()
	}
	return name
}

// pattern parses
//
//	pattern: as_pattern | or_pattern
//	as_pattern: or_pattern 'as' pattern_capture_target
func (p *parser) pattern() ast.Pattern {
	start := p.tok.Start
	pat := p.orPattern()
	if !p.got(token.AS) {
		return pat
	}
	if p.isSoft("_") {
		p.errorTok("cannot use '_' as a target")
	}
	if p.tok.Kind != token.NAME {
		// invalid_as_pattern: or_pattern 'as' !NAME expression
		if e, _, ok := p.peekExpr(0, p.expression); ok {
			if p.v314() {
				p.errorAt(e, "cannot use %s as pattern target", exprName(e))
			}
			p.errorAt(e, "invalid pattern target")
		}
		p.invalid()
	}
	name := p.captureTarget()
	return &ast.MatchAs{Range: p.rng(start), Pattern: pat, Name: name}
}

// orPattern parses or_pattern: '|'.closed_pattern+.
func (p *parser) orPattern() ast.Pattern {
	start := p.tok.Start
	first := p.closedPattern()
	if p.tok.Kind != token.VBAR {
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(token.VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Range: p.rng(start), Patterns: pats}
}

// closedPattern parses
//
//	closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
//	              | value_pattern | group_pattern | sequence_pattern
//	              | mapping_pattern | class_pattern
//
// in CPython's order: "_" is always the wildcard, so "_.x" and "_()" are
// errors as in CPython.
func (p *parser) closedPattern() ast.Pattern {
	p.enter(1, limitExpr)
	defer p.leave(1)
	start := p.tok.Start
	switch p.tok.Kind {
	case token.NUMBER, token.MINUS:
		v := p.signedNumber(true)
		return &ast.MatchValue{Range: p.rng(start), Value: v}
	case token.STRING, token.FSTRING_START, token.TSTRING_START:
		v := p.strings()
		return &ast.MatchValue{Range: p.rng(start), Value: v}
	case token.NONE, token.TRUE, token.FALSE:
		k := map[token.Kind]ast.ValueKind{token.NONE: ast.NoneValue, token.TRUE: ast.TrueValue, token.FALSE: ast.FalseValue}[p.tok.Kind]
		p.next()
		return &ast.MatchSingleton{Range: p.rng(start), Value: ast.Value{Kind: k}}
	case token.NAME:
		if p.isSoft("_") {
			p.next()
			return &ast.MatchAs{Range: p.rng(start)}
		}
		switch p.peekKind(1) {
		case token.DOT, token.LPAR:
			cls := p.nameOrAttr()
			if p.tok.Kind == token.LPAR {
				return p.classPattern(start, cls)
			}
			if p.tok.Kind == token.EQUAL {
				p.invalid()
			}
			return &ast.MatchValue{Range: p.rng(start), Value: cls}
		}
		name := p.captureTarget()
		return &ast.MatchAs{Range: p.rng(start), Name: name}
	case token.LPAR:
		p.next()
		if p.got(token.RPAR) {
			return &ast.MatchSequence{Range: p.rng(start)}
		}
		first := p.maybeStarPattern()
		if p.tok.Kind == token.RPAR {
			if _, ok := first.(*ast.MatchStar); ok {
				p.invalid()
			}
			p.next()
			return first
		}
		pats := []ast.Pattern{first}
		if p.tok.Kind != token.COMMA {
			p.invalid()
		}
		for p.got(token.COMMA) {
			if p.tok.Kind == token.RPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(token.RPAR)
		return &ast.MatchSequence{Range: p.rng(start), Patterns: pats}
	case token.LSQB:
		p.next()
		var pats []ast.Pattern
		for p.tok.Kind != token.RSQB {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(token.COMMA) {
				break
			}
		}
		p.expect(token.RSQB)
		return &ast.MatchSequence{Range: p.rng(start), Patterns: pats}
	case token.LBRACE:
		return p.mappingPattern()
	}
	p.invalid()
	return nil
}

// nameOrAttr parses name_or_attr: attr | NAME, with attr: name_or_attr '.' NAME.
func (p *parser) nameOrAttr() ast.Expr {
	start := p.tok.Start
	var e ast.Expr = p.nameExpr(ast.Load)
	for p.got(token.DOT) {
		attr := p.expectName()
		e = &ast.Attribute{Range: p.rng(start), Value: e, Attr: attr, Ctx: ast.Load}
	}
	return e
}

// signedNumber parses a numeric literal pattern:
//
//	signed_number: NUMBER | '-' NUMBER
//	complex_number: signed_real_number ('+' | '-') imaginary_number
//
// complex is whether a complex_number is allowed here.
func (p *parser) signedNumber(complex bool) ast.Expr {
	start := p.tok.Start
	neg := p.got(token.MINUS)
	t := p.tok
	if t.Kind != token.NUMBER {
		p.invalid()
	}
	p.next()
	num := p.number(t)
	var v ast.Expr = num
	if neg {
		v = &ast.UnaryOp{Range: p.rng(start), Op: ast.USub, Operand: num}
	}
	if !complex || p.tok.Kind != token.PLUS && p.tok.Kind != token.MINUS {
		return v
	}
	if num.Value.Kind == ast.ComplexValue {
		p.errorAt(num, "real number required in complex literal")
	}
	op := ast.Add
	if p.tok.Kind == token.MINUS {
		op = ast.Sub
	}
	p.next()
	it := p.tok
	if it.Kind != token.NUMBER {
		p.invalid()
	}
	p.next()
	imag := p.number(it)
	if imag.Value.Kind != ast.ComplexValue {
		p.errorAt(imag, "imaginary number required in complex literal")
	}
	return &ast.BinOp{Range: p.rng(start), Left: v, Op: op, Right: imag}
}

// classPattern parses the arguments of a class pattern whose class (cls)
// started at start:
//
//	class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'
//	keyword_pattern: NAME '=' pattern
func (p *parser) classPattern(start int32, cls ast.Expr) ast.Pattern {
	p.next() // '('
	m := &ast.MatchClass{Cls: cls}
	var firstKw ast.Pattern
	for p.tok.Kind != token.RPAR {
		if p.tok.Kind == token.NAME && p.peekKind(1) == token.EQUAL {
			name := p.expectName()
			p.next()
			pat := p.pattern()
			m.KwdAttrs = append(m.KwdAttrs, name)
			m.KwdPatterns = append(m.KwdPatterns, pat)
			if firstKw == nil {
				firstKw = pat
			}
		} else {
			pat := p.pattern()
			if firstKw != nil {
				p.errorAt(pat, "positional patterns follow keyword patterns")
			}
			m.Patterns = append(m.Patterns, pat)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RPAR)
	m.Range = p.rng(start)
	return m
}

// mappingPattern parses
//
//	mapping_pattern: '{' [items_pattern ','] ['**' NAME [',']] '}'
//	key_value_pattern: (literal_expr | attr) ':' pattern
func (p *parser) mappingPattern() ast.Pattern {
	start := p.tok.Start
	p.next()
	m := &ast.MatchMapping{}
	for p.tok.Kind != token.RBRACE {
		if p.tok.Kind == token.DOUBLESTAR {
			p.next()
			m.Rest = p.captureTarget()
			if p.got(token.COMMA) && p.tok.Kind != token.RBRACE {
				// CPython's message for this ("double star pattern must be
				// the last ...") needs the rest to parse as patterns; 3.13
				// and 3.14 both say "invalid syntax" here.
				p.invalid()
			}
			break
		}
		var key ast.Expr
		switch p.tok.Kind {
		case token.NUMBER, token.MINUS:
			key = p.signedNumber(true)
		case token.STRING, token.FSTRING_START, token.TSTRING_START:
			key = p.strings()
		case token.NONE, token.TRUE, token.FALSE:
			k := map[token.Kind]ast.ValueKind{token.NONE: ast.NoneValue, token.TRUE: ast.TrueValue, token.FALSE: ast.FalseValue}[p.tok.Kind]
			key = &ast.Constant{Range: ast.RangeOf(p.tok.Span()), Value: ast.Value{Kind: k}}
			p.next()
		case token.NAME:
			if p.peekKind(1) != token.DOT {
				p.invalid()
			}
			key = p.nameOrAttr()
		default:
			p.invalid()
		}
		p.expect(token.COLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RBRACE)
	m.Range = p.rng(start)
	return m
}
