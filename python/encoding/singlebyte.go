package encoding

import (
	"sync"
	"unicode/utf8"
)

// undefinedByte marks a byte that a single-byte codec does not map (Python
// stores U+FFFE in its decoding tables for these).
const undefinedByte = 0xfffe

// charTable is a single-byte codec's decoding table.
type charTable struct {
	r               [256]rune
	asciiIsIdentity bool // bytes below 0x80 decode to themselves
}

var charmapCache sync.Map // module name -> *charTable

// charmap returns the decoding table of a single-byte codec module.
func charmap(module string) *charTable {
	if t, ok := charmapCache.Load(module); ok {
		return t.(*charTable)
	}
	t := &charTable{asciiIsIdentity: true}
	i := 0
	for _, r := range charmapTables[module] {
		t.r[i] = r
		if i < 0x80 && r != rune(i) {
			t.asciiIsIdentity = false
		}
		i++
	}
	if i != 256 {
		panic("encoding: bad generated table for " + module)
	}
	v, _ := charmapCache.LoadOrStore(module, t)
	return v.(*charTable)
}

// asciiRun returns the length of the run of ASCII bytes at the start of b.
func asciiRun(b []byte) int {
	for i, c := range b {
		if c >= 0x80 {
			return i
		}
	}
	return len(b)
}

func decodeASCII(b []byte) (string, error) {
	if i := asciiRun(b); i < len(b) {
		p := translatedPos(b, i)
		return "", decodeError("ascii", b[i], p, p+1, "ordinal not in range(128)")
	}
	return unsafeString(b), nil
}

func decodeLatin1(b []byte) string {
	out := make([]byte, 0, len(b)+len(b)/8)
	for i := 0; i < len(b); {
		n := asciiRun(b[i:])
		out = append(out, b[i:i+n]...)
		i += n
		if i < len(b) {
			out = utf8.AppendRune(out, rune(b[i]))
			i++
		}
	}
	return unsafeString(out)
}

func decodeCharmap(t *charTable, b []byte) (string, error) {
	out := make([]byte, 0, len(b)+len(b)/4)
	for i := 0; i < len(b); {
		if t.asciiIsIdentity {
			n := asciiRun(b[i:])
			out = append(out, b[i:i+n]...)
			if i += n; i == len(b) {
				break
			}
		}
		c := b[i]
		r := t.r[c]
		if r == undefinedByte {
			p := translatedPos(b, i)
			return "", decodeError("charmap", c, p, p+1, "character maps to <undefined>")
		}
		out = utf8.AppendRune(out, r)
		i++
	}
	return unsafeString(out), nil
}

// decodeUTF8 decodes with Python's UTF-8 codec: the same characters as
// Go's, and Python's error positions and reasons. CPython decodes the source
// after adding a final newline, which it sees as the byte after b.
func decodeUTF8(b []byte) (string, error) {
	if utf8.Valid(b) {
		return unsafeString(b), nil
	}
	at := func(i int) int { // byte at i, with the newline CPython adds; -1 past the end
		if i < len(b) {
			return int(b[i])
		}
		if i == len(b) && needsFinalNL(b) {
			return '\n'
		}
		return -1
	}
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		n, lo, hi := 0, 0x80, 0xbf
		switch {
		case c >= 0xc2 && c <= 0xdf:
			n = 1
		case c >= 0xe0 && c <= 0xef:
			n = 2
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			n = 3
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			return "", utf8Error(b, i, i+1, "invalid start byte")
		}
		for k := 1; k <= n; k++ {
			d := at(i + k)
			l, h := 0x80, 0xbf
			if k == 1 {
				l, h = lo, hi
			}
			if d < 0 {
				return "", utf8Error(b, i, len(b), "unexpected end of data")
			}
			if d < l || d > h {
				return "", utf8Error(b, i, i+k, "invalid continuation byte")
			}
		}
		i += n + 1
	}
	return unsafeString(b), nil // not reached: utf8.Valid said no
}

func utf8Error(b []byte, start, end int, reason string) *Error {
	return decodeError("utf-8", b[start], translatedPos(b, start), translatedPos(b, end), reason)
}
