package pyrepr

import (
	"math"
	"strings"
	"testing"
)

func TestFloatGolden(t *testing.T) {
	lines := readGolden(t, "float.txt")
	for _, line := range lines {
		bits, want, _ := strings.Cut(line, " ")
		f := parseBits(t, bits)
		if got := Float(f); got != want {
			t.Errorf("Float(%s = %v) = %s, want %s", bits, f, got, want)
		}
	}
	t.Logf("%d floats", len(lines))
}

func TestComplexGolden(t *testing.T) {
	lines := readGolden(t, "complex.txt")
	for _, line := range lines {
		f := strings.SplitN(line, " ", 3)
		re, im := parseBits(t, f[0]), parseBits(t, f[1])
		if got := Complex(re, im); got != f[2] {
			t.Errorf("Complex(%s, %s = %v, %v) = %s, want %s", f[0], f[1], re, im, got, f[2])
		}
	}
	t.Logf("%d complex numbers", len(lines))
}

func TestFloatExamples(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{
		{1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {0.0001, "0.0001"},
		{1e-05, "1e-05"}, {math.Copysign(0, -1), "-0.0"}, {math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"}, {math.NaN(), "nan"}, {5e-324, "5e-324"},
		{1.7976931348623157e308, "1.7976931348623157e+308"}, {0.1, "0.1"},
	} {
		if got := Float(c.f); got != c.want {
			t.Errorf("Float(%v) = %s, want %s", c.f, got, c.want)
		}
	}
	for _, c := range []struct {
		re, im float64
		want   string
	}{
		{0, 2, "2j"}, {0, math.Inf(1), "infj"}, {math.Copysign(0, -1), 0, "(-0+0j)"},
		{0, math.Copysign(0, -1), "-0j"}, {math.NaN(), math.NaN(), "(nan+nanj)"},
		{1e16, 1e15, "(1e+16+1000000000000000j)"}, {1, -2.5, "(1-2.5j)"},
	} {
		if got := Complex(c.re, c.im); got != c.want {
			t.Errorf("Complex(%v, %v) = %s, want %s", c.re, c.im, got, c.want)
		}
	}
}

func BenchmarkFloat(b *testing.B) {
	fs := []float64{0.1, 1e16, 123456.789, 5e-324, 3.141592653589793, 1e-05, 2}
	for i := 0; b.Loop(); i++ {
		Float(fs[i%len(fs)])
	}
}
