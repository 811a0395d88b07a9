package unicodedata

import (
	"strings"
	"testing"
)

// TestNormalizeIdentifierChars checks NormalizeIdentifier(chr(c)) against
// CPython's unicodedata.normalize('NFKC', chr(c)) for every code point c
// that may appear in an identifier.
func TestNormalizeIdentifierChars(t *testing.T) {
	changed := map[rune]string{}
	for _, line := range readGolden(t, "nfkc_chars.txt") {
		c, to, _ := strings.Cut(line, ";")
		var b strings.Builder
		for _, h := range strings.Fields(to) {
			b.WriteRune(parseHex(t, h))
		}
		changed[parseHex(t, c)] = b.String()
	}
	n := 0
	for r := rune(0); r < 0x110000; r++ {
		if !IsIDContinue(r) {
			continue
		}
		n++
		s := string(r)
		want, ok := changed[r]
		if !ok {
			want = s
		}
		if got := NormalizeIdentifier(s); got != want {
			t.Errorf("NormalizeIdentifier(%+q) = %+q, want %+q", s, got, want)
		}
	}
	t.Logf("%d identifier characters, %d changed by NFKC", n, len(changed))
}

func TestNormalizeIdentifierStrings(t *testing.T) {
	for _, line := range readGolden(t, "nfkc_strings.txt") {
		in, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		if got := NormalizeIdentifier(in); got != want {
			t.Errorf("NormalizeIdentifier(%+q) = %+q, want %+q", in, got, want)
		}
	}
}

func TestNormalizeIdentifierASCII(t *testing.T) {
	s := strings.Repeat("snake_case_Name123", 4)
	if n := testing.AllocsPerRun(100, func() {
		if NormalizeIdentifier(s) != s {
			t.Fatal("ASCII identifier changed")
		}
	}); n != 0 {
		t.Errorf("NormalizeIdentifier allocates %v times for ASCII", n)
	}
	if got := NormalizeIdentifier(""); got != "" {
		t.Errorf("NormalizeIdentifier(\"\") = %q", got)
	}
}
