package encoding

import (
	"bytes"
	"fmt"
	"unsafe"
)

// Source is a decoded Python source file.
type Source struct {
	// Text is the source as UTF-8, without the BOM. Newlines are not
	// translated, except for the few codecs where CPython's translation
	// changes the decoding (see Decode). When Decoded is false Text is the
	// input bytes themselves (sharing their memory) and may hold invalid
	// UTF-8.
	Text string
	// Encoding is the canonical Python name of the codec in effect
	// ("utf-8" by default), as codecs.lookup(name).name gives it.
	Encoding string
	// BOM reports whether the file started with a UTF-8 byte order mark.
	BOM bool
	// Cookie is the coding declaration found, if any.
	Cookie *Cookie
	// Decoded reports whether a codec converted the file; then Text is
	// valid UTF-8. It is false for the default UTF-8 path.
	Decoded bool
	// Unterminated reports that the text CPython's tokenizer gets does not
	// end with a newline, which only a codec can cause (a final "\"
	// under unicode_escape, "~" under hz, ...): CPython adds the final
	// newline before decoding, and here the codec swallowed it. CPython
	// 3.13 then rejects a last line that holds code with "invalid syntax"
	// at its column 0.
	Unterminated bool
}

// Cookie is a PEP 263 coding declaration.
type Cookie struct {
	// Name is the codec name as written in the source.
	Name string
	// Line is the line the cookie is on: 1 or 2.
	Line int
	// Start and End delimit Name in that line, as byte offsets from the
	// start of the line in the raw source (for line 1, after any BOM).
	Start, End int
}

// Error is a decoding failure, reported the way CPython's SyntaxError
// reports it.
type Error struct {
	// Line is the line CPython reports: 0 for every failure of this stage
	// (CPython says line 0 for codec failures and gives no line, shown
	// here as 0, for null bytes).
	Line int
	// Col is CPython's offset: -1 for codec failures, 0 for null bytes.
	Col int
	// Msg is CPython's message. Two failures that CPython raises as other
	// exceptions than SyntaxError, escaping ast.parse as they are, have the
	// exception's name in front: "OverflowError: ..." (punycode positions
	// past 64 bits) and "RuntimeError: internal codec error" (iso2022_jp_2
	// single-shifting a set it cannot).
	Msg string
	// Unsupported is set when CPython would decode the file with a codec
	// that this package does not implement (fully); then Msg says so, and
	// whether CPython accepts the file is not known.
	Unsupported bool
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

const bom = "\xef\xbb\xbf"

// Decode returns the source text as UTF-8, decoded as CPython 3.13 decodes
// the bytes given to ast.parse or compile. Errors are of type *Error.
//
// Source.Text may share memory with src, which must therefore not be
// modified afterwards. On the default UTF-8 path (no cookie, a BOM, or a
// cookie that folds to "utf-8") it always does: Decode then makes no copy
// and reads src once (a search for null bytes) plus the start of line 1, and
// lines 1 and 2 when line 1 is blank or a comment.
//
// CPython decodes the source after turning "\r\n" and "\r" into "\n" and
// adding a final "\n". For the ASCII-compatible codecs (ASCII, Latin-1 and
// the other single-byte codecs that map "\r" and "\n" to themselves, the
// UTF-8 spellings, the CJK codecs) Text is that decoding with the file's own
// line terminators kept, and without the added newline (Unterminated tells
// when the codec swallowed it). For the others (UTF-16, UTF-32, UTF-7,
// unicode_escape, raw_unicode_escape, punycode, idna, EBCDIC) Text is
// exactly what CPython's tokenizer sees, translated newlines included.
// Text may then contain U+0000 (from an escape, say), which the lexer must
// treat as CPython's tokenizer treats a null byte in its buffer.
func Decode(src []byte) (Source, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return Source{}, &Error{Msg: "source code string cannot contain null bytes"}
	}
	var s Source
	s.Encoding = "utf-8"
	body := src
	if len(src) >= 3 && string(src[:3]) == bom {
		s.BOM = true
		body = src[3:]
	}
	s.Cookie = findCookie(body)
	if s.Cookie == nil {
		s.Text = unsafeString(body)
		return s, nil
	}
	cs := normalName(s.Cookie.Name)
	if cs == "utf-8" {
		s.Text = unsafeString(body)
		return s, nil
	}
	if s.BOM {
		return Source{}, &Error{Col: -1, Msg: "encoding problem: " + cs + " with BOM"}
	}
	c, err := lookup(cs)
	if err != nil {
		return Source{}, err
	}
	text, unterminated, err := c.decode(body)
	if err != nil {
		return Source{}, err
	}
	s.Text = text
	s.Unterminated = unterminated
	s.Encoding = c.name
	s.Decoded = true
	return s, nil
}

func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// lineEnd returns the length of the line at the start of b (without its
// terminator) and the length of the terminator (0 at the end of b).
func lineEnd(b []byte) (n, term int) {
	for i, c := range b {
		switch c {
		case '\n':
			return i, 1
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				return i, 2
			}
			return i, 1
		}
	}
	return len(b), 0
}

// findCookie applies CPython's rules for where a coding declaration may be.
func findCookie(body []byte) *Cookie {
	// Fast exit, without reading line 1 to its end, when it starts with
	// code: then neither it nor line 2 can hold a cookie.
	i := 0
	for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\f') {
		i++
	}
	if i == len(body) || body[i] != '#' && body[i] != '\n' && body[i] != '\r' {
		return nil
	}
	n1, t1 := lineEnd(body)
	line1 := body[:n1]
	// CPython passes line 1 without its newline, line 2 with it.
	if name, start, end, ok := codingSpec(line1, false); ok {
		return &Cookie{Name: name, Line: 1, Start: start, End: end}
	}
	if !blankOrComment(line1) || t1 == 0 {
		return nil
	}
	rest := body[n1+t1:]
	if len(rest) == 0 {
		return nil
	}
	n2, _ := lineEnd(rest)
	if name, start, end, ok := codingSpec(rest[:n2], true); ok {
		return &Cookie{Name: name, Line: 2, Start: start, End: end}
	}
	return nil
}

// blankOrComment reports whether a line holds only blanks, possibly followed
// by a comment; only then is line 2 searched for a cookie.
func blankOrComment(line []byte) bool {
	for _, c := range line {
		if c == '#' {
			return true
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '_' || c == '.'
}

// codingSpec finds a coding declaration in one line: blanks, '#', then
// anything up to "coding" followed by ':' or '=', blanks or tabs, and a name
// of ASCII letters, digits, '-', '_' and '.'. The first "coding[:=]" that is
// followed by a name wins. withNL tells whether the line's size, as CPython
// counts it, includes a newline; that moves the bound of its search.
func codingSpec(line []byte, withNL bool) (name string, start, end int, ok bool) {
	size := len(line)
	if withNL {
		size++
	}
	i := 0
	for ; i < size-6; i++ {
		c := line[i]
		if c == '#' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return "", 0, 0, false
		}
	}
	for ; i < size-6; i++ {
		k := bytes.Index(line[i:], []byte("coding"))
		if k < 0 || i+k >= size-6 {
			break
		}
		i += k
		t := i + 6
		if t >= len(line) || line[t] != ':' && line[t] != '=' {
			continue
		}
		t++
		for t < len(line) && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < len(line) && isNameByte(line[t]) {
			t++
		}
		if begin < t {
			return string(line[begin:t]), begin, t, true
		}
	}
	return "", 0, 0, false
}

// normalName folds the spellings of utf-8 and latin-1 as CPython's tokenizer
// does before it looks at the codec: only the first 12 characters count,
// lower-cased and with '_' read as '-'.
func normalName(s string) string {
	var buf [12]byte
	n := 0
	for ; n < len(s) && n < 12; n++ {
		c := s[n]
		switch {
		case c == '_':
			c = '-'
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	b := string(buf[:n])
	hasPrefix := func(p string) bool { return len(b) >= len(p) && b[:len(p)] == p }
	switch {
	case b == "utf-8" || hasPrefix("utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		hasPrefix("latin-1-") || hasPrefix("iso-8859-1-") || hasPrefix("iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}
