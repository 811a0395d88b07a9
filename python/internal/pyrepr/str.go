package pyrepr

import (
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/python/internal/unicodedata"
)

const hexDigits = "0123456789abcdef"

// quoteFor returns the quote character CPython's repr() picks for a str or
// bytes value: a single quote, unless the value contains a single quote
// and no double quote. (If both are present, the single quotes are
// escaped.)
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// writeHex writes `\` + kind + the low n hex digits of v.
func writeHex(b *strings.Builder, kind byte, v rune, n int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[v>>uint(shift)&0xF])
	}
}

// literalTable[q][c] reports whether repr() keeps the byte c as it is
// inside a literal quoted with ' (q == 0) or " (q == 1). It is built at
// init and never modified.
var literalTable = func() (t [2][256]bool) {
	for c := ' '; c < 0x7f; c++ {
		t[0][c] = c != '\'' && c != '\\'
		t[1][c] = c != '"' && c != '\\'
	}
	return t
}()

// literals returns the row of literalTable for quote.
func literals(quote byte) *[256]bool {
	if quote == '"' {
		return &literalTable[1]
	}
	return &literalTable[0]
}

// writeEscapedASCII writes the escaped form of a byte c < 0x80 (for str)
// or any byte (for bytes) that literals(quote) does not keep.
func writeEscapedASCII(b *strings.Builder, c byte) {
	switch c {
	case '\t':
		b.WriteString(`\t`)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\'', '"', '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	default:
		writeHex(b, 'x', rune(c), 2)
	}
}

// Str returns repr(s) for the Python str whose code points s holds in
// generalized UTF-8 (see the package documentation), exactly as CPython
// 3.13's unicode_repr writes it:
//
//   - the result is quoted with ', or with " if s contains ' but not ";
//   - \ and the chosen quote are backslash-escaped, as are \t, \n and \r;
//   - other characters c are kept literally if c.isprintable()
//     (unicodedata.IsPrintable) and otherwise written as \xhh (c < 0x100),
//     \uhhhh (c < 0x10000) or \Uhhhhhhhh, with lower-case hex digits;
//     surrogates are never printable, so they are always escaped.
//
// The result is therefore always valid UTF-8. A byte of s that is not part
// of a valid generalized UTF-8 sequence is taken as U+FFFD (which is
// printable), so it comes out as the literal replacement character.
func Str(s string) string {
	quote := quoteFor(s)
	lits := literals(quote)
	var b strings.Builder
	b.Grow(len(s) + 2 + len(s)/8)
	b.WriteByte(quote)
	lit := 0 // start of the pending run of bytes copied literally
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !lits[c] {
				b.WriteString(s[lit:i])
				writeEscapedASCII(&b, c)
				lit = i + 1
			}
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		if n > 1 && unicodedata.IsPrintable(r) {
			i += n
			continue
		}
		b.WriteString(s[lit:i])
		switch {
		case n == 1: // invalid byte
			b.WriteRune(utf8.RuneError)
		case r < 0x100:
			writeHex(&b, 'x', r, 2)
		case r < 0x10000:
			writeHex(&b, 'u', r, 4)
		default:
			writeHex(&b, 'U', r, 8)
		}
		i += n
		lit = i
	}
	b.WriteString(s[lit:])
	b.WriteByte(quote)
	return b.String()
}

// Bytes returns repr(b) for the Python bytes value whose raw bytes are b,
// exactly as CPython 3.13 writes it: b'...' (or b"..." if b contains ' but
// not "), with \\, the chosen quote, \t, \n and \r backslash-escaped, the
// other bytes 0x20..0x7e kept as they are, and all remaining bytes written
// as \xhh.
func Bytes(b string) string {
	quote := quoteFor(b)
	lits := literals(quote)
	var out strings.Builder
	out.Grow(len(b) + 3 + len(b)/8)
	out.WriteByte('b')
	out.WriteByte(quote)
	lit := 0
	for i := 0; i < len(b); i++ {
		if c := b[i]; !lits[c] {
			out.WriteString(b[lit:i])
			writeEscapedASCII(&out, c)
			lit = i + 1
		}
	}
	out.WriteString(b[lit:])
	out.WriteByte(quote)
	return out.String()
}
