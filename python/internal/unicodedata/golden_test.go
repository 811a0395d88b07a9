package unicodedata

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readGolden returns the non-comment lines of testdata/name.
func readGolden(t testing.TB, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Fatalf("testdata/%s is empty", name)
	}
	return lines
}

// parseHex parses a hexadecimal code point.
func parseHex(t testing.TB, s string) rune {
	t.Helper()
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		t.Fatalf("bad code point %q: %v", s, err)
	}
	return rune(v)
}

// readRanges reads a golden file of "LO..HI" lines into a set of all
// 0x110000 code points.
func readRanges(t testing.TB, name string) []bool {
	t.Helper()
	set := make([]bool, 0x110000)
	for _, line := range readGolden(t, name) {
		lo, hi, ok := strings.Cut(line, "..")
		if !ok {
			t.Fatalf("%s: bad line %q", name, line)
		}
		for r := parseHex(t, lo); r <= parseHex(t, hi); r++ {
			set[r] = true
		}
	}
	return set
}
