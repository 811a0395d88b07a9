package pyrepr

import (
	"testing"
	"unicode/utf8"
)

func TestAppendDecodeRoundTrip(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		b := AppendRune(nil, r)
		if surrogateMin <= r && r <= surrogateMax {
			if len(b) != 3 || b[0] != 0xED || b[1] < 0xA0 || b[1] > 0xBF || b[2]&0xC0 != 0x80 {
				t.Fatalf("AppendRune(%U) = % x", r, b)
			}
		} else if string(b) != string(r) {
			t.Fatalf("AppendRune(%U) = % x, want UTF-8", r, b)
		}
		got, n := DecodeRune(string(b) + "tail")
		if got != r || n != len(b) {
			t.Fatalf("DecodeRune(AppendRune(%U)) = %U, %d", r, got, n)
		}
	}
}

func TestSurrogatePairNotCombined(t *testing.T) {
	s := string(AppendRune(AppendRune(nil, 0xD83D), 0xDE00))
	if s != "\xed\xa0\xbd\xed\xb8\x80" {
		t.Fatalf("pair encoded as % x", s)
	}
	r1, n1 := DecodeRune(s)
	r2, n2 := DecodeRune(s[n1:])
	if r1 != 0xD83D || r2 != 0xDE00 || n1+n2 != len(s) {
		t.Errorf("decoded %U %U", r1, r2)
	}
	if got, want := Str(s), `'\ud83d\ude00'`; got != want {
		t.Errorf("Str(pair) = %s, want %s", got, want)
	}
}

func TestDecodeRuneInvalid(t *testing.T) {
	for _, s := range []string{"\xed\xa0", "\xed", "\xed\x9f", "\xed\xa0\x00", "\xff", "\xc0\x80", "\xe0\x80\x80"} {
		r, n := DecodeRune(s)
		if r != utf8.RuneError || n != 1 {
			t.Errorf("DecodeRune(%q) = %U, %d; want U+FFFD, 1", s, r, n)
		}
	}
	if r, n := DecodeRune(""); r != utf8.RuneError || n != 0 {
		t.Errorf("DecodeRune(\"\") = %U, %d", r, n)
	}
	// U+D7FF and U+E000 border the surrogates and are ordinary UTF-8.
	for _, r := range []rune{0xD7FF, 0xE000} {
		if got, n := DecodeRune(string(r)); got != r || n != 3 {
			t.Errorf("DecodeRune(%U) = %U, %d", r, got, n)
		}
	}
	if got := AppendRune(nil, -1); string(got) != "\uFFFD" {
		t.Errorf("AppendRune(-1) = % x", got)
	}
	if got := AppendRune(nil, 0x110000); string(got) != "\uFFFD" {
		t.Errorf("AppendRune(0x110000) = % x", got)
	}
}
