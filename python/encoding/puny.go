package encoding

import (
	"bytes"
	"fmt"
	"math"
	"strings"
)

// pyDecodeError is a UnicodeDecodeError before str(): codec, object, range
// and reason, so that the idna codec can re-raise it with other offsets.
type pyDecodeError struct {
	codec      string
	obj        []byte
	start, end int64
	reason     string
}

func (e *pyDecodeError) err() *Error {
	if e.end == e.start+1 && e.start >= 0 && e.start < int64(len(e.obj)) {
		return &Error{Col: -1, Msg: fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.codec, e.obj[e.start], e.start, e.reason)}
	}
	return &Error{Col: -1, Msg: fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.codec, e.start, e.end-1, e.reason)}
}

func punyT(j int64, bias int64) int64 {
	t := 36*(j+1) - bias
	return max(1, min(26, t))
}

func punyAdapt(delta int64, first bool, numchars int64) int64 {
	if first {
		delta /= 700
	} else {
		delta /= 2
	}
	delta += delta / numchars
	divisions := int64(0)
	for delta > 455 {
		delta /= 35
		divisions += 36
	}
	return divisions + 36*delta/(delta+38)
}

// errOverflow stands for the OverflowError CPython raises when a punycode
// error position does not fit a Py_ssize_t (it escapes ast.parse as is).
var errOverflow = &pyDecodeError{start: -2, reason: "OverflowError: Python int too large to convert to C ssize_t"}

// punycodeDecode runs Python's punycode decoder (Lib/encodings/punycode.py,
// strict errors) for its outcome: the error CPython raises, or the basic
// code points and whether any character gets inserted among them. Which
// characters those are is not computed: every use here ends in an error or
// in nameprep, which is not implemented, as soon as one is. That keeps the
// work linear where CPython's is quadratic (it rebuilds the string at every
// insertion) and lets 64-bit integers stand for Python's unbounded ones,
// with overflow tracked.
func punycodeDecode(text []byte) (base []rune, inserted bool, e *pyDecodeError) {
	pos := bytes.LastIndexByte(text, '-')
	var ext []byte
	if pos < 0 {
		ext = asciiUpper(text)
	} else {
		for i, c := range text[:pos] {
			if c >= 0x80 {
				return nil, false, &pyDecodeError{"ascii", text, int64(i), int64(i + 1), "ordinal not in range(128)"}
			}
			base = append(base, rune(c))
		}
		ext = asciiUpper(text[pos+1:])
	}
	offset := int64(pos + 1)
	wrap := func(e *pyDecodeError) *pyDecodeError {
		return &pyDecodeError{"punycode", text, offset + e.start, offset + e.end, e.reason}
	}
	const maxInt = math.MaxInt64
	n := int64(len(base)) // the length of the output so far
	char := uint64(0x80)
	ipos := int64(-1)
	bias := int64(72)
	for extpos := 0; extpos < len(ext); {
		// a generalized variable-length integer
		var delta, w int64 = 0, 1
		huge, wHuge := false, false // delta, w past 64 bits
		newpos := extpos
		for j := int64(0); ; j++ {
			if newpos >= len(ext) {
				return nil, false, wrap(&pyDecodeError{start: int64(newpos), end: int64(newpos + 1), reason: "incomplete punycode string"})
			}
			c := ext[newpos]
			newpos++
			var digit int64
			switch {
			case 'A' <= c && c <= 'Z':
				digit = int64(c - 'A')
			case '0' <= c && c <= '9':
				digit = int64(c) - 22
			default:
				return nil, false, wrap(&pyDecodeError{start: int64(newpos - 1), end: int64(newpos), reason: fmt.Sprintf("Invalid extended code point '%d'", c)})
			}
			t := punyT(j, bias)
			if digit > 0 && !huge {
				if wHuge || w > (maxInt-delta)/digit {
					huge = true
				} else {
					delta += digit * w
				}
			}
			if digit < t {
				break
			}
			if !wHuge {
				if w > maxInt/(36-t) {
					wHuge = true
				} else {
					w *= 36 - t
				}
			}
		}
		// pos += delta + 1; char += pos // (n + 1); the error positions
		// must then fit a Py_ssize_t, offset included.
		if huge || delta > maxInt-1-ipos {
			return nil, false, errOverflow
		}
		ipos += delta + 1
		char += uint64(ipos / (n + 1))
		if char > 0x10ffff {
			if ipos > maxInt-offset {
				return nil, false, errOverflow
			}
			return nil, false, wrap(&pyDecodeError{start: ipos - 1, end: ipos, reason: fmt.Sprintf("Invalid character U+%x", char)})
		}
		ipos %= n + 1
		n++
		inserted = true
		bias = punyAdapt(delta, extpos == 0, n)
		extpos = newpos
	}
	return base, inserted, nil
}

func asciiUpper(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

func decodePunycode(b []byte) ([]rune, error) {
	base, inserted, e := punycodeDecode(b)
	switch {
	case e == errOverflow:
		return nil, &Error{Col: -1, Msg: e.reason}
	case e != nil:
		return nil, e.err()
	case inserted: // not reached for source: its final newline is no extended code point
		return nil, unsupported("punycode decoding is only implemented as far as errors go")
	}
	return base, nil
}

// decodeIDNA is Python's idna codec (Lib/encodings/idna.py) for bytes. The
// one part not implemented is nameprep, which CPython applies to a label
// that starts with "xn--" and decodes to non-ASCII characters; such input
// is reported as unsupported.
func decodeIDNA(b []byte) ([]rune, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if !bytes.Contains(bytes.ToLower(b), []byte("xn--")) {
		if ascii := isASCII(b); ascii {
			return bytesToRunes(b), nil
		}
	}
	labels := bytes.Split(b, []byte("."))
	trailingDot := false
	if len(labels) > 0 && len(labels[len(labels)-1]) == 0 {
		trailingDot = true
		labels = labels[:len(labels)-1]
	}
	var out []rune
	offset := int64(0)
	for i, label := range labels {
		if i > 0 {
			out = append(out, '.')
		}
		u, e := idnaToUnicode(label)
		if e != nil {
			switch {
			case e == errOverflow:
				return nil, &Error{Col: -1, Msg: e.reason}
			case e.start < 0:
				return nil, unsupported("%s", e.reason)
			}
			return nil, (&pyDecodeError{"idna", b, offset + e.start, offset + e.end, e.reason}).err()
		}
		out = append(out, u...)
		offset += int64(len(label)) + 1
	}
	if trailingDot {
		out = append(out, '.')
	}
	return out, nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func bytesToRunes(b []byte) []rune {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return rs
}

func idnaToUnicode(label []byte) ([]rune, *pyDecodeError) {
	n := int64(len(label))
	if n > 1024 {
		return nil, &pyDecodeError{start: 0, end: n, reason: "label way too long"}
	}
	if !bytes.HasPrefix(bytes.ToLower(label), []byte("xn--")) {
		for i, c := range label {
			if c >= 0x80 {
				return nil, &pyDecodeError{start: int64(i), end: int64(i + 1), reason: "ordinal not in range(128)"}
			}
		}
		return bytesToRunes(label), nil
	}
	result, inserted, e := punycodeDecode(label[4:])
	if e == errOverflow {
		return nil, e
	}
	if e != nil {
		return nil, &pyDecodeError{start: 4 + e.start, end: 4 + e.end, reason: e.reason}
	}
	if inserted {
		return nil, &pyDecodeError{start: -1, end: -1, reason: "idna label needs nameprep, which is not implemented"}
	}
	// ToASCII of an ASCII label, then the round-trip check.
	if len(result) == 0 {
		return nil, &pyDecodeError{start: 0, end: 1, reason: "label empty"}
	}
	if len(result) >= 64 {
		return nil, &pyDecodeError{start: 0, end: int64(len(result)), reason: "label too long"}
	}
	label2 := []byte(string(result))
	if !bytes.Equal(bytes.ToLower(label), label2) {
		return nil, &pyDecodeError{start: 0, end: n, reason: fmt.Sprintf("IDNA does not round-trip, '%s' != '%s'", pyBytesRepr(label), pyBytesRepr(label2))}
	}
	return result, nil
}

// pyBytesRepr is Python's repr() of a bytes object.
func pyBytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}
