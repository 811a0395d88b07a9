// Package lexer turns Python source text into tokens, as CPython 3.14's
// tokenizer does: INDENT/DEDENT from indentation (tabs to multiples of 8,
// checked against a tab size of 1 for consistency), implicit line joining
// inside brackets, backslash continuations, "\n", "\r\n" and lone "\r" line
// breaks, and PEP 701/750 f-strings and t-strings split into
// FSTRING_START, FSTRING_MIDDLE, replacement-field tokens and FSTRING_END.
//
// The lexer mirrors the state machine of CPython's Parser/lexer/lexer.c so
// that token boundaries, and therefore AST positions, are the same: the
// ends of FSTRING_MIDDLE tokens in particular decide the positions of
// f-string constants. It tokenizes a whole file at once into a slice of
// 12-byte tokens; the parser backtracks by index. Comments are returned in
// a side table.
//
// The first lexical error ends the token slice with an ILLEGAL token at the
// error; Result.Err describes it. The parser reports it only if parsing
// reaches that token, as CPython does.
package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/python/internal/unicodedata"
	"github.com/krait-dev/krait/python/token"
)

// Limits from CPython's tokenizer.
const (
	tabSize         = 8
	maxIndent       = 100 // MAXINDENT
	maxLevel        = 200 // MAXLEVEL: nested brackets
	maxFStringLevel = 150 // MAXFSTRINGLEVEL: nested f-strings
	maxExprNesting  = 3   // MAX_EXPR_NESTING: replacement fields in format specs
)

// ErrorKind is the Python exception class of a syntax error.
type ErrorKind uint8

// The kinds of syntax error.
const (
	SyntaxError ErrorKind = iota
	IndentationError
	TabError
)

// String returns the Python class name of the error kind.
func (k ErrorKind) String() string {
	switch k {
	case IndentationError:
		return "IndentationError"
	case TabError:
		return "TabError"
	}
	return "SyntaxError"
}

// Error is a lexical error. Pos is the byte offset CPython reports it at
// (usually its cursor, just after the offending text); End, when greater
// than Pos, ends the highlighted range.
type Error struct {
	Kind ErrorKind
	Msg  string
	Pos  int32
	End  int32
	// Cursor says that Pos is CPython's tokenizer cursor, which its
	// SyntaxError.offset counts the characters before; otherwise Pos is the
	// first byte of the offending text (offset = characters before + 1).
	Cursor bool
	// Unclosed marks the "'(' was never closed" error.
	Unclosed bool
	// Deferred marks the errors CPython's tokenizer only signals when the
	// parser reaches them (end of file inside brackets or after a
	// backslash, bad dedent, tab/space mixing), as opposed to the ones it
	// raises at once, which take precedence over any parser error.
	Deferred bool
}

func (e *Error) Error() string { return e.Msg }

// Result is the outcome of Tokenize.
type Result struct {
	// Src is the text the spans refer to: the input, plus a "\n" when the
	// input did not end with a line break (CPython adds one too).
	Src string
	// Tokens ends with an EOF token, or with an ILLEGAL token when Err is
	// set.
	Tokens []token.Token
	// Comments holds the span of every comment, '#' to end of line.
	Comments []token.Span
	// Err is the first lexical error, if any.
	Err *Error
	// DebugText maps the start offset of each '!', ':' or '}' token that
	// ends the expression of a self-documenting f-string replacement field
	// ({expr=}) to the span of the expression text CPython 3.13's tokenizer
	// attaches to it. It reproduces 3.13's quirks: the text ends at the
	// first '!', ':' or '}' at the field's top level (or one bracket deep
	// once an '=' was seen), even if that is the '!' of '!='.
	DebugText map[int32]token.Span
}

const eof = -1

type modeKind uint8

const (
	regularMode modeKind = iota
	fstringMode
)

// mode is one entry of the tokenizer's mode stack (CPython's
// tokenizer_mode): the bottom entry is plain code, each f-string or
// t-string being scanned pushes one.
type mode struct {
	kind       modeKind
	quote      byte
	quoteSize  int
	raw        bool
	tstring    bool
	start      int32 // offset of the string prefix
	curlyDepth int   // brackets open inside the f-string
	// exprStart is the curlyDepth at which the innermost replacement field
	// started, -1 outside replacement fields (CPython's
	// curly_bracket_expr_start_depth).
	exprStart    int
	inFormatSpec bool
	debug        bool // an '=' was seen in the current replacement field
	// exprText and exprEnd reproduce CPython's last_expr_buffer and
	// last_expr_end: where the text of the current replacement field's
	// expression starts, and where the first terminator ('!', ':' or '}')
	// since then was (-1 before it).
	exprText, exprEnd int32
}

type paren struct {
	ch  byte
	pos int32
}

type lexer struct {
	opt      Options
	src      string
	n        int
	pos      int
	toks     []token.Token
	comments []token.Span
	err      *Error
	debug    map[int32]token.Span

	atBOL    bool
	indstack []int
	altstack []int
	pendin   int
	level    int
	parens   []paren
	modes    []mode
}

// Options adjust the lexer.
type Options struct {
	// Python314 reproduces CPython 3.14 where its tokenizer differs from
	// 3.13's on the same input: a line break inside the format spec of a
	// single-quoted f-string is an error in 3.14, while 3.13 ends the format
	// spec there.
	Python314 bool
	// Tokens and Comments, when they have capacity, are buffers the lexer
	// appends to from their start instead of allocating new slices, so that
	// a caller tokenizing many files can reuse them; Result.Tokens and
	// Result.Comments may then share their arrays. The caller must not use
	// an earlier Result's slices once it has passed their arrays back in.
	Tokens   []token.Token
	Comments []token.Span
}

// Tokenize splits src into tokens, as CPython 3.13 does.
func Tokenize(src string) *Result { return TokenizeOptions(src, Options{}) }

// TokenizeOptions is Tokenize with options.
func TokenizeOptions(src string, opt Options) *Result {
	if len(src) > 0 {
		if c := src[len(src)-1]; c != '\n' && c != '\r' {
			src += "\n"
		}
	}
	l := &lexer{
		opt:      opt,
		src:      src,
		n:        len(src),
		atBOL:    true,
		indstack: make([]int, 1, 16),
		altstack: make([]int, 1, 16),
		modes:    make([]mode, 1, 4),
		toks:     opt.Tokens[:0],
		comments: opt.Comments[:0],
	}
	if cap(l.toks) == 0 {
		// The standard library averages one token per 6.2 bytes; few
		// files have more than one per 5.
		l.toks = make([]token.Token, 0, len(src)/5+16)
	}
	l.modes[0].exprStart = -1
	l.run()
	return &Result{Src: src, Tokens: l.toks, Comments: l.comments, Err: l.err, DebugText: l.debug}
}

// run appends the tokens of the whole input to l.toks, up to and including
// the EOF or ILLEGAL token.
//
// The loop scans the common tokens of plain code itself (names, keywords,
// operators, brackets, decimal integers, line breaks, comments, string
// literals without a prefix) and hands everything else to next, which
// implements the whole of CPython's state machine: the start of a line
// (indentation), pending INDENT and DEDENT tokens, f-strings, prefixed
// strings, non-ASCII names, other numbers, tabs, backslashes, "\r" and all
// errors. The fast path only ever takes a token that next would produce the
// same way, so either may handle any position. Callgrind on the standard
// library showed two thirds of the lexer's instructions in next and the
// getc-based loops before this path existed.
func (l *lexer) run() {
	toks := l.toks
	src := l.src
	n := len(src)
	for {
		if l.pendin == 0 && len(l.modes) == 1 {
			if l.atBOL {
				var ok bool
				if toks, ok = l.lineStart(toks); !ok {
					goto slowBOL
				}
				if l.atBOL {
					// A blank line.
					goto next
				}
			}
			pos := l.pos
			for pos < n && src[pos] == ' ' {
				pos++
			}
			for pos < n {
				c := src[pos]
				start := pos
				switch byteClass[c] {
				case className, classPrefix:
					pos++
					for pos < n && identChar[src[pos]] {
						pos++
					}
					if pos < n {
						if d := src[pos]; d >= 0x80 || byteClass[c] == classPrefix && pos-start <= 2 && (d == '"' || d == '\'') {
							// A non-ASCII name, or a string prefix.
							pos = start
							goto slow
						}
					}
					toks = append(toks, token.Token{Kind: token.Keyword(src[start:pos]), Start: int32(start), End: int32(pos)})
				case classOp:
					k := opKind[c]
					pos++
					if pos < n {
						if k2 := twoChars(c, src[pos]); k2 != token.OP {
							k = k2
							pos++
							if pos < n {
								if k3 := threeChars(c, src[pos-1], src[pos]); k3 != token.OP {
									k = k3
									pos++
								}
							}
						}
					}
					toks = append(toks, token.Token{Kind: k, Start: int32(start), End: int32(pos)})
				case classOpen:
					if l.level >= maxLevel {
						goto slow
					}
					l.parens = append(l.parens, paren{c, int32(start)})
					l.level++
					pos++
					toks = append(toks, token.Token{Kind: opKind[c], Start: int32(start), End: int32(pos)})
				case classClose:
					if l.level == 0 || l.parens[len(l.parens)-1].ch != openerOf[c] {
						goto slow
					}
					l.level--
					l.parens = l.parens[:len(l.parens)-1]
					pos++
					toks = append(toks, token.Token{Kind: opKind[c], Start: int32(start), End: int32(pos)})
				case classDot:
					if pos+1 < n && (isDigitByte(src[pos+1]) || src[pos+1] == '.') {
						goto slow
					}
					pos++
					toks = append(toks, token.Token{Kind: token.DOT, Start: int32(start), End: int32(pos)})
				case classDigit:
					// Decimal integers without underscores; anything that
					// continues them (other bases, fractions, exponents,
					// 'j', a letter: a keyword or an error) takes the slow
					// path.
					pos++
					if c != '0' {
						for pos < n && isDigitByte(src[pos]) {
							pos++
						}
					}
					if pos < n && (identChar[src[pos]] || src[pos] == '.' || src[pos] >= 0x80) {
						pos = start
						goto slow
					}
					toks = append(toks, token.Token{Kind: token.NUMBER, Start: int32(start), End: int32(pos)})
				case classNewline:
					// Not a blank line: next consumes those whole.
					pos++
					l.atBOL = true
					if l.level == 0 {
						toks = append(toks, token.Token{Kind: token.NEWLINE, Start: int32(start), End: int32(pos)})
					}
					l.pos = pos
					goto next
				case classHash:
					end := strings.IndexByte(src[pos:], '\n')
					if end < 0 {
						end = n - pos
					}
					if cr := strings.IndexByte(src[pos:pos+end], '\r'); cr >= 0 {
						end = cr
					}
					pos += end
					l.comments = append(l.comments, token.Span{Start: int32(start), End: int32(pos)})
					if pos == n {
						goto slow
					}
					// The line break after a comment: the NEWLINE token
					// is placed at the '#', as next does.
					if src[pos] == '\r' && pos+1 < n && src[pos+1] == '\n' {
						pos++
					}
					pos++
					l.atBOL = true
					if l.level == 0 {
						toks = append(toks, token.Token{Kind: token.NEWLINE, Start: int32(start), End: int32(start + 1)})
					}
					l.pos = pos
					goto next
				case classQuote:
					l.pos = pos + 1
					t := l.stringLiteral(start, int(c))
					toks = append(toks, t)
					if t.Kind == token.ILLEGAL {
						l.toks = toks
						return
					}
					pos = l.pos
				default:
					goto slow
				}
				for pos < n && src[pos] == ' ' {
					pos++
				}
			}
		slow:
			l.pos = pos
		}
	slowBOL:
		{
			t := l.next()
			toks = append(toks, t)
			if t.Kind == token.EOF || t.Kind == token.ILLEGAL {
				l.toks = toks
				return
			}
		}
	next:
	}
}

// lineStart is the fast path of run at the start of a line in plain
// code: it consumes a blank line (leaving l.atBOL set), or the indentation
// of a line indented with spaces only, appending the INDENT or DEDENT
// tokens it implies to toks. It reports false, changing nothing, where
// indentation has to decide (tabs, form feeds, backslashes, "\r", the end
// of the input, errors).
func (l *lexer) lineStart(toks []token.Token) ([]token.Token, bool) {
	src, n := l.src, l.n
	pos := l.pos
	for pos < n && src[pos] == ' ' {
		pos++
	}
	if pos == n {
		return toks, false
	}
	switch src[pos] {
	case '\n':
		l.pos = pos + 1
		return toks, true
	case '#':
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 || strings.IndexByte(src[pos:pos+end], '\r') >= 0 {
			return toks, false
		}
		l.comments = append(l.comments, token.Span{Start: int32(pos), End: int32(pos + end)})
		l.pos = pos + end + 1
		return toks, true
	case '\t', '\f', '\\', '\r':
		return toks, false
	}
	if l.level == 0 {
		// Spaces only: the column and the alternate column (tabs counted
		// as one) are the same.
		col := pos - l.pos
		top := len(l.indstack) - 1
		switch {
		case col == l.indstack[top]:
			if col != l.altstack[top] {
				return toks, false
			}
		case col > l.indstack[top]:
			if len(l.indstack) >= maxIndent || col <= l.altstack[top] {
				return toks, false
			}
			l.indstack = append(l.indstack, col)
			l.altstack = append(l.altstack, col)
			toks = append(toks, token.Token{Kind: token.INDENT, Start: int32(pos), End: int32(pos)})
		default:
			j := top
			for j > 0 && col < l.indstack[j] {
				j--
			}
			if col != l.indstack[j] || col != l.altstack[j] {
				return toks, false
			}
			for ; top > j; top-- {
				toks = append(toks, token.Token{Kind: token.DEDENT, Start: int32(pos), End: int32(pos)})
			}
			l.indstack = l.indstack[:j+1]
			l.altstack = l.altstack[:j+1]
		}
	}
	l.atBOL = false
	l.pos = pos
	return toks, true
}

// Byte classes of the fast path in run; classOther takes the slow path.
const (
	classOther  uint8 = iota
	className         // a letter or '_' that cannot start a string prefix
	classPrefix       // b, r, u, f, t in either case
	classDigit
	classOp      // an operator character; twoChars and threeChars extend it
	classOpen    // ( [ {
	classClose   // ) ] }
	classDot     // '.'
	classNewline // '\n'
	classHash    // '#'
	classQuote   // ' or "
)

var (
	byteClass [256]uint8
	// opKind is the kind of the one-character operator or bracket c.
	opKind [256]token.Kind
	// openerOf maps a closing bracket to its opening one.
	openerOf [256]byte
)

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// LineStarts returns the byte offset at which each line of src starts.
// Lines end at "\n", "\r\n" or a lone "\r".
func LineStarts(src string) []int32 {
	lines := make([]int32, 1, len(src)/32+1)
	if strings.IndexByte(src, '\r') < 0 {
		for i := 0; ; {
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			lines = append(lines, int32(i))
		}
		return lines
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, int32(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			lines = append(lines, int32(i+1))
		}
	}
	return lines
}

// getc returns the next byte and advances, or eof.
func (l *lexer) getc() int {
	if l.pos < l.n {
		c := l.src[l.pos]
		l.pos++
		return int(c)
	}
	l.pos = l.n + 1 // so that backup(eof) is a no-op and positions stay put
	return eof
}

// backup undoes the getc that returned c.
func (l *lexer) backup(c int) {
	if c != eof {
		l.pos--
	} else {
		l.pos = l.n
	}
}

func (l *lexer) peek() int {
	if l.pos < l.n {
		return int(l.src[l.pos])
	}
	return eof
}

// newline consumes the rest of a line break whose first byte c was just
// read, and reports whether c was one: "\r\n" and "\r" count as "\n".
func (l *lexer) newline(c int) bool {
	if c == '\n' {
		return true
	}
	if c == '\r' {
		if l.pos < l.n && l.src[l.pos] == '\n' {
			l.pos++
		}
		return true
	}
	return false
}

func (l *lexer) make(k token.Kind, start, end int) token.Token {
	return token.Token{Kind: k, Start: int32(start), End: int32(end)}
}

// fail records a syntax error at the cursor position pos and returns an
// ILLEGAL token.
func (l *lexer) fail(kind ErrorKind, pos int, format string, args ...any) token.Token {
	t := l.failRange(kind, pos, -1, format, args...)
	l.err.Cursor = true
	return t
}

// deferred marks the error just recorded as Deferred.
func (l *lexer) deferred(t token.Token) token.Token {
	l.err.Deferred = true
	return t
}

func (l *lexer) failRange(kind ErrorKind, pos, end int, format string, args ...any) token.Token {
	if pos > l.n {
		pos = l.n
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	if l.err == nil {
		l.err = &Error{Kind: kind, Msg: msg, Pos: int32(pos), End: int32(end)}
	}
	return token.Token{Kind: token.ILLEGAL, Start: int32(pos), End: int32(pos)}
}

func (l *lexer) syntaxError(format string, args ...any) token.Token {
	return l.fail(SyntaxError, l.pos, format, args...)
}

func (l *lexer) next() token.Token {
	if l.modes[len(l.modes)-1].kind == fstringMode {
		return l.fstringMode()
	}
	return l.normalMode()
}

// Byte classes for the identifier fast path.
var identStart, identChar, prefixChar [256]bool

func init() {
	for c := 0; c < 128; c++ {
		identStart[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		identChar[c] = identStart[c] || c >= '0' && c <= '9'
	}
	for _, c := range "bBrRuUfFtT" {
		prefixChar[c] = true
	}
	// The classes of the fast path in run.
	for c := 0; c < 256; c++ {
		switch {
		case prefixChar[c]:
			byteClass[c] = classPrefix
		case identStart[c]:
			byteClass[c] = className
		case c >= '0' && c <= '9':
			byteClass[c] = classDigit
		}
	}
	for _, c := range "%&*+,-/:;<=>@^|~!" {
		byteClass[c] = classOp
		opKind[c] = oneChar(byte(c))
	}
	for _, c := range "([{" {
		byteClass[c] = classOpen
		opKind[c] = oneChar(byte(c))
	}
	for _, c := range ")]}" {
		byteClass[c] = classClose
		opKind[c] = oneChar(byte(c))
	}
	openerOf[')'], openerOf[']'], openerOf['}'] = '(', '[', '{'
	byteClass['.'] = classDot
	byteClass['\n'] = classNewline
	byteClass['#'] = classHash
	byteClass['\''] = classQuote
	byteClass['"'] = classQuote
}

func isPotentialIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isPotentialIdentChar(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// indentation reads the indentation at the beginning of a line and queues
// INDENT/DEDENT tokens. It reports whether the line is blank (only
// whitespace or a comment), or returns an error token.
func (l *lexer) indentation() (blank bool, errTok *token.Token) {
	// Most lines are indented with spaces only: count them in a tight
	// loop first.
	src, pos := l.src, l.pos
	for pos < len(src) && src[pos] == ' ' {
		pos++
	}
	col, altcol, contLineCol := pos-l.pos, pos-l.pos, 0
	l.pos = pos
	var c int
	for {
		c = l.getc()
		switch c {
		case ' ':
			col++
			altcol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++
			continue
		case '\f':
			col, altcol = 0, 0
			continue
		case '\\':
			// Indentation cannot be split over lines with backslashes:
			// the first backslash fixes the indentation of what follows.
			if contLineCol == 0 {
				contLineCol = col
			}
			if t, ok := l.continuation(); !ok {
				return false, &t
			}
			continue
		}
		break
	}
	l.backup(c)
	if c == '#' || c == '\n' || c == '\r' {
		return true, nil
	}
	if l.level != 0 {
		return false, nil
	}
	if contLineCol != 0 {
		col, altcol = contLineCol, contLineCol
	}
	top := len(l.indstack) - 1
	switch {
	case col == l.indstack[top]:
		if altcol != l.altstack[top] {
			t := l.indentError()
			return false, &t
		}
	case col > l.indstack[top]:
		if len(l.indstack) >= maxIndent {
			t := l.lineStartError(IndentationError, "too many levels of indentation")
			return false, &t
		}
		if altcol <= l.altstack[top] {
			t := l.indentError()
			return false, &t
		}
		l.pendin++
		l.indstack = append(l.indstack, col)
		l.altstack = append(l.altstack, altcol)
	default:
		for len(l.indstack) > 1 && col < l.indstack[len(l.indstack)-1] {
			l.pendin--
			l.indstack = l.indstack[:len(l.indstack)-1]
			l.altstack = l.altstack[:len(l.altstack)-1]
		}
		top = len(l.indstack) - 1
		if col != l.indstack[top] {
			t := l.lineEndError(IndentationError, "unindent does not match any outer indentation level")
			return false, &t
		}
		if altcol != l.altstack[top] {
			t := l.indentError()
			return false, &t
		}
	}
	return false, nil
}

// lineStartError records an error CPython reports at column 1 of the
// current line (TabError, too many levels of indentation).
func (l *lexer) lineStartError(kind ErrorKind, msg string) token.Token {
	ls := l.pos
	for ls > 0 && l.src[ls-1] != '\n' && l.src[ls-1] != '\r' {
		ls--
	}
	return l.deferred(l.failRange(kind, ls, -1, "%s", msg))
}

// lineEndError records an error CPython reports just after the end of the
// current line (a bad dedent).
func (l *lexer) lineEndError(kind ErrorKind, msg string) token.Token {
	le := l.pos
	for le < l.n && l.src[le] != '\n' && l.src[le] != '\r' {
		le++
	}
	return l.deferred(l.failRange(kind, le, -1, "%s", msg))
}

func (l *lexer) indentError() token.Token {
	return l.lineStartError(TabError, "inconsistent use of tabs and spaces in indentation")
}

// continuation handles a backslash just read: it must be followed by a
// line break, and not by the end of the file.
func (l *lexer) continuation() (token.Token, bool) {
	bs := l.pos - 1
	c := l.getc()
	if !l.newline(c) {
		l.backup(c)
		return l.deferred(l.failRange(SyntaxError, bs+1, -1, "unexpected character after line continuation character")), false
	}
	if l.peek() == eof {
		// CPython reports it at the end of the input.
		return l.deferred(l.failRange(SyntaxError, l.n-1, -1, "unexpected EOF while parsing")), false
	}
	return token.Token{}, true
}

func (l *lexer) normalMode() token.Token {
	mi := len(l.modes) - 1
nextline:
	blankline := false
	if l.atBOL {
		l.atBOL = false
		var errTok *token.Token
		blankline, errTok = l.indentation()
		if errTok != nil {
			return *errTok
		}
	}

	// Pending indents and dedents.
	if l.pendin != 0 {
		if l.pendin < 0 {
			l.pendin++
			return l.make(token.DEDENT, l.pos, l.pos)
		}
		l.pendin--
		return l.make(token.INDENT, l.pos, l.pos)
	}

again:
	// Skip spaces (a tight loop: most bytes of Python are here or in
	// identifiers).
	for l.pos < l.n {
		if b := l.src[l.pos]; b != ' ' && b != '\t' && b != '\f' {
			break
		}
		l.pos++
	}
	start := l.pos
	c := l.getc()
	if c == eof {
		start = l.n
	}

	if c == '#' {
		// Skip the comment (type comments are not parsed, as in
		// ast.parse without type_comments=True).
		end := strings.IndexAny(l.src[l.pos:], "\r\n")
		if end < 0 {
			l.pos = l.n
		} else {
			l.pos += end
		}
		l.comments = append(l.comments, token.Span{Start: int32(start), End: int32(l.pos)})
		c = l.getc()
	}

	if c == eof {
		if l.level > 0 {
			p := l.parens[len(l.parens)-1]
			t := l.deferred(l.failRange(SyntaxError, int(p.pos), int(p.pos)+1, "'%c' was never closed", p.ch))
			l.err.Unclosed = true
			return t
		}
		return l.make(token.EOF, l.n, l.n)
	}

	m := &l.modes[mi]

	// Identifiers and keywords that cannot be string prefixes: the common
	// case, scanned with a table.
	if c < 128 && identStart[c] && !prefixChar[c] {
		i := l.pos
		for i < l.n && identChar[l.src[i]] {
			i++
		}
		if i == l.n || l.src[i] < 128 {
			l.pos = i
			return l.make(token.Keyword(l.src[start:i]), start, i)
		}
		// Non-ASCII characters follow: take the general path.
	}

	// Identifiers, keywords and string prefixes.
	if isPotentialIdentStart(c) {
		var sawB, sawR, sawU, sawF, sawT bool
		for {
			switch {
			case !(sawB || sawU || sawF || sawT) && (c == 'b' || c == 'B'):
				sawB = true
			case !(sawB || sawU || sawR || sawF || sawT) && (c == 'u' || c == 'U'):
				sawU = true
			case !(sawR || sawU) && (c == 'r' || c == 'R'):
				sawR = true
			case !(sawF || sawB || sawU || sawT) && (c == 'f' || c == 'F'):
				sawF = true
			case !(sawT || sawB || sawU || sawF) && (c == 't' || c == 'T'):
				sawT = true
			default:
				goto ident
			}
			c = l.getc()
			if c == '"' || c == '\'' {
				if sawF || sawT {
					return l.fstringStart(start, c, sawT)
				}
				return l.stringLiteral(start, c)
			}
		}
	ident:
		nonASCII := false
		for isPotentialIdentChar(c) {
			if c >= 128 {
				nonASCII = true
			}
			c = l.getc()
		}
		l.backup(c)
		if l.opt.Python314 && (c == '"' || c == '\'') && l.pos-start == 2 {
			if t, bad := l.incompatiblePrefix(start); bad {
				return t
			}
		}
		if nonASCII {
			if t, ok := l.verifyIdentifier(start); !ok {
				return t
			}
			t := l.make(token.NAME, start, l.pos)
			t.Flags = token.NonASCII
			return t
		}
		return l.make(token.Keyword(l.src[start:l.pos]), start, l.pos)
	}

	// Newline.
	if l.newline(c) {
		l.atBOL = true
		if blankline || l.level > 0 {
			goto nextline
		}
		return l.make(token.NEWLINE, start, start+1)
	}

	// Period, or a number starting with a period.
	if c == '.' {
		c = l.getc()
		if isDigit(c) {
			return l.number(start, c, true)
		}
		if c == '.' {
			c = l.getc()
			if c == '.' {
				return l.make(token.ELLIPSIS, start, l.pos)
			}
			l.backup(c)
			l.backup('.')
		} else {
			l.backup(c)
		}
		return l.make(token.DOT, start, l.pos)
	}

	if isDigit(c) {
		return l.number(start, c, false)
	}

	if c == '"' || c == '\'' {
		return l.stringLiteral(start, c)
	}

	// Line continuation.
	if c == '\\' {
		if t, ok := l.continuation(); !ok {
			return t
		}
		goto again
	}

	// ':', '}', '!' and '{' decide the shape of an f-string replacement
	// field.
	if (c == ':' || c == '}' || c == '!' || c == '{') && mi > 0 && m.exprStart >= 0 {
		cursor := m.curlyDepth
		if c != '{' {
			cursor--
		}
		if cursor == 0 || cursor == 1 && (m.debug || m.inFormatSpec) {
			// CPython's _PyLexer_update_fstring_expr and set_fstring_expr.
			if c == '{' {
				m.exprText, m.exprEnd = int32(l.pos), -1
			} else {
				if m.exprEnd < 0 {
					m.exprEnd = int32(start)
				}
				if m.debug {
					if l.debug == nil {
						l.debug = make(map[int32]token.Span)
					}
					l.debug[int32(start)] = token.Span{Start: m.exprText, End: m.exprEnd}
				}
			}
		}
		if c == ':' && cursor == m.exprStart {
			m.kind = fstringMode
			m.inFormatSpec = true
			return l.make(token.COLON, start, l.pos)
		}
	}

	// Two- and three-character operators.
	if c2 := l.peek(); c2 != eof {
		if k := twoChars(byte(c), byte(c2)); k != token.OP {
			l.pos++
			if c3 := l.peek(); c3 != eof {
				if k3 := threeChars(byte(c), byte(c2), byte(c3)); k3 != token.OP {
					l.pos++
					return l.make(k3, start, l.pos)
				}
			}
			return l.make(k, start, l.pos)
		}
	}

	// Brackets.
	switch c {
	case '(', '[', '{':
		if l.level >= maxLevel {
			return l.syntaxError("too many nested parentheses")
		}
		l.parens = append(l.parens, paren{byte(c), int32(start)})
		l.level++
		if mi > 0 {
			m.curlyDepth++
		}
	case ')', ']', '}':
		if mi > 0 && m.curlyDepth == 0 && c == '}' {
			return l.syntaxError("%s: single '}' is not allowed", kindWord(m))
		}
		if l.level == 0 {
			return l.fail(SyntaxError, l.pos, "unmatched '%c'", c)
		}
		l.level--
		open := l.parens[len(l.parens)-1]
		l.parens = l.parens[:len(l.parens)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			if mi > 0 && open.ch == '{' && m.curlyDepth-1 == m.exprStart {
				return l.syntaxError("%s: unmatched '%c'", kindWord(m), c)
			}
			if ol, cl := l.lineOf(int(open.pos)), l.lineOf(start); ol != cl {
				return l.fail(SyntaxError, l.pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, ol)
			}
			return l.fail(SyntaxError, l.pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
		if mi > 0 {
			m.curlyDepth--
			if m.curlyDepth < 0 {
				return l.syntaxError("%s: unmatched '%c'", kindWord(m), c)
			}
			if c == '}' && m.curlyDepth == m.exprStart {
				m.exprStart--
				m.kind = fstringMode
				m.inFormatSpec = false
				m.debug = false
			}
		}
	}

	if c < ' ' || c == 0x7f {
		return l.syntaxError("invalid non-printable character U+%04X", c)
	}

	if c == '=' && m.exprStart >= 0 {
		m.debug = true
	}
	return l.make(oneChar(byte(c)), start, l.pos)
}

// incompatiblePrefix reports CPython 3.14's error for a two-letter string
// prefix combining 't' with 'b', 'u' or 'f' (bt'x', ft'x', ...).
func (l *lexer) incompatiblePrefix(start int) (token.Token, bool) {
	a, b := lower(l.src[start]), lower(l.src[start+1])
	if a == 't' {
		a, b = b, a
	}
	if b != 't' || (a != 'b' && a != 'u' && a != 'f') {
		return token.Token{}, false
	}
	return l.failRange(SyntaxError, start, start+2, "'%c' and 't' prefixes are incompatible", a), true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lineOf returns the 1-based line of offset off (for messages only).
func (l *lexer) lineOf(off int) int {
	return strings.Count(l.src[:off], "\n") + strings.Count(l.src[:off], "\r") - strings.Count(l.src[:off], "\r\n") + 1
}

// verifyIdentifier checks a NAME with non-ASCII characters as CPython's
// verify_identifier does (PEP 3131: XID_Start then XID_Continue).
func (l *lexer) verifyIdentifier(start int) (token.Token, bool) {
	s := l.src[start:l.pos]
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return l.fail(SyntaxError, start+i, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", s[i], i, UTF8Reason(s[i:])), false
		}
		if i == 0 && !unicodedata.IsIDStart(r) || i > 0 && !unicodedata.IsIDContinue(r) {
			l.pos = start + i + size
			if unicodedata.IsPrintable(r) {
				return l.syntaxError("invalid character '%c' (U+%04X)", r, r), false
			}
			return l.syntaxError("invalid non-printable character U+%04X", r), false
		}
		i += size
	}
	return token.Token{}, true
}

// UTF8Reason names why s does not start with valid UTF-8, in the words of
// CPython's utf-8 codec.
func UTF8Reason(s string) string {
	c := s[0]
	if c < 0xC2 || c > 0xF4 {
		return "invalid start byte"
	}
	need := 2
	if c >= 0xE0 {
		need = 3
	}
	if c >= 0xF0 {
		need = 4
	}
	for k := 1; k < need; k++ {
		if k >= len(s) {
			return "unexpected end of data"
		}
		b := s[k]
		lo, hi := byte(0x80), byte(0xBF)
		if k == 1 {
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
		}
		if b < lo || b > hi {
			return "invalid continuation byte"
		}
	}
	return "invalid continuation byte"
}

// number scans a numeric literal whose first character c was just read.
// afterDot is set when the literal started with '.'.
func (l *lexer) number(start, c int, afterDot bool) token.Token {
	if afterDot {
		return l.fraction(start, c)
	}
	if c == '0' {
		c = l.getc()
		switch c {
		case 'x', 'X':
			c = l.getc()
			for {
				if c == '_' {
					c = l.getc()
				}
				if !isXDigit(c) {
					l.backup(c)
					return l.syntaxError("invalid hexadecimal literal")
				}
				for isXDigit(c) {
					c = l.getc()
				}
				if c != '_' {
					break
				}
			}
			if t, ok := l.verifyEndOfNumber(c, "hexadecimal"); !ok {
				return t
			}
		case 'o', 'O':
			c = l.getc()
			for {
				if c == '_' {
					c = l.getc()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						return l.syntaxError("invalid digit '%c' in octal literal", c)
					}
					l.backup(c)
					return l.syntaxError("invalid octal literal")
				}
				for c >= '0' && c < '8' {
					c = l.getc()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return l.syntaxError("invalid digit '%c' in octal literal", c)
			}
			if t, ok := l.verifyEndOfNumber(c, "octal"); !ok {
				return t
			}
		case 'b', 'B':
			c = l.getc()
			for {
				if c == '_' {
					c = l.getc()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						return l.syntaxError("invalid digit '%c' in binary literal", c)
					}
					l.backup(c)
					return l.syntaxError("invalid binary literal")
				}
				for c == '0' || c == '1' {
					c = l.getc()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return l.syntaxError("invalid digit '%c' in binary literal", c)
			}
			if t, ok := l.verifyEndOfNumber(c, "binary"); !ok {
				return t
			}
		default:
			nonzero := false
			// Maybe old-style octal; in any case allow '0' as a literal.
			for {
				if c == '_' {
					c = l.getc()
					if !isDigit(c) {
						l.backup(c)
						return l.syntaxError("invalid decimal literal")
					}
				}
				if c != '0' {
					break
				}
				c = l.getc()
			}
			zerosEnd := l.pos
			if isDigit(c) {
				nonzero = true
				var ok bool
				if c, ok = l.decimalTail(); !ok {
					return l.toks0()
				}
			}
			switch {
			case c == '.':
				c = l.getc()
				return l.fraction(start, c)
			case c == 'e' || c == 'E':
				return l.exponent(start, c)
			case c == 'j' || c == 'J':
				return l.imaginary(start)
			case nonzero:
				l.backup(c)
				t := l.failRange(SyntaxError, start+1, zerosEnd,
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				l.err.Cursor = true
				return t
			}
			if t, ok := l.verifyEndOfNumber(c, "decimal"); !ok {
				return t
			}
		}
		l.backup(c)
		return l.make(token.NUMBER, start, l.pos)
	}
	// Decimal.
	l.backup(c)
	c, ok := l.decimalTail()
	if !ok {
		return l.toks0()
	}
	if c == '.' {
		c = l.getc()
		return l.fraction(start, c)
	}
	return l.afterFraction(start, c)
}

// toks0 returns the ILLEGAL token for an error already recorded.
func (l *lexer) toks0() token.Token {
	p := l.err.Pos
	return token.Token{Kind: token.ILLEGAL, Start: p, End: p}
}

// fraction continues a number after its '.'; c is the character after it.
func (l *lexer) fraction(start, c int) token.Token {
	if isDigit(c) {
		l.backup(c)
		var ok bool
		if c, ok = l.decimalTail(); !ok {
			return l.toks0()
		}
	}
	return l.afterFraction(start, c)
}

func (l *lexer) afterFraction(start, c int) token.Token {
	if c == 'e' || c == 'E' {
		return l.exponent(start, c)
	}
	if c == 'j' || c == 'J' {
		return l.imaginary(start)
	}
	if t, ok := l.verifyEndOfNumber(c, "decimal"); !ok {
		return t
	}
	l.backup(c)
	return l.make(token.NUMBER, start, l.pos)
}

// exponent continues a number at its 'e' (e, already read).
func (l *lexer) exponent(start, e int) token.Token {
	c := l.getc()
	if c == '+' || c == '-' {
		c = l.getc()
		if !isDigit(c) {
			l.backup(c)
			return l.syntaxError("invalid decimal literal")
		}
	} else if !isDigit(c) {
		l.backup(c)
		if t, ok := l.verifyEndOfNumber(e, "decimal"); !ok {
			return t
		}
		l.backup(e)
		return l.make(token.NUMBER, start, l.pos)
	}
	l.backup(c)
	c, ok := l.decimalTail()
	if !ok {
		return l.toks0()
	}
	if c == 'j' || c == 'J' {
		return l.imaginary(start)
	}
	if t, ok := l.verifyEndOfNumber(c, "decimal"); !ok {
		return t
	}
	l.backup(c)
	return l.make(token.NUMBER, start, l.pos)
}

func (l *lexer) imaginary(start int) token.Token {
	c := l.getc()
	if t, ok := l.verifyEndOfNumber(c, "imaginary"); !ok {
		return t
	}
	l.backup(c)
	return l.make(token.NUMBER, start, l.pos)
}

// decimalTail reads digits with single underscores between them and
// returns the first character after them.
func (l *lexer) decimalTail() (int, bool) {
	for {
		c := l.getc()
		for isDigit(c) {
			c = l.getc()
		}
		if c != '_' {
			return c, true
		}
		c = l.getc()
		if !isDigit(c) {
			l.backup(c)
			l.syntaxError("invalid decimal literal")
			return 0, false
		}
	}
}

// verifyEndOfNumber checks the character c just after a number. A number
// directly followed by one of the keywords that can follow a number in
// valid code (and, else, for, if, in, is, not, or) is only a warning in
// CPython; any other letter is an error.
func (l *lexer) verifyEndOfNumber(c int, kind string) (token.Token, bool) {
	r := false
	switch c {
	case 'a':
		r = l.lookahead("nd")
	case 'e':
		r = l.lookahead("lse")
	case 'f':
		r = l.lookahead("or")
	case 'i':
		c2 := l.peek()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = l.lookahead("r")
	case 'n':
		r = l.lookahead("ot")
	}
	if r {
		return token.Token{}, true
	}
	if c >= 0 && c < 128 && isPotentialIdentChar(c) {
		l.backup(c)
		return l.syntaxError("invalid %s literal", kind), false
	}
	return token.Token{}, true
}

// lookahead reports whether the text at the cursor is rest followed by a
// character that cannot continue an identifier. It does not move.
func (l *lexer) lookahead(rest string) bool {
	if !strings.HasPrefix(l.src[l.pos:], rest) {
		return false
	}
	p := l.pos + len(rest)
	return p >= l.n || !isPotentialIdentChar(int(l.src[p]))
}

// stringLiteral scans a string or bytes literal whose opening quote was
// just read (any prefix starts at start).
func (l *lexer) stringLiteral(start, quote int) token.Token {
	q := byte(quote)
	quoteSize := 1
	endQuoteSize := 0
	var flags token.Flags
	hasEscapedQuote := false
	c := l.getc()
	if c == quote {
		c = l.getc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // empty string
		}
	}
	if c != quote {
		l.backup(c)
	}
	// The bytes the fast loop stops at: the quote, a backslash, a line
	// break in a single-quoted string, and non-ASCII bytes until the first.
	mask := strBackslash | strHigh | strSingle
	if q == '"' {
		mask = strBackslash | strHigh | strDouble
	}
	if quoteSize == 1 {
		mask |= strNewline
	}
	src, n := l.src, l.n
	for endQuoteSize != quoteSize {
		// Fast path over ordinary characters.
		i := l.pos
		for i < n && strClass[src[i]]&mask == 0 {
			i++
		}
		if i > l.pos {
			l.pos = i
			endQuoteSize = 0
		}
		c = l.getc()
		if c == eof || quoteSize == 1 && (c == '\n' || c == '\r') {
			return l.unterminated(start, q, quoteSize, hasEscapedQuote)
		}
		if c == quote {
			endQuoteSize++
			continue
		}
		endQuoteSize = 0
		switch {
		case c >= 0x80:
			flags |= token.NonASCII
			mask &^= strHigh
		case c == '\\':
			flags |= token.Backslash
			c = l.getc()
			if c == quote {
				hasEscapedQuote = true
			}
			if c == eof {
				l.backup(c)
			} else if c >= 0x80 {
				flags |= token.NonASCII
				mask &^= strHigh
			} else {
				l.newline(c)
			}
		}
	}
	t := l.make(token.STRING, start, l.pos)
	t.Flags = flags
	return t
}

// Byte classes for the fast loop of stringLiteral.
const (
	strSingle    uint8 = 1 << iota // '
	strDouble                      // "
	strBackslash                   // \\
	strNewline                     // \n, \r
	strHigh                        // a non-ASCII byte
)

var strClass = func() (t [256]uint8) {
	t['\''], t['"'], t['\\'], t['\n'], t['\r'] = strSingle, strDouble, strBackslash, strNewline, strNewline
	for c := 0x80; c < 256; c++ {
		t[c] = strHigh
	}
	return t
}()

// unterminated reports an unterminated string literal starting at start.
func (l *lexer) unterminated(start int, q byte, quoteSize int, escapedQuote bool) token.Token {
	detected := l.lineOf(max(0, min(l.pos, l.n)-1))
	pos := start + 1
	if m := &l.modes[len(l.modes)-1]; len(l.modes) > 1 && m.quote == q && m.quoteSize == quoteSize {
		return l.fail(SyntaxError, pos, "%s: expecting '}'", kindWord(m))
	}
	if quoteSize == 3 {
		return l.fail(SyntaxError, pos, "unterminated triple-quoted string literal (detected at line %d)", detected)
	}
	if escapedQuote {
		return l.fail(SyntaxError, pos, "unterminated string literal (detected at line %d); perhaps you escaped the end quote?", detected)
	}
	return l.fail(SyntaxError, pos, "unterminated string literal (detected at line %d)", detected)
}

// fstringStart begins an f-string or t-string whose opening quote was just
// read.
func (l *lexer) fstringStart(start, quote int, tstring bool) token.Token {
	quoteSize := 1
	after := l.getc()
	if after == quote {
		afterAfter := l.getc()
		if afterAfter == quote {
			quoteSize = 3
		} else {
			l.backup(afterAfter)
			l.backup(after)
		}
	} else {
		l.backup(after)
	}
	if len(l.modes) >= maxFStringLevel {
		return l.syntaxError("too many nested f-strings")
	}
	p0 := l.src[start]
	raw := p0 == 'r' || p0 == 'R'
	if !raw {
		p1 := l.src[start+1]
		raw = p1 == 'r' || p1 == 'R'
	}
	l.modes = append(l.modes, mode{
		kind:      fstringMode,
		quote:     byte(quote),
		quoteSize: quoteSize,
		raw:       raw,
		tstring:   tstring,
		start:     int32(start),
		exprStart: -1,
	})
	k := token.FSTRING_START
	if tstring {
		k = token.TSTRING_START
	}
	return l.make(k, start, l.pos)
}

// fstringMode scans the literal text of an f-string (CPython's
// tok_get_fstring_mode).
func (l *lexer) fstringMode() token.Token {
	mi := len(l.modes) - 1
	m := &l.modes[mi]
	middle, end := token.FSTRING_MIDDLE, token.FSTRING_END
	if m.tstring {
		middle, end = token.TSTRING_MIDDLE, token.TSTRING_END
	}
	start := l.pos

	// A replacement field right away: nothing to scan here.
	if l.peek() == '{' {
		if l.pos+1 >= l.n || l.src[l.pos+1] != '{' {
			m.exprStart++
			if m.exprStart >= maxExprNesting {
				return l.syntaxError("%s: expressions nested too deeply", kindWord(m))
			}
			m.kind = regularMode
			return l.normalMode()
		}
	}

	// The end of the string?
	i := 0
	for ; i < m.quoteSize; i++ {
		c := l.getc()
		if c != int(m.quote) {
			l.backup(c)
			break
		}
	}
	if i == m.quoteSize {
		l.modes = l.modes[:mi]
		return l.make(end, start, l.pos)
	}

	var flags token.Flags
	unicodeEscape := false
	endQuoteSize := 0
	for endQuoteSize != m.quoteSize {
		c := l.getc()
		inFormatSpec := m.inFormatSpec && m.exprStart >= 0
		if c == eof || m.quoteSize == 1 && (c == '\n' || c == '\r') {
			if inFormatSpec && c != eof {
				if l.opt.Python314 {
					return l.failRange(SyntaxError, l.pos-1, -1, "%s: newlines are not allowed in format specifiers for single quoted %ss", kindWord(m), kindWord(m))
				}
				// A line break ends a format spec in a single-quoted
				// f-string; back to the regular mode.
				l.backup(c)
				m.kind = regularMode
				m.inFormatSpec = false
				t := l.make(middle, start, l.pos)
				t.Flags = flags
				return t
			}
			detected := l.lineOf(max(0, min(l.pos, l.n)-1))
			if m.quoteSize == 3 {
				return l.fail(SyntaxError, int(m.start)+1, "unterminated triple-quoted %s literal (detected at line %d)", kindWord(m), detected)
			}
			return l.fail(SyntaxError, int(m.start)+1, "unterminated %s literal (detected at line %d)", kindWord(m), detected)
		}
		if c == int(m.quote) {
			endQuoteSize++
			continue
		}
		endQuoteSize = 0
		if c >= 0x80 {
			flags |= token.NonASCII
		}
		switch c {
		case '{':
			m.exprText, m.exprEnd = int32(l.pos), -1
			peek := l.getc()
			if peek != '{' || inFormatSpec {
				l.backup(peek)
				l.backup(c)
				m.exprStart++
				if m.exprStart >= maxExprNesting {
					return l.syntaxError("%s: expressions nested too deeply", kindWord(m))
				}
				m.kind = regularMode
				m.inFormatSpec = false
				t := l.make(middle, start, l.pos)
				t.Flags = flags
				return t
			}
			t := l.make(middle, start, l.pos)
			t.Flags = flags | token.DoubledBrace
			return t
		case '}':
			if unicodeEscape {
				t := l.make(middle, start, l.pos)
				t.Flags = flags
				return t
			}
			peek := l.getc()
			if peek == '}' && !inFormatSpec && m.curlyDepth == 0 {
				t := l.make(middle, start, l.pos)
				t.Flags = flags | token.DoubledBrace
				return t
			}
			l.backup(peek)
			l.backup(c)
			m.kind = regularMode
			m.inFormatSpec = false
			t := l.make(middle, start, l.pos)
			t.Flags = flags
			return t
		case '\\':
			flags |= token.Backslash
			peek := l.getc()
			if peek == '\r' {
				if l.peek() == '\n' {
					l.pos++
				}
				continue
			}
			if peek == '{' || peek == '}' {
				// A backslash right before a brace: the brace is
				// handled by the next iteration.
				l.backup(peek)
				continue
			}
			if peek >= 0x80 {
				flags |= token.NonASCII
			}
			if !m.raw && peek == 'N' {
				// A named unicode escape \N{...}: its braces are not a
				// replacement field.
				p2 := l.getc()
				if p2 == '{' {
					unicodeEscape = true
				} else {
					l.backup(p2)
				}
			}
			if peek == eof {
				l.backup(peek)
			}
		}
	}
	// Leave the closing quotes for the FSTRING_END token.
	l.pos -= m.quoteSize
	t := l.make(middle, start, l.pos)
	t.Flags = flags
	return t
}

func kindWord(m *mode) string {
	if m.tstring {
		return "t-string"
	}
	return "f-string"
}

func oneChar(c byte) token.Kind {
	switch c {
	case '%':
		return token.PERCENT
	case '&':
		return token.AMPER
	case '(':
		return token.LPAR
	case ')':
		return token.RPAR
	case '*':
		return token.STAR
	case '+':
		return token.PLUS
	case ',':
		return token.COMMA
	case '-':
		return token.MINUS
	case '.':
		return token.DOT
	case '/':
		return token.SLASH
	case ':':
		return token.COLON
	case ';':
		return token.SEMI
	case '<':
		return token.LESS
	case '=':
		return token.EQUAL
	case '>':
		return token.GREATER
	case '@':
		return token.AT
	case '[':
		return token.LSQB
	case ']':
		return token.RSQB
	case '^':
		return token.CIRCUMFLEX
	case '{':
		return token.LBRACE
	case '|':
		return token.VBAR
	case '}':
		return token.RBRACE
	case '~':
		return token.TILDE
	case '!':
		return token.EXCLAMATION
	}
	return token.OP
}

func twoChars(c1, c2 byte) token.Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return token.NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return token.PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return token.AMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return token.DOUBLESTAR
		case '=':
			return token.STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return token.PLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return token.MINEQUAL
		case '>':
			return token.RARROW
		}
	case '/':
		switch c2 {
		case '/':
			return token.DOUBLESLASH
		case '=':
			return token.SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return token.COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return token.LEFTSHIFT
		case '=':
			return token.LESSEQUAL
		case '>':
			return token.NOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return token.EQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return token.GREATEREQUAL
		case '>':
			return token.RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return token.ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return token.CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return token.VBAREQUAL
		}
	}
	return token.OP
}

func threeChars(c1, c2, c3 byte) token.Kind {
	switch {
	case c1 == '*' && c2 == '*' && c3 == '=':
		return token.DOUBLESTAREQUAL
	case c1 == '.' && c2 == '.' && c3 == '.':
		return token.ELLIPSIS
	case c1 == '/' && c2 == '/' && c3 == '=':
		return token.DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<' && c3 == '=':
		return token.LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>' && c3 == '=':
		return token.RIGHTSHIFTEQUAL
	}
	return token.OP
}
