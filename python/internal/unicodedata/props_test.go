package unicodedata

import "testing"

func testProperty(t *testing.T, golden string, f func(rune) bool) {
	want := readRanges(t, golden)
	bad := 0
	for r := rune(0); r < 0x110000; r++ {
		if got := f(r); got != want[r] {
			if bad++; bad <= 10 {
				t.Errorf("U+%04X: got %v, want %v", r, got, want[r])
			}
		}
	}
	if bad > 10 {
		t.Errorf("... %d mismatches in all", bad)
	}
	for _, r := range []rune{-1, -0x80, 0x110000, 0x7fffffff, -0x80000000, 0xE0100 + 0x100000} {
		if f(r) {
			t.Errorf("rune %#x: got true for an invalid code point", r)
		}
	}
}

func TestIsPrintable(t *testing.T)  { testProperty(t, "printable.txt", IsPrintable) }
func TestIsIDStart(t *testing.T)    { testProperty(t, "idstart.txt", IsIDStart) }
func TestIsIDContinue(t *testing.T) { testProperty(t, "idcontinue.txt", IsIDContinue) }

func TestPropertySpotChecks(t *testing.T) {
	for _, c := range []struct {
		r                        rune
		printable, start, contin bool
	}{
		{' ', true, false, false},
		{'_', true, true, true},
		{'7', true, false, true},
		{0x7f, false, false, false},
		{0xA0, false, false, false},   // NO-BREAK SPACE is Zs
		{0xAD, false, false, false},   // SOFT HYPHEN is Cf
		{0x200C, false, false, true},  // ZWNJ: XID_Continue since Unicode 15.1
		{0x30FB, true, false, true},   // KATAKANA MIDDLE DOT: likewise
		{0x2EBF0, true, true, true},   // CJK Extension I, new in 15.1
		{0x31EF, true, false, false},  // CJK STROKE HXG, new in 15.1 (So)
		{0xD800, false, false, false}, // surrogate
		{0xE000, false, false, false}, // private use
		{0xE01EF, true, false, true},  // VARIATION SELECTOR-256
	} {
		if IsPrintable(c.r) != c.printable || IsIDStart(c.r) != c.start || IsIDContinue(c.r) != c.contin {
			t.Errorf("U+%04X: got %v %v %v, want %v %v %v", c.r,
				IsPrintable(c.r), IsIDStart(c.r), IsIDContinue(c.r), c.printable, c.start, c.contin)
		}
	}
}

var sink bool

func benchProperty(b *testing.B, f func(rune) bool, lo, hi rune) {
	n := hi - lo
	for i := 0; b.Loop(); i++ {
		sink = f(lo + rune(i)%n)
	}
}

func BenchmarkIsPrintableASCII(b *testing.B) { benchProperty(b, IsPrintable, 0, 0x80) }
func BenchmarkIsPrintableBMP(b *testing.B)   { benchProperty(b, IsPrintable, 0x80, 0x10000) }
func BenchmarkIsPrintableAll(b *testing.B)   { benchProperty(b, IsPrintable, 0, 0x110000) }
func BenchmarkIsIDContinueBMP(b *testing.B)  { benchProperty(b, IsIDContinue, 0x80, 0x10000) }
