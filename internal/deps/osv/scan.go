package osv

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"unicode/utf8"
	"unsafe"
)

// recordHead is what indexing needs from a record without decoding it:
// its id and the names of its affected PyPI packages.
type recordHead struct {
	id       string
	packages []string // affected[].package.name where ecosystem is PyPI, as written
}

// scanRecord validates the JSON syntax of one OSV record and extracts its
// recordHead. It is a hand-written walker because building the index of
// osv.dev's PyPI export means reading every record, and encoding/json
// spends most of that time on "details" and "references", which indexing
// does not need: the profile of the cold open showed json.Unmarshal into a
// two-field struct at ~60% of the time, this scanner at under 15%.
func scanRecord(b []byte) (recordHead, error) {
	s := jscan{b: b}
	var h recordHead
	s.ws()
	err := s.object(func(key []byte) error {
		switch string(key) {
		case "id":
			v, err := s.str()
			h.id = v
			return err
		case "affected":
			return s.array(func() error {
				var eco, name string
				err := s.object(func(key []byte) error {
					if string(key) != "package" {
						return s.value()
					}
					return s.object(func(key []byte) error {
						switch string(key) {
						case "ecosystem":
							v, err := s.str()
							eco = v
							return err
						case "name":
							v, err := s.str()
							name = v
							return err
						}
						return s.value()
					})
				})
				if err == nil && eco == EcosystemPyPI && name != "" {
					h.packages = append(h.packages, name)
				}
				return err
			})
		}
		return s.value()
	})
	if err != nil {
		return h, err
	}
	s.ws()
	if s.i != len(s.b) {
		return h, s.errorf("data after the top-level value")
	}
	return h, nil
}

// jscan is a JSON syntax walker over b (RFC 8259 grammar).
type jscan struct {
	b     []byte
	i     int
	depth int
	// view makes str return strings that share b's memory instead of
	// copies (b must then never change): decoding a record allocates one
	// buffer instead of one string per version. The 500-package audit
	// benchmark spent a fifth of its decoding time in those allocations.
	view bool
	// scratch is reused by strs.
	scratch []string
}

const maxDepth = 10000

func (s *jscan) errorf(format string, args ...any) error {
	return fmt.Errorf("invalid JSON at offset %d: %s", s.i, fmt.Sprintf(format, args...))
}

func (s *jscan) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *jscan) expect(c byte) error {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != c {
		if s.i >= len(s.b) {
			return s.errorf("unexpected end, want %q", c)
		}
		return s.errorf("found %q, want %q", s.b[s.i], c)
	}
	s.i++
	return nil
}

// object walks {"k": v, ...}, calling member with each key (unescaped).
// member must consume the value.
func (s *jscan) object(member func(key []byte) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.depth++; s.depth > maxDepth {
		return s.errorf("nested too deeply")
	}
	defer func() { s.depth-- }()
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == '}' {
		s.i++
		return nil
	}
	for {
		s.ws()
		start := s.i
		if err := s.skipString(); err != nil {
			return err
		}
		key := s.b[start+1 : s.i-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			var k string
			if err := json.Unmarshal(s.b[start:s.i], &k); err != nil {
				return s.errorf("%v", err)
			}
			key = []byte(k)
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		s.ws()
		if err := member(key); err != nil {
			return err
		}
		s.ws()
		if s.i >= len(s.b) {
			return s.errorf("unexpected end in object")
		}
		switch s.b[s.i] {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil
		default:
			return s.errorf("found %q in object, want ',' or '}'", s.b[s.i])
		}
	}
}

func (s *jscan) array(elem func() error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if s.depth++; s.depth > maxDepth {
		return s.errorf("nested too deeply")
	}
	defer func() { s.depth-- }()
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == ']' {
		s.i++
		return nil
	}
	for {
		s.ws()
		if err := elem(); err != nil {
			return err
		}
		s.ws()
		if s.i >= len(s.b) {
			return s.errorf("unexpected end in array")
		}
		switch s.b[s.i] {
		case ',':
			s.i++
		case ']':
			s.i++
			return nil
		default:
			return s.errorf("found %q in array, want ',' or ']'", s.b[s.i])
		}
	}
}

// str reads a string value and returns it as encoding/json would:
// unescaped, invalid UTF-8 replaced by U+FFFD.
func (s *jscan) str() (string, error) {
	s.ws()
	start := s.i
	escaped, err := s.scanString()
	if err != nil {
		return "", err
	}
	raw := s.b[start:s.i]
	if !escaped && utf8.Valid(raw) {
		if s.view && len(raw) > 2 {
			return unsafe.String(&raw[1], len(raw)-2), nil
		}
		return string(raw[1 : len(raw)-1]), nil
	}
	var out string
	if err := json.Unmarshal(raw, &out); err != nil {
		return "", s.errorf("%v", err)
	}
	return out, nil
}

func (s *jscan) skipString() error {
	_, err := s.scanString()
	return err
}

// scanString moves past a string token, reporting whether it has escapes.
// The run up to the next quote or backslash is found with IndexByte and
// checked for control characters eight bytes at a time: strings are most
// of an OSV record's bytes.
func (s *jscan) scanString() (bool, error) {
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		return false, s.errorf("want a string")
	}
	s.i++
	escaped := false
	for {
		rest := s.b[s.i:]
		q := bytes.IndexByte(rest, '"')
		if q < 0 {
			return false, s.errorf("unterminated string")
		}
		run := rest[:q]
		if bs := bytes.IndexByte(run, '\\'); bs >= 0 {
			run = run[:bs]
		}
		if hasControl(run) {
			for j, c := range run {
				if c < 0x20 {
					s.i += j
					return false, s.errorf("control character in string")
				}
			}
		}
		s.i += len(run)
		if s.b[s.i] == '"' {
			s.i++
			return escaped, nil
		}
		// A backslash escape.
		escaped = true
		if s.i+1 >= len(s.b) {
			return false, s.errorf("unterminated string")
		}
		switch s.b[s.i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			s.i += 2
		case 'u':
			if s.i+6 > len(s.b) || !isHex4(s.b[s.i+2:s.i+6]) {
				return false, s.errorf("bad \\u escape")
			}
			s.i += 6
		default:
			return false, s.errorf("bad escape \\%c", s.b[s.i+1])
		}
	}
}

// hasControl reports whether b has a byte below 0x20, testing eight bytes
// at a time: (w - 0x20…20) & ^w & 0x80…80 is non-zero exactly when some
// byte of w is below 0x20.
func hasControl(b []byte) bool {
	const ones, highs = 0x2020202020202020, 0x8080808080808080
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		if (w-ones)&^w&highs != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// value skips any JSON value.
func (s *jscan) value() error {
	s.ws()
	if s.i >= len(s.b) {
		return s.errorf("unexpected end, want a value")
	}
	switch c := s.b[s.i]; {
	case c == '{':
		return s.object(func([]byte) error { return s.value() })
	case c == '[':
		return s.array(s.value)
	case c == '"':
		return s.skipString()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		return s.number()
	default:
		return s.errorf("unexpected %q", c)
	}
}

func (s *jscan) literal(w string) error {
	if len(s.b)-s.i < len(w) || string(s.b[s.i:s.i+len(w)]) != w {
		return s.errorf("want %s", w)
	}
	s.i += len(w)
	return nil
}

// number checks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *jscan) number() error {
	digits := func() int {
		n := 0
		for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
			s.i++
			n++
		}
		return n
	}
	if s.b[s.i] == '-' {
		s.i++
	}
	if s.i < len(s.b) && s.b[s.i] == '0' {
		s.i++
	} else if digits() == 0 {
		return s.errorf("bad number")
	}
	if s.i < len(s.b) && s.b[s.i] == '.' {
		s.i++
		if digits() == 0 {
			return s.errorf("bad number")
		}
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if s.i < len(s.b) && (s.b[s.i] == '+' || s.b[s.i] == '-') {
			s.i++
		}
		if digits() == 0 {
			return s.errorf("bad number")
		}
	}
	return nil
}
