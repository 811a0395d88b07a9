package encoding

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// decodeUnicodeEscape is Python's unicode_escape codec (raw=false) or
// raw_unicode_escape codec (raw=true) with strict errors. Bytes that are not
// part of an escape are Latin-1.
func decodeUnicodeEscape(b []byte, raw bool) ([]rune, error) {
	name := "unicodeescape"
	if raw {
		name = "rawunicodeescape"
	}
	rs := make([]rune, 0, len(b))
	s := 0
	for s < len(b) {
		c := b[s]
		s++
		if c != '\\' {
			rs = append(rs, rune(c))
			continue
		}
		start := s - 1
		fail := func(end int, reason string) ([]rune, error) {
			return nil, decodeError(name, b[start], start, end, reason)
		}
		if s >= len(b) {
			if raw {
				rs = append(rs, '\\')
				continue
			}
			return fail(len(b), "\\ at end of string")
		}
		c = b[s]
		s++
		count := 0
		var msg string
		if raw {
			switch c {
			case 'u':
				count, msg = 4, "truncated \\uXXXX escape"
			case 'U':
				count, msg = 8, "truncated \\UXXXXXXXX escape"
			default:
				rs = append(rs, '\\', rune(c))
				continue
			}
		} else {
			switch c {
			case '\n':
				continue
			case '\\', '\'', '"':
				rs = append(rs, rune(c))
				continue
			case 'b':
				rs = append(rs, '\b')
				continue
			case 'f':
				rs = append(rs, '\f')
				continue
			case 't':
				rs = append(rs, '\t')
				continue
			case 'n':
				rs = append(rs, '\n')
				continue
			case 'r':
				rs = append(rs, '\r')
				continue
			case 'v':
				rs = append(rs, '\v')
				continue
			case 'a':
				rs = append(rs, '\a')
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := rune(c - '0')
				for k := 0; k < 2 && s < len(b) && b[s] >= '0' && b[s] <= '7'; k++ {
					v = v<<3 | rune(b[s]-'0')
					s++
				}
				rs = append(rs, v)
				continue
			case 'x':
				count, msg = 2, "truncated \\xXX escape"
			case 'u':
				count, msg = 4, "truncated \\uXXXX escape"
			case 'U':
				count, msg = 8, "truncated \\UXXXXXXXX escape"
			case 'N':
				if s >= len(b) || b[s] != '{' {
					return fail(s, "malformed \\N character escape")
				}
				s++
				nameStart := s
				for s < len(b) && b[s] != '}' {
					s++
				}
				if s >= len(b) {
					return fail(s, "malformed \\N character escape")
				}
				if s == nameStart {
					return fail(s, "malformed \\N character escape")
				}
				n := string(b[nameStart:s])
				s++
				r, ok := lookupName(n)
				if !ok {
					return fail(s, "unknown Unicode character name")
				}
				rs = append(rs, r)
				continue
			default:
				rs = append(rs, '\\', rune(c))
				continue
			}
		}
		var v uint64
		for ; count > 0; count-- {
			if s >= len(b) {
				return fail(s, msg)
			}
			d := b[s]
			switch {
			case '0' <= d && d <= '9':
				v = v<<4 | uint64(d-'0')
			case 'a' <= d && d <= 'f':
				v = v<<4 | uint64(d-'a'+10)
			case 'A' <= d && d <= 'F':
				v = v<<4 | uint64(d-'A'+10)
			default:
				return fail(s, msg)
			}
			s++
		}
		if v > 0x10ffff {
			if raw {
				return fail(s, "\\Uxxxxxxxx out of range")
			}
			return fail(s, "illegal Unicode character")
		}
		rs = append(rs, rune(v))
	}
	return rs, nil
}

var (
	namesOnce sync.Once
	names     map[string]rune
)

func inRanges(ranges [][2]rune, r rune) bool {
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i][1] >= r })
	return i < len(ranges) && ranges[i][0] <= r
}

// lookupName resolves a \N{...} name as CPython's unicodedata does for
// string escapes: Hangul syllables and CJK unified ideographs by rule (upper
// case only), other names without regard to case, and the name aliases.
// The names come from x/text's runenames, restricted to the characters
// CPython's Unicode version names; characters that runenames does not name
// (it has Unicode 15.0, CPython 3.13 has 15.1) are not found.
func lookupName(n string) (rune, bool) {
	if r, ok := hangulSyllable(n); ok {
		return r, true
	}
	if rest, ok := strings.CutPrefix(n, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return 0, false
		}
		var v rune
		for i := 0; i < len(rest); i++ {
			d := rest[i]
			switch {
			case '0' <= d && d <= '9':
				v = v<<4 | rune(d-'0')
			case 'A' <= d && d <= 'F':
				v = v<<4 | rune(d-'A'+10)
			default:
				return 0, false
			}
		}
		return v, inRanges(cjkUnifiedRanges, v)
	}
	namesOnce.Do(func() {
		names = make(map[string]rune, 40000)
		for _, rg := range namedRanges {
			for r := rg[0]; r <= rg[1]; r++ {
				nm := runenames.Name(r)
				if nm == "" || nm[0] == '<' {
					continue
				}
				names[nm] = r
			}
		}
		for _, a := range nameAliases {
			names[a.name] = a.r
		}
	})
	r, ok := names[strings.ToUpper(n)]
	return r, ok
}

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// longestJamo returns the index of the longest jamo name that starts s.
func longestJamo(s string, list []string) (idx, n int) {
	idx, n = -1, -1
	for i, j := range list {
		if len(j) > n && strings.HasPrefix(s, j) {
			idx, n = i, len(j)
		}
	}
	return idx, n
}

func hangulSyllable(n string) (rune, bool) {
	s, ok := strings.CutPrefix(n, "HANGUL SYLLABLE ")
	if !ok {
		return 0, false
	}
	l, k := longestJamo(s, jamoL)
	if l < 0 {
		return 0, false
	}
	s = s[k:]
	v, k := longestJamo(s, jamoV)
	if v < 0 {
		return 0, false
	}
	s = s[k:]
	t, k := longestJamo(s, jamoT)
	if t < 0 || k != len(s) {
		return 0, false
	}
	return rune(0xac00 + (l*21+v)*28 + t), true
}
