package pyrepr

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"strconv"
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
		if line := sc.Text(); line != "" && line[0] != '#' {
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Fatalf("testdata/%s is empty", name)
	}
	return lines
}

// parseBits parses IEEE-754 bits written in hex.
func parseBits(t testing.TB, s string) float64 {
	t.Helper()
	v, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	return math.Float64frombits(v)
}
