package parser

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/internal/pyrepr"
	"github.com/krait-dev/krait/python/internal/unicodedata"
	"github.com/krait-dev/krait/python/lexer"
	"github.com/krait-dev/krait/python/token"
)

// strings parses
//
//	strings: (fstring | string)+ | tstring+
//
// and concatenates the parts as CPython's _PyPegen_concatenate_strings
// does.
func (p *parser) strings() ast.Expr {
	start := p.tok.Start
	if p.tok.Kind == token.STRING {
		switch p.peekKind(1) {
		case token.STRING, token.FSTRING_START, token.TSTRING_START:
		default:
			// A single literal, the common case: concatenate would
			// return it as it is.
			c := p.stringConst(p.tok)
			p.next()
			return c
		}
	}
	m := p.a.exprs.mark()
	var firstT, lastNonT, firstNonT ast.Expr
	for {
		switch p.tok.Kind {
		case token.STRING:
			c := p.stringConst(p.tok)
			p.next()
			p.a.exprs.push(c)
			if firstNonT == nil {
				firstNonT = c
			}
			lastNonT = c
		case token.FSTRING_START:
			f := p.fstring()
			p.a.exprs.push(f)
			if firstNonT == nil {
				firstNonT = f
			}
			lastNonT = f
		case token.TSTRING_START:
			t := p.fstring()
			p.a.exprs.push(t)
			if firstT == nil {
				firstT = t
			}
		default:
			goto done
		}
	}
done:
	r := p.rng(start)
	parts := p.a.exprs.view(m)
	var e ast.Expr
	if firstT != nil {
		if firstNonT != nil {
			if firstNonT.Span().Start < firstT.Span().Start {
				p.errorRange(lastNonT, firstT, "cannot mix t-string literals with string or bytes literals")
			}
			p.errorRange(firstT, firstNonT, "cannot mix t-string literals with string or bytes literals")
		}
		e = p.concatenateT(parts, r)
	} else {
		e = p.concatenate(parts, r)
	}
	p.a.exprs.drop(m)
	return e
}

// concatenate implements _PyPegen_concatenate_strings: parts are str or
// bytes Constants and JoinedStrs (or, in a format spec, FormattedValues).
// Adjacent constants are folded into one spanning them all; empty str
// constants are dropped when an f-string is involved. parts may be a view
// of the expression stack: concatenate pushes above it, which may move the
// stack but leaves the view intact.
func (p *parser) concatenate(parts []ast.Expr, r ast.Range) ast.Expr {
	fFound, uFound, bFound := false, false, false
	n := 0
	for _, e := range parts {
		switch e := e.(type) {
		case *ast.Constant:
			if e.Value.Kind == ast.BytesValue {
				bFound = true
			} else {
				uFound = true
			}
			n++
		case *ast.JoinedStr:
			n += len(e.Values)
			fFound = true
		default:
			n++
			fFound = true
		}
	}
	if (uFound || fFound) && bFound {
		p.errorTok("cannot mix bytes and nonbytes literals")
	}
	if bFound {
		var b strings.Builder
		for _, e := range parts {
			b.WriteString(e.(*ast.Constant).Value.Str)
		}
		return p.a.constants.alloc(ast.Constant{Range: r, Value: ast.Value{Kind: ast.BytesValue, Str: b.String()}, Kind: parts[0].(*ast.Constant).Kind})
	}
	if !fFound && len(parts) == 1 {
		return parts[0]
	}
	m := p.a.exprs.mark()
	for _, e := range parts {
		if j, ok := e.(*ast.JoinedStr); ok {
			for _, v := range j.Values {
				p.a.exprs.push(v)
			}
		} else {
			p.a.exprs.push(e)
		}
	}
	flat := p.a.exprs.view(m)
	values := p.a.exprs.out.copy(flat[:p.foldConstants(flat, fFound)])
	p.a.exprs.drop(m)
	if !fFound {
		return values[0]
	}
	return p.a.joinedStrs.alloc(ast.JoinedStr{Range: r, Values: values})
}

// foldConstants merges runs of adjacent str constants into one constant
// that spans from the first to the last of the run and takes the first's
// kind; with dropEmpty, empty constants are dropped (after merging, so an
// empty string can still widen a run). It folds flat in place and returns
// the length of the result.
func (p *parser) foldConstants(flat []ast.Expr, dropEmpty bool) int {
	n := 0
	for i := 0; i < len(flat); i++ {
		e := flat[i]
		if c, ok := e.(*ast.Constant); ok {
			if i+1 < len(flat) {
				if _, ok := flat[i+1].(*ast.Constant); ok {
					var b strings.Builder
					last := c
					j := i
					for ; j < len(flat); j++ {
						cj, ok := flat[j].(*ast.Constant)
						if !ok {
							break
						}
						b.WriteString(cj.Value.Str)
						last = cj
					}
					i = j - 1
					c = p.a.constants.alloc(ast.Constant{Range: ast.Range{Start: c.Start, End: last.End},
						Value: ast.Value{Kind: ast.StrValue, Str: b.String()}, Kind: c.Kind})
					e = c
				}
			}
			if dropEmpty && c.Value.Str == "" {
				continue
			}
		}
		flat[n] = e
		n++
	}
	return n
}

// concatenateT concatenates t-strings (PEP 750): their values are
// flattened and adjacent constants folded, as for f-strings.
func (p *parser) concatenateT(parts []ast.Expr, r ast.Range) ast.Expr {
	var flat []ast.Expr
	for _, e := range parts {
		flat = append(flat, e.(*ast.TemplateStr).Values...)
	}
	return &ast.TemplateStr{Range: r, Values: flat[:p.foldConstants(flat, true)]}
}

// prefix splits a string token's text into its prefix flags and body.
func splitString(text string) (bytes, raw bool, body string) {
	i := 0
	for text[i] != '"' && text[i] != '\'' {
		switch text[i] {
		case 'b', 'B':
			bytes = true
		case 'r', 'R':
			raw = true
		}
		i++
	}
	q := text[i]
	qlen := 1
	if len(text)-i >= 6 && text[i+1] == q && text[i+2] == q {
		qlen = 3
	}
	return bytes, raw, text[i+qlen : len(text)-qlen]
}

// stringConst parses a STRING token:
//
//	string: STRING
func (p *parser) stringConst(t token.Token) *ast.Constant {
	text := p.src[t.Start:t.End]
	isBytes, raw, body := splitString(text)
	c := p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span())})
	if text[0] == 'u' {
		c.Kind = "u"
	}
	body = translateNewlines(body)
	if isBytes {
		if t.Flags&token.NonASCII != 0 {
			p.failAt("SyntaxError", t.Start, t.End, "bytes can only contain ASCII literal characters")
		}
		v := body
		if !raw && t.Flags&token.Backslash != 0 {
			var err error
			if v, err = decodeBytesEscapes(body); err != nil {
				p.failAt("SyntaxError", t.Start, t.End, "(value error) %s", err.Error())
			}
		}
		c.Value = ast.Value{Kind: ast.BytesValue, Str: v}
		return c
	}
	c.Value = ast.Value{Kind: ast.StrValue, Str: p.decodeStr(t, body, raw)}
	return c
}

// decodeStr decodes the body of a str literal or f-string part.
func (p *parser) decodeStr(t token.Token, body string, raw bool) string {
	if t.Flags&token.NonASCII != 0 && !utf8.ValidString(body) {
		i := 0
		for i < len(body) {
			r, size := utf8.DecodeRuneInString(body[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		p.failAt("SyntaxError", t.Start, t.End, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", body[i], i, lexer.UTF8Reason(body[i:]))
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body
	}
	v, err := decodeEscapes(body)
	if err != nil {
		p.failAt("SyntaxError", t.Start, t.End, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", err.start, err.end, err.msg)
	}
	return v
}

// translateNewlines turns "\r\n" and lone "\r" into "\n", as CPython's
// reading of the source does before tokenizing.
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

type escapeError struct {
	start, end int
	msg        string
}

func (e *escapeError) Error() string { return e.msg }

// decodeEscapes decodes the backslash escapes of a str literal, as
// CPython's unicode_escape codec does: \newline, \\, \', \", \a \b \f \n
// \r \t \v, \ooo, \xhh, \uhhhh, \Uhhhhhhhh and \N{name}; any other
// backslash stays, with the character after it. Lone surrogates are kept
// (in generalized UTF-8).
func decodeEscapes(s string) (string, *escapeError) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := strings.IndexByte(s[i:], '\\')
			if j < 0 {
				b = append(b, s[i:]...)
				break
			}
			b = append(b, s[i:i+j]...)
			i += j
			continue
		}
		bs := i
		i++
		if i >= len(s) {
			// A trailing backslash (before an f-string '{') stays.
			b = append(b, '\\')
			break
		}
		c = s[i]
		i++
		if e, ok := simpleEscape(c); ok {
			if c != '\n' { // backslash-newline continues the line
				b = append(b, e)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + rune(s[i]-'0')
				i++
			}
			b = pyrepr.AppendRune(b, v)
		case 'x', 'u', 'U':
			n := 2
			name := `\xXX`
			switch c {
			case 'u':
				n, name = 4, `\uXXXX`
			case 'U':
				n, name = 8, `\UXXXXXXXX`
			}
			var v rune
			k := 0
			for ; k < n && i < len(s) && isHex(s[i]); k++ {
				v = v<<4 + rune(hexVal(s[i]))
				i++
			}
			if k < n {
				return "", &escapeError{bs, i - 1, "truncated " + name + " escape"}
			}
			if v > 0x10FFFF {
				return "", &escapeError{bs, i - 1, "illegal Unicode character"}
			}
			b = pyrepr.AppendRune(b, v)
		case 'N':
			if i >= len(s) || s[i] != '{' {
				return "", &escapeError{bs, i - 1, `malformed \N character escape`}
			}
			j := strings.IndexByte(s[i:], '}')
			if j <= 1 {
				return "", &escapeError{bs, len(s) - 1, `malformed \N character escape`}
			}
			r, ok := unicodedata.Lookup(s[i+1 : i+j])
			if !ok {
				return "", &escapeError{bs, i + j, "unknown Unicode character name"}
			}
			i += j + 1
			b = pyrepr.AppendRune(b, r)
		default:
			// Not an escape: keep the backslash; the character after it
			// (which may be the start of a multi-byte sequence) is copied
			// as ordinary text.
			b = append(b, '\\')
			i--
		}
	}
	return string(b), nil
}

// simpleEscape returns the byte a one-character escape \c stands for
// (for \<newline>, which stands for nothing, the newline).
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\n', '\\', '\'', '"':
		return c, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	}
	return 0, false
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func hexVal(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// decodeBytesEscapes decodes the escapes of a bytes literal: as for str,
// without \u, \U and \N; octal values above 0o377 wrap to a byte.
func decodeBytesEscapes(s string) (string, error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		bs := i
		i++
		if i >= len(s) {
			return "", fmt.Errorf("Trailing \\ in string")
		}
		c = s[i]
		i++
		if e, ok := simpleEscape(c); ok {
			if c != '\n' { // backslash-newline continues the line
				b = append(b, e)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + int(s[i]-'0')
				i++
			}
			b = append(b, byte(v))
		case 'x':
			if i+1 < len(s) && isHex(s[i]) && isHex(s[i+1]) {
				b = append(b, hexVal(s[i])<<4|hexVal(s[i+1]))
				i += 2
			} else {
				return "", fmt.Errorf("invalid \\x escape at position %d", bs)
			}
		default:
			b = append(b, '\\', c)
		}
	}
	return string(b), nil
}

// fstring parses an f-string or t-string:
//
//	fstring: FSTRING_START fstring_middle* FSTRING_END
//	tstring: TSTRING_START tstring_middle* TSTRING_END
//
// Literal parts become str constants (decoded, with empty ones dropped, as
// _PyPegen_joined_str does); adjacent parts are folded by concatenate.
func (p *parser) fstring() ast.Expr {
	startTok := p.tok
	tstring := startTok.Kind == token.TSTRING_START
	middle, end := token.FSTRING_MIDDLE, token.FSTRING_END
	if tstring {
		middle, end = token.TSTRING_MIDDLE, token.TSTRING_END
	}
	prefix := p.src[startTok.Start:startTok.End]
	raw := strings.ContainsAny(prefix, "rR")
	// A bailout leaves p.raw set; speculation restores it.
	outerRaw := p.raw
	p.raw = raw
	p.next()
	p.enter(1, limitExpr)
	m := p.a.exprs.mark()
	for p.tok.Kind != end {
		switch p.tok.Kind {
		case middle:
			t := p.tok
			p.next()
			body := translateNewlines(p.src[t.Start:t.TextEnd()])
			v := p.decodeStr(t, body, raw)
			if v != "" {
				p.a.exprs.push(p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span()), Value: ast.Value{Kind: ast.StrValue, Str: v}}))
			}
		case token.LBRACE:
			p.replacementField(tstring, tstring)
		default:
			p.fstringError(tstring, "expecting '}'")
		}
	}
	endTok := p.tok
	p.next()
	p.leave(1)
	p.raw = outerRaw
	r := ast.Range{Start: startTok.Start, End: endTok.End}
	values := p.a.exprs.pop(m)
	if tstring {
		return &ast.TemplateStr{Range: r, Values: values}
	}
	return p.a.joinedStrs.alloc(ast.JoinedStr{Range: r, Values: values})
}

func (p *parser) fstringError(tstring bool, format string, args ...any) {
	if p.tok.Kind == token.ILLEGAL {
		p.invalid()
	}
	what := "f-string: "
	if tstring {
		what = "t-string: "
	}
	p.errorTok(what+format, args...)
}

// replacementField parses a replacement field and pushes its values onto
// the expression stack (a debug '=' adds the expression text as a constant
// first):
//
//	fstring_replacement_field:
//	    '{' annotated_rhs '='? ['!' NAME] [':' fstring_format_spec*] '}'
//
// tstring says whether the field is in a t-string; interp whether it
// builds an Interpolation (a t-string's own fields) rather than a
// FormattedValue (f-string fields and fields nested in format specs).
func (p *parser) replacementField(tstring, interp bool) {
	lbrace := p.tok
	p.next()
	switch p.tok.Kind {
	case token.EQUAL, token.EXCLAMATION, token.COLON, token.RBRACE:
		p.fstringError(tstring, "valid expression required before '%s'", p.text(p.tok))
	}
	if !startsExpr(p.tok.Kind) && p.tok.Kind != token.STAR && p.tok.Kind != token.YIELD {
		p.fstringError(tstring, "expecting a valid expression after '{'")
	}
	outerT := p.tstring
	p.fields++
	p.tstring = tstring
	value := p.annotatedRHS()
	p.fields--
	p.tstring = outerT
	exprEnd := p.prevEnd
	if startsExpr(p.tok.Kind) {
		// The braces count as brackets: invalid_expression's missing comma.
		p.missingComma(value)
	}
	debug := false
	if p.tok.Kind == token.EQUAL {
		debug = true
		p.next()
	}
	terminator := p.tok
	conv := ast.NoConversion
	if p.tok.Kind == token.EXCLAMATION {
		bang := p.tok
		p.next()
		switch p.tok.Kind {
		case token.COLON, token.RBRACE:
			p.fstringError(tstring, "missing conversion character")
		case token.NAME:
		default:
			p.fstringError(tstring, "invalid conversion character")
		}
		name := p.tok
		if name.Start != bang.End {
			p.failAt("SyntaxError", bang.Start, name.End, "%s: conversion type must come right after the exclamanation mark", kindName(tstring))
		}
		id := p.ident(name).Name
		if id != "s" && id != "r" && id != "a" {
			p.failAt("SyntaxError", name.Start, name.End, "%s: invalid conversion character %s: expected 's', 'r', or 'a'", kindName(tstring), pyrepr.Str(id))
		}
		conv = ast.Conversion(id[0])
		p.next()
	} else if debug && p.tok.Kind != token.COLON && p.tok.Kind != token.RBRACE {
		p.fstringError(tstring, "expecting '!', or ':', or '}'")
	}
	var spec ast.Expr
	if p.tok.Kind == token.COLON {
		colon := p.tok
		p.next()
		spec = p.formatSpec(colon, tstring, p.raw)
		if p.tok.Kind != token.RBRACE {
			p.fstringError(tstring, "expecting '}', or format specs")
		}
	}
	if p.tok.Kind != token.RBRACE {
		switch {
		case conv != ast.NoConversion:
			p.fstringError(tstring, "expecting ':' or '}'")
		case !debug:
			p.fstringError(tstring, "expecting '=', or '!', or ':', or '}'")
		}
		p.fstringError(tstring, "expecting '}'")
	}
	rbrace := p.tok
	p.next()
	if debug && conv == ast.NoConversion && spec == nil {
		conv = ast.ConvRepr
	}
	r := ast.Range{Start: lbrace.Start, End: rbrace.End}
	if debug {
		text := p.selfDocText(lbrace.End, terminator, interp)
		p.a.exprs.push(p.a.constants.alloc(ast.Constant{Range: ast.Range{Start: lbrace.End, End: terminator.Start},
			Value: ast.Value{Kind: ast.StrValue, Str: text}}))
	}
	if interp {
		str := p.withoutComments(lbrace.End, exprEnd)
		p.a.exprs.push(&ast.Interpolation{Range: r, Value: value, Str: str, Conversion: conv, FormatSpec: spec})
		return
	}
	p.a.exprs.push(p.a.formatted.alloc(ast.FormattedValue{Range: r, Value: value, Conversion: conv, FormatSpec: spec}))
}

func kindName(tstring bool) string {
	if tstring {
		return "t-string"
	}
	return "f-string"
}

// selfDocText returns the text of a self-documenting replacement field
// ({expr=}) that starts at start and whose expression ends at the token
// term. CPython 3.14 gives the source up to term without its comments
// (withoutComments); 3.13 gives what its tokenizer recorded, which can end
// early, and cuts everything from a '#' to the end of the line, even in a
// string literal.
func (p *parser) selfDocText(start int32, term token.Token, interp bool) string {
	if p.opt.Version >= Python314 || interp {
		return p.withoutComments(start, term.Start)
	}
	span, ok := p.debugText[term.Start]
	if !ok {
		span = token.Span{Start: start, End: term.Start}
	}
	text := p.src[span.Start:span.End]
	if strings.IndexByte(text, '#') < 0 {
		return translateNewlines(text)
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] == '#' {
			for i < len(text) && text[i] != '\n' && text[i] != '\r' {
				i++
			}
			if i == len(text) {
				break
			}
		}
		b.WriteByte(text[i])
	}
	return translateNewlines(b.String())
}

// withoutComments returns the source from start to end with its comments
// removed and newlines translated.
func (p *parser) withoutComments(start, end int32) string {
	cs := p.file.Comments
	i := sort.Search(len(cs), func(i int) bool { return cs[i].Start >= start })
	if i == len(cs) || cs[i].Start >= end {
		return translateNewlines(p.src[start:end])
	}
	var b strings.Builder
	for pos := start; ; i++ {
		if i == len(cs) || cs[i].Start >= end {
			b.WriteString(p.src[pos:end])
			break
		}
		b.WriteString(p.src[pos:cs[i].Start])
		pos = cs[i].End
	}
	return translateNewlines(b.String())
}

// formatSpec parses the format spec after ':' of a replacement field:
//
//	fstring_full_format_spec: ':' fstring_format_spec*
//	fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
//
// Its literal parts are decoded as non-raw strings even in a raw f-string,
// as in CPython. Following _PyPegen_setup_full_format_spec, empty parts are
// dropped and several parts are concatenated (which can leave a single
// Constant rather than a JoinedStr).
func (p *parser) formatSpec(colon token.Token, tstring, raw bool) ast.Expr {
	middle := token.FSTRING_MIDDLE
	if tstring {
		middle = token.TSTRING_MIDDLE
	}
	m := p.a.exprs.mark()
	for {
		switch p.tok.Kind {
		case middle:
			t := p.tok
			p.next()
			v := p.decodeStr(t, translateNewlines(p.src[t.Start:t.TextEnd()]), raw && p.opt.Version >= Python314)
			if v != "" {
				p.a.exprs.push(p.a.constants.alloc(ast.Constant{Range: ast.RangeOf(t.Span()), Value: ast.Value{Kind: ast.StrValue, Str: v}}))
			}
			continue
		case token.LBRACE:
			p.replacementField(tstring, false)
			continue
		}
		break
	}
	r := ast.Range{Start: colon.Start, End: p.prevEnd}
	items := p.a.exprs.view(m)
	if len(items) == 0 {
		return p.a.joinedStrs.alloc(ast.JoinedStr{Range: r})
	}
	if len(items) == 1 {
		if _, ok := items[0].(*ast.Constant); ok {
			return p.a.joinedStrs.alloc(ast.JoinedStr{Range: r, Values: p.a.exprs.pop(m)})
		}
	}
	e := p.concatenate(items, r)
	p.a.exprs.drop(m)
	return e
}

// normalizeIdent returns the NFKC form of a non-ASCII identifier.
func normalizeIdent(s string) string { return unicodedata.NormalizeIdentifier(s) }
