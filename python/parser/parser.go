// Package parser is a hand-written recursive-descent parser for the union
// of Python 3.8–3.14, producing the tree CPython's ast.parse produces.
//
// The grammar functions follow CPython's Grammar/python.gram; each quotes
// the rule it implements. Where the PEG grammar relies on ordered choice
// with backtracking, the parser parses an expression and reinterprets it
// (an assignment target is parsed as an expression, then checked and given
// the Store context), or, in the one place where that is not enough
// (parenthesised with-items), speculates over the token slice.
//
// Node spans follow CPython's rule: a node runs from the first token of the
// grammar rule that built it to the last non-whitespace token that rule
// consumed, so a parenthesised operand widens its parent but not itself.
//
// Errors are reported as *SyntaxError with CPython's message where
// practical. The parser bails out at the first error with a private panic
// value recovered in Parse; it never panics otherwise, bounds its recursion,
// and cannot loop (every loop consumes a token).
package parser

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/encoding"
	"github.com/krait-dev/krait/python/lexer"
	"github.com/krait-dev/krait/python/token"
)

// Recursion limits. CPython's parser gives up with MemoryError ("Parser
// stack overflowed") when it is 6000 rule frames deep (MAXSTACK); nesting
// levels cost it different numbers of frames. The parser counts depth in
// roughly the same units and uses limits measured against CPython 3.13, so
// that it rejects the same long chains: 5969 nested unary operators or
// 'not's, 5970 nested conditional expressions, 2985 nested lambdas or '**'
// operators, 5966 elif clauses. (Brackets are bounded by the tokenizer at
// 200 levels first.)
const (
	limitUnary  = 5970
	limitExpr   = 5971
	limitElif   = 5967
	stackErrMsg = "Parser stack overflowed - Python source too complex to parse"
)

// SyntaxError is a syntax error: CPython's SyntaxError, IndentationError or
// TabError.
type SyntaxError struct {
	// Filename is the name given to the parser.
	Filename string
	// Kind is "SyntaxError", "IndentationError" or "TabError".
	Kind string
	// Msg is the message, worded like CPython's where practical.
	Msg string
	// Pos and End are byte offsets into the decoded source (End == Pos when
	// no range is known).
	Pos, End int32
	// Line and Col locate Pos as CPython's SyntaxError does: Line is 1-based
	// (0 for errors in the coding declaration), Col is the 1-based
	// character column.
	Line, Col int
}

// Error formats the error as FILE:LINE:COL: KIND: MSG, with line and
// column at least 1 (CPython says line 0 for errors in a coding
// declaration).
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, max(e.Line, 1), max(e.Col, 1), e.Kind, e.Msg)
}

// Version selects whose tree to build where CPython versions differ on
// source they all accept. The grammar is always the union of 3.8–3.14.
type Version uint8

// The versions whose trees the parser can reproduce.
const (
	// Python313 reproduces CPython 3.13 (the default), including two of its
	// f-string quirks: the text of a self-documenting field {expr=} ends at
	// the first '!', ':' or '}' of the expression and loses everything after
	// a '#', and the format spec of a raw f-string is decoded as non-raw.
	Python313 Version = iota
	// Python314 reproduces CPython 3.14, which fixed both.
	Python314
)

// Options adjust the parser.
type Options struct {
	Version Version
	// Arena, if set, supplies the memory of the tree and of the parser's
	// buffers, and keeps it for later parses: see Arena for what a Reset
	// invalidates. Without it every parse allocates its own.
	Arena *Arena
	eval  bool // parse an expression (ParseExpression)
}

// ParseFile decodes src as CPython does (BOM, PEP 263 coding declaration)
// and parses it as a module. The error, if any, is a *SyntaxError.
func ParseFile(filename string, src []byte) (*ast.File, error) {
	return ParseFileOptions(filename, src, Options{})
}

// ParseFileOptions is ParseFile with options.
func ParseFileOptions(filename string, src []byte, opt Options) (*ast.File, error) {
	dec, err := encoding.Decode(src)
	if err != nil {
		var e *encoding.Error
		if errors.As(err, &e) {
			return nil, &SyntaxError{Filename: filename, Kind: "SyntaxError", Msg: e.Msg, Line: e.Line, Col: e.Col}
		}
		return nil, &SyntaxError{Filename: filename, Kind: "SyntaxError", Msg: err.Error()}
	}
	if dec.Decoded {
		// A codec can produce what CPython's tokenizer then rejects: a
		// NUL character, or a text whose final newline the codec
		// swallowed (CPython fails at the start of the last line then).
		if i := strings.IndexByte(dec.Text, 0); i >= 0 {
			e := &SyntaxError{Filename: filename, Kind: "SyntaxError", Msg: "source code cannot contain null bytes",
				Line: strings.Count(dec.Text[:i], "\n") + 1, Col: 1}
			return nil, e
		}
		if dec.Unterminated {
			return nil, &SyntaxError{Filename: filename, Kind: "SyntaxError", Msg: "invalid syntax",
				Line: strings.Count(dec.Text, "\n") + 1, Col: 0}
		}
	}
	f, err := ParseStringOptions(filename, dec.Text, opt)
	if f != nil {
		f.Encoding = dec.Encoding
	}
	return f, err
}

// ParseString parses text, already decoded, as a module.
func ParseString(filename, text string) (*ast.File, error) {
	return ParseStringOptions(filename, text, Options{})
}

// ParseExpression parses src, decoded as ParseFile does, as one expression
// (ast.parse's 'eval' mode: expressions NEWLINE* ENDMARKER). The tree is
// in the returned File's Expression field.
func ParseExpression(filename string, src []byte) (*ast.File, error) {
	return ParseFileOptions(filename, src, Options{eval: true})
}

// ParseStringOptions is ParseString with options.
func ParseStringOptions(filename, text string, opt Options) (*ast.File, error) {
	lopt := lexer.Options{Python314: opt.Version >= Python314}
	var a *arena
	if ar := opt.Arena; ar != nil {
		a = &ar.a
		lopt.Tokens, lopt.Comments = ar.toks, ar.comments
	} else {
		a = new(arena)
	}
	lx := lexer.TokenizeOptions(text, lopt)
	if ar := opt.Arena; ar != nil {
		// The tokens are the parser's scratch: the next parse may reuse
		// them, Reset or not.
		ar.toks, ar.comments = lx.Tokens[:0], lx.Comments[:0]
	}
	// The File, Src and Lines are never taken from the arena: they stay
	// valid after a Reset.
	f := &ast.File{
		Name:     filename,
		Src:      lx.Src,
		Encoding: "utf-8",
		Lines:    lexer.LineStarts(lx.Src),
	}
	if len(lx.Comments) > 0 {
		f.Comments = a.comments.make(len(lx.Comments))
		for i, c := range lx.Comments {
			f.Comments[i] = ast.Comment{Range: ast.RangeOf(c)}
		}
	}
	p := &parser{src: lx.Src, toks: lx.Tokens, lexErr: lx.Err, file: f, opt: opt, debugText: lx.DebugText, a: a}
	p.tok = p.toks[0]
	err := p.run()
	if err != nil {
		return nil, err
	}
	return f, nil
}

// bailout is the panic value that unwinds the parser after an error.
type bailout struct{}

type parser struct {
	src     string
	toks    []token.Token
	i       int         // index of the current token
	tok     token.Token // toks[i]
	prevEnd int32       // end of the last consumed non-whitespace token
	lexErr  *lexer.Error
	file    *ast.File
	depth   int
	err     *parseError
	// spec counts active speculative parses: errors inside them are not
	// final and cheap to make.
	spec      int
	opt       Options
	debugText map[int32]token.Span
	// barry is set once "from __future__ import barry_as_FLUFL" was parsed:
	// CPython 3.14 then accepts "<>" as not-equal.
	barry bool
	// raw is set while parsing the inside of a raw f-string.
	raw bool
	a   *arena
	// fields counts the f-string replacement fields being parsed, and
	// tstring says whether the innermost is a t-string's.
	fields  int
	tstring bool
}

// run parses the whole input into p.file, recovering the bailout of the
// first syntax error: the one place the parser's panics stop.
func (p *parser) run() (err error) {
	s := p.save()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			// Empty the list stacks for the next parse through the
			// arena.
			p.dropLists(s)
			err = p.finalError()
		}
	}()
	if p.opt.eval {
		p.file.Expression = p.evalRule()
	} else {
		p.file.Module = p.fileRule()
	}
	return nil
}

// finalError picks the error to report, as CPython's
// _Pypegen_set_syntax_error does: a tokenizer error anywhere in the file
// wins over a parser error, except where CPython only notices the tokenizer
// state when the parser reaches it; an unclosed bracket wins over a parser
// error on a later line.
func (p *parser) finalError() *SyntaxError {
	if le := p.lexErr; le != nil {
		reached := p.toks[p.i].Kind == token.ILLEGAL
		switch {
		case reached, !le.Deferred && !p.err.keep:
			return p.lexError(le)
		case le.Unclosed && p.lineOf(le.Pos) < p.lineOf(p.tok.Start):
			return p.lexError(le)
		}
	}
	return &p.err.SyntaxError
}

func (p *parser) lexError(le *lexer.Error) *SyntaxError {
	e := &SyntaxError{Filename: p.file.Name, Kind: le.Kind.String(), Msg: le.Msg, Pos: le.Pos, End: le.End}
	if e.End < e.Pos {
		e.End = e.Pos
	}
	p.locate(e)
	if le.Cursor {
		// CPython's tokenizer reports the characters before its cursor.
		e.Col--
	}
	return e
}

// locate fills in Line and Col from Pos.
func (p *parser) locate(e *SyntaxError) {
	pos := p.file.Position(e.Pos)
	e.Line = pos.Line
	line := p.file.LineText(pos.Line)
	col := pos.Col
	if col > len(line) {
		col = len(line)
	}
	e.Col = utf8.RuneCountInString(line[:col]) + 1
}

// parseError is a SyntaxError plus how it competes with a tokenizer error.
type parseError struct {
	SyntaxError
	keep bool // not overridden by a later tokenizer error
}

// fail reports a syntax error at [start, end) and unwinds.
func (p *parser) failAt(kind string, start, end int32, format string, args ...any) {
	if p.spec == 0 {
		msg := format
		if len(args) > 0 {
			msg = fmt.Sprintf(format, args...)
		}
		e := &parseError{SyntaxError: SyntaxError{Filename: p.file.Name, Kind: kind, Msg: msg, Pos: start, End: end}}
		p.locate(&e.SyntaxError)
		p.err = e
	}
	panic(bailout{})
}

// errorAt reports a SyntaxError spanning the node n.
func (p *parser) errorAt(n ast.Node, format string, args ...any) {
	s := n.Span()
	p.failAt("SyntaxError", s.Start, s.End, format, args...)
}

// errorRange reports a SyntaxError from the start of a to the end of b.
func (p *parser) errorRange(a, b ast.Node, format string, args ...any) {
	p.failAt("SyntaxError", a.Span().Start, b.Span().End, format, args...)
}

// errorTok reports a SyntaxError at the current token.
func (p *parser) errorTok(format string, args ...any) {
	p.failAt("SyntaxError", p.tok.Start, p.tok.End, format, args...)
}

// invalid reports CPython's generic "invalid syntax" at the current token,
// or the tokenizer's error when the current token is the error token.
func (p *parser) invalid() {
	if p.tok.Kind == token.ILLEGAL {
		p.failAt("SyntaxError", p.tok.Start, p.tok.End, "invalid syntax")
	}
	if p.tok.Kind == token.INDENT {
		p.failAt("IndentationError", p.tok.Start, p.tok.End, "unexpected indent")
	}
	if p.tok.Kind == token.DEDENT {
		p.failAt("IndentationError", p.tok.Start, p.tok.End, "unexpected unindent")
	}
	p.errorTok("invalid syntax")
}

// expected reports "expected 'x'" at the token before the current one, as
// CPython's RAISE_SYNTAX_ERROR does for &&'x'.
func (p *parser) expected(what string) {
	if p.tok.Kind == token.ILLEGAL {
		p.invalid()
	}
	p.failAt("SyntaxError", p.prevEnd, p.prevEnd, "expected '%s'", what)
}

// ---------------------------------------------------------------------------
// Tokens

// next consumes the current token.
func (p *parser) next() {
	if k := p.tok.Kind; k > token.DEDENT {
		p.prevEnd = p.tok.End
	} else if k <= token.EOF { // EOF or ILLEGAL: the last token
		return
	}
	p.i++
	p.tok = p.toks[p.i]
}

// peekKind returns the kind of the token n places ahead.
func (p *parser) peekKind(n int) token.Kind {
	j := p.i + n
	if j >= len(p.toks) {
		return token.EOF
	}
	return p.toks[j].Kind
}

// got consumes the current token if it has kind k.
func (p *parser) got(k token.Kind) bool {
	if p.tok.Kind == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with "invalid syntax".
func (p *parser) expect(k token.Kind) token.Token {
	t := p.tok
	if t.Kind != k {
		p.invalid()
	}
	p.next()
	return t
}

// forcedColon consumes ':' or fails with "expected ':'" (CPython's &&':').
func (p *parser) forcedColon() {
	if !p.got(token.COLON) {
		if p.tok.Kind == token.ILLEGAL {
			p.invalid()
		}
		p.errorTok("expected ':'")
	}
}

// blockColon consumes the ':' that opens a block: a line break instead is
// "expected ':'" (CPython's invalid_*_stmt rules), anything else "invalid
// syntax".
func (p *parser) blockColon() {
	if !p.got(token.COLON) {
		if p.tok.Kind == token.NEWLINE {
			p.errorTok("expected ':'")
		}
		p.invalid()
	}
}

// nextLinePos returns where CPython reports an error about what follows a
// line break: the next real token, or at the end of the file the last line
// break.
func (p *parser) nextLinePos() int32 {
	for j := p.i; j < len(p.toks); j++ {
		switch p.toks[j].Kind {
		case token.DEDENT, token.INDENT, token.NEWLINE:
			continue
		case token.EOF:
			return max(0, int32(len(p.src))-1)
		}
		return p.toks[j].Start
	}
	return max(0, int32(len(p.src))-1)
}

// v314 reports whether CPython 3.14's behaviour is wanted.
func (p *parser) v314() bool { return p.opt.Version >= Python314 }

// text returns the source text of a token.
func (p *parser) text(t token.Token) string { return p.src[t.Start:t.End] }

// isSoft reports whether the current token is the soft keyword kw.
func (p *parser) isSoft(kw string) bool {
	return p.tok.Kind == token.NAME && p.text(p.tok) == kw
}

// rng returns the range from start to the end of the last consumed token.
func (p *parser) rng(start int32) ast.Range { return ast.Range{Start: start, End: p.prevEnd} }

// enter guards recursion depth: it adds cost to the depth and fails as
// CPython does once the depth reaches limit.
func (p *parser) enter(cost, limit int) {
	p.depth += cost
	if p.depth >= limit {
		p.failAt("MemoryError", p.tok.Start, p.tok.End, stackErrMsg)
	}
}

func (p *parser) leave(cost int) { p.depth -= cost }

// state is what speculation saves and restores.
type state struct {
	i            int
	prevEnd      int32
	depth        int
	marks        marks
	fields       int
	tstring, raw bool
}

// marks are the heights of the list stacks.
type marks struct {
	exprs, stmts, kws, args, aliases, comps, withItems, handlers, cmpOps int
}

func (p *parser) save() state {
	a := p.a
	return state{p.i, p.prevEnd, p.depth,
		marks{a.exprs.mark(), a.stmts.mark(), a.kws.mark(), a.argList.mark(), a.aliasList.mark(),
			a.compList.mark(), a.withItemList.mark(), a.handlerList.mark(), a.cmpOps.mark()},
		p.fields, p.tstring, p.raw}
}

func (p *parser) restore(s state) {
	p.i, p.prevEnd, p.depth = s.i, s.prevEnd, s.depth
	p.tok = p.toks[p.i]
	p.dropLists(s)
	p.fields, p.tstring, p.raw = s.fields, s.tstring, s.raw
}

// dropLists drops what a failed parse left on the list stacks above the
// marks of s.
func (p *parser) dropLists(s state) {
	a, m := p.a, s.marks
	a.exprs.drop(m.exprs)
	a.stmts.drop(m.stmts)
	a.kws.drop(m.kws)
	a.argList.drop(m.args)
	a.aliasList.drop(m.aliases)
	a.compList.drop(m.comps)
	a.withItemList.drop(m.withItems)
	a.handlerList.drop(m.handlers)
	a.cmpOps.drop(m.cmpOps)
}

// speculate runs f; if f fails with a syntax error, the parser is put back
// where it was and speculate returns false. Used where CPython's ordered
// choice cannot be decided by lookahead.
func (p *parser) speculate(f func()) (ok bool) {
	s := p.save()
	p.spec++
	defer func() {
		p.spec--
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.restore(s)
			ok = false
		}
	}()
	f()
	return true
}

// peekExpr runs parse speculatively at the current token (skip tokens
// ahead of it) and always puts the parser back. It returns what parse
// built, the kind of the token after it, and whether parse succeeded.
// Error reporting uses it to look at what stands where something else was
// wanted, as CPython's second, error-reporting pass does.
func (p *parser) peekExpr(skip int, parse func() ast.Expr) (e ast.Expr, next token.Kind, ok bool) {
	s := p.save()
	for ; skip > 0; skip-- {
		p.next()
	}
	if startsExpr(p.tok.Kind) || p.tok.Kind == token.STAR {
		ok = p.speculate(func() { e = parse() })
		next = p.tok.Kind
	}
	p.restore(s)
	return e, next, ok
}

// ident returns the identifier of a NAME token, NFKC-normalised.
func (p *parser) ident(t token.Token) ast.Ident {
	name := p.text(t)
	if t.Flags&token.NonASCII != 0 {
		name = normalizeIdent(name)
	}
	return ast.Ident{Name: name, Range: ast.RangeOf(t.Span())}
}

// expectName consumes a NAME token.
func (p *parser) expectName() ast.Ident {
	t := p.tok
	if t.Kind != token.NAME {
		p.invalid()
	}
	p.next()
	return p.ident(t)
}

// lineOf returns the line of a byte offset.
func (p *parser) lineOf(off int32) int { return p.file.Position(off).Line }

// stripNewlines is used for error excerpts.
var _ = strings.TrimSpace
