package parser

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// maxStrDigits is CPython's default int_max_str_digits: a decimal integer
// literal with more digits is a SyntaxError.
const maxStrDigits = 4300

// number converts a NUMBER token (already validated by the lexer) to a
// Constant with its Python value: int (any size), float or imaginary.
func (p *parser) number(t token.Token) *ast.Constant {
	text := p.src[t.Start:t.End]
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	c := p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span())})
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		c.Value = ast.Value{Kind: ast.ComplexValue, Float: parseFloat(text[:len(text)-1])}
		return c
	}
	base := 10
	digits := text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base, digits = 16, text[2:]
		case 'o', 'O':
			base, digits = 8, text[2:]
		case 'b', 'B':
			base, digits = 2, text[2:]
		}
	}
	if base == 10 && strings.ContainsAny(text, ".eE") {
		c.Value = ast.Value{Kind: ast.FloatValue, Float: parseFloat(text)}
		return c
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		c.Value = ast.Value{Kind: ast.IntValue, Int: v}
		return c
	}
	if base == 10 && len(strings.TrimLeft(digits, "0")) > maxStrDigits {
		n := len(strings.TrimLeft(digits, "0"))
		p.failAt("SyntaxError", t.Start, t.End, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxStrDigits, n)
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		p.failAt("SyntaxError", t.Start, t.End, "invalid numeric literal")
	}
	c.Value = ast.Value{Kind: ast.IntValue, Big: b}
	return c
}

// parseFloat parses a float literal as CPython does (correctly rounded;
// overflow gives infinity).
func parseFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// The lexer only lets through valid literals, so the only error
		// is ErrRange, for which ParseFloat returns ±Inf or 0 as Python.
		return f
	}
	return f
}
