package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus returns the sources BenchmarkParse parses: every .py file
// under $KRAIT_BENCH_DIR, or else CPython 3.13's standard library where
// pyenv installs it, or else the golden corpus in testdata.
func benchCorpus(b *testing.B) (files [][]byte, size int64) {
	dirs := []string{os.Getenv("KRAIT_BENCH_DIR"), "/root/.pyenv/versions/3.13.0/lib/python3.13", "testdata"}
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") || strings.Contains(path, "site-packages") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err == nil {
				files = append(files, src)
				size += int64(len(src))
			}
			return nil
		})
		b.Logf("corpus: %s, %d files, %d bytes", dir, len(files), size)
		return files, size
	}
	b.Skip("no corpus")
	return nil, 0
}

// BenchmarkParse parses a whole corpus per iteration, on one goroutine.
// Besides ns/op it reports MB/s (b.SetBytes) and allocated bytes per source
// byte.
func BenchmarkParse(b *testing.B) {
	files, size := benchCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var m0, m1 runtimeMem
	m0.read()
	for i := 0; i < b.N; i++ {
		for _, src := range files {
			ParseFile("x.py", src)
		}
	}
	b.StopTimer()
	m1.read()
	b.ReportMetric(float64(m1.total-m0.total)/float64(size)/float64(b.N), "allocB/srcB")
}
