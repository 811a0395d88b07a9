package unicodedata

import (
	"compress/flate"
	_ "embed" // for names.bin
	"io"
	"strings"
	"sync"
)

// namesBin is the raw-DEFLATE blob written by genunicode: every character
// name CPython stores explicitly (all names except the algorithmic Hangul
// syllable and CJK unified ideograph names), front-coded in code point
// order, followed by the name aliases. See build_blob in genunicode.py.
//
//go:embed names.bin
var namesBin string

// nameTable is the decoded form of namesBin, built once on first use.
type nameTable struct {
	data  []byte   // all names, upper case, concatenated
	ends  []uint32 // name i is data[ends[i-1]:ends[i]] (ends[-1] == 0)
	codes []rune   // code point of name i
	slots []uint32 // open-addressing hash table of i+1; 0 marks an empty slot
}

var (
	namesOnce  sync.Once
	namesTable *nameTable
)

// loadNames decodes namesBin on first use.
func loadNames() *nameTable {
	namesOnce.Do(func() { namesTable = decodeNames(namesBin) })
	return namesTable
}

// decodeNames decodes the blob. It panics if the blob is corrupt, which can
// only happen if names.bin and tables.go are out of sync.
func decodeNames(blob string) *nameTable {
	raw := make([]byte, namesRawSize)
	zr := flate.NewReader(strings.NewReader(blob))
	if _, err := io.ReadFull(zr, raw); err != nil {
		panic("unicodedata: corrupt names.bin: " + err.Error())
	}
	if n, _ := zr.Read(make([]byte, 1)); n != 0 {
		panic("unicodedata: names.bin longer than expected")
	}
	p := 0
	fail := func() { panic("unicodedata: corrupt names.bin") }
	uvarint := func() uint32 {
		var v uint32
		for shift := uint(0); ; shift += 7 {
			if p >= len(raw) || shift > 28 {
				fail()
			}
			b := raw[p]
			p++
			v |= uint32(b&0x7f) << shift
			if b < 0x80 {
				return v
			}
		}
	}
	if len(raw) < 4 || string(raw[:4]) != "PYN1" {
		fail()
	}
	p = 4
	n := numExplicitNames + numAliases
	t := &nameTable{
		data:  make([]byte, 0, namesTextSize),
		ends:  make([]uint32, 0, n),
		codes: make([]rune, 0, n),
	}
	// entry decodes one front-coded name, which shares a prefix with the
	// previous name of its section (none for the first), and appends it.
	prev := 0 // offset in data of the previous name
	entry := func(code uint32, first bool) {
		if p+2 > len(raw) {
			fail()
		}
		shared, sufLen := int(raw[p]), int(raw[p+1])
		p += 2
		if p+sufLen > len(raw) || first && shared != 0 || !first && shared > len(t.data)-prev || code > 0x10FFFF {
			fail()
		}
		start := len(t.data)
		t.data = append(t.data, t.data[prev:prev+shared]...)
		t.data = append(t.data, raw[p:p+sufLen]...)
		p += sufLen
		prev = start
		t.ends = append(t.ends, uint32(len(t.data)))
		t.codes = append(t.codes, rune(code))
	}
	if uvarint() != numExplicitNames {
		fail()
	}
	code := uint32(0)
	for i := 0; i < numExplicitNames; i++ {
		code += uvarint()
		entry(code, i == 0)
	}
	if uvarint() != numAliases {
		fail()
	}
	for i := 0; i < numAliases; i++ {
		entry(uvarint(), i == 0)
	}
	if p != len(raw) || len(t.data) != namesTextSize {
		fail()
	}

	size := 1
	for size < n+n/3 {
		size <<= 1
	}
	t.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for i := range t.ends {
		name := t.name(i)
		j := hashName(name) & mask
		for t.slots[j] != 0 {
			if string(t.name(int(t.slots[j]-1))) == string(name) {
				fail() // duplicate name
			}
			j = (j + 1) & mask
		}
		t.slots[j] = uint32(i + 1)
	}
	return t
}

// name returns the i'th name of the table.
func (t *nameTable) name(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.data[start:t.ends[i]]
}

// upper upper-cases an ASCII letter, like CPython's Py_TOUPPER; other bytes
// are returned unchanged.
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// hashName is FNV-1a over the upper-cased bytes of name.
func hashName[S ~string | ~[]byte](name S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h ^= uint32(upper(name[i]))
		h *= 16777619
	}
	return h
}

// lookup finds name in the table, ignoring ASCII case.
func (t *nameTable) lookup(name string) (rune, bool) {
	mask := uint32(len(t.slots) - 1)
	for j := hashName(name) & mask; ; j = (j + 1) & mask {
		s := t.slots[j]
		if s == 0 {
			return 0, false
		}
		cand := t.name(int(s - 1))
		if len(cand) == len(name) && equalUpper(cand, name) {
			return t.codes[s-1], true
		}
	}
}

// equalUpper reports whether upper(name) == stored; len(name) == len(stored).
func equalUpper(stored []byte, name string) bool {
	for i := 0; i < len(stored); i++ {
		if upper(name[i]) != stored[i] {
			return false
		}
	}
	return true
}

// Lookup returns the code point that the escape "\N{name}" denotes in a
// CPython 3.13 string literal, and whether CPython accepts the name at all
// (if not, CPython reports "unknown Unicode character name").
//
// It reproduces CPython's lookup exactly:
//
//   - Names are matched ignoring ASCII case ("\N{latin small letter a}" is
//     "a"); non-ASCII bytes never match.
//   - The name aliases of NameAliases.txt are accepted, including the
//     control-character names and abbreviations ("\N{LF}", "\N{NULL}",
//     "\N{BYTE ORDER MARK}").
//   - Hangul syllables ("HANGUL SYLLABLE GAG") and CJK unified ideographs
//     ("CJK UNIFIED IDEOGRAPH-4E00", for the ranges of Unicode 15.1 up to
//     Extension I) are named algorithmically. As in CPython these two
//     prefixes are case-sensitive, and so are the jamo after
//     "HANGUL SYLLABLE " and the four or five hex digits (upper case only,
//     a leading zero is allowed: "CJK UNIFIED IDEOGRAPH-04E00") after
//     "CJK UNIFIED IDEOGRAPH-". So "\N{cjk unified ideograph-4e00}" is an
//     error, unlike "\N{cjk compatibility ideograph-f900}".
//   - Other ideographs whose names Unicode defines by a range (Tangut
//     ideographs, for instance) have no name in CPython 3.13 and are
//     rejected; those listed one by one in UnicodeData.txt (Nushu, Khitan,
//     CJK compatibility ideographs) are accepted.
//   - Named sequences (NamedSequences.txt, e.g. "KEYCAP NUMBER SIGN"), which
//     unicodedata.lookup accepts, are rejected, as in string literals.
//
// The table of names is decoded on the first call that needs it (a few
// milliseconds); later calls do not allocate.
func Lookup(name string) (rune, bool) {
	if len(name) == 0 || len(name) > maxNameLen {
		return 0, false
	}
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return lookupHangul(rest)
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		return lookupCJK(rest)
	}
	return loadNames().lookup(name)
}

// lookupHangul decodes the jamo part of a "HANGUL SYLLABLE " name the way
// CPython does: for each of the leading consonant, vowel and trailing
// consonant in turn it takes the longest matching jamo name (the leading
// and trailing consonants may be empty, the vowel may not), and the whole
// string must be consumed.
func lookupHangul(s string) (rune, bool) {
	l, n := longestJamo(s, hangulL[:])
	s = s[n:]
	v, n := longestJamo(s, hangulV[:])
	s = s[n:]
	t, n := longestJamo(s, hangulT[:])
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(0xAC00 + (l*len(hangulV)+v)*len(hangulT) + t), true
}

// longestJamo returns the index and length of the longest name in tab that
// is a prefix of s, or -1, 0 if there is none.
func longestJamo(s string, tab []string) (index, n int) {
	index, n = -1, -1
	for i, j := range tab {
		if len(j) > n && len(j) <= len(s) && (j == "" || j[0] == s[0]) && s[:len(j)] == j {
			index, n = i, len(j)
		}
	}
	if n < 0 {
		n = 0
	}
	return index, n
}

// lookupCJK decodes the hex digits of a "CJK UNIFIED IDEOGRAPH-" name.
func lookupCJK(s string) (rune, bool) {
	if len(s) != 4 && len(s) != 5 {
		return 0, false
	}
	var v rune
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | rune(c-'0')
		case 'A' <= c && c <= 'F':
			v = v<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	for _, rg := range cjkUnifiedRanges {
		if rg[0] <= v && v <= rg[1] {
			return v, true
		}
	}
	return 0, false
}
