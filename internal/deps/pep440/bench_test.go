package pep440

import "testing"

// BenchmarkParse measures Parse on typical PyPI version strings; the OSV
// matcher parses every versions-list entry of an audited package once.
func BenchmarkParse(b *testing.B) {
	in := []string{"1.0", "2.31.0", "3.2.19", "1.26.18", "0.12.5", "4.0a1", "2.0.0rc1", "1.11.29.post1"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(in[i%len(in)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompare measures Compare on parsed versions.
func BenchmarkCompare(b *testing.B) {
	x, y := MustParse("3.2.19"), MustParse("3.2.19.post1")
	for b.Loop() {
		Compare(x, y)
	}
}
