package source

import (
	"os"
	"testing"
	"time"
)

// stdlib is a large real tree to measure discovery on; benchmarks and the
// timing test skip when it is missing.
const stdlib = "/root/.pyenv/versions/3.11.7/lib/python3.11"

func BenchmarkDiscoverStdlib(b *testing.B) {
	if _, err := os.Stat(stdlib); err != nil {
		b.Skip("no", stdlib)
	}
	for _, bc := range []struct {
		name string
		opt  Options
	}{
		{"defaults", Options{}},
		{"everything", Options{Exclude: []string{}, Kinds: []Kind{KindOther, KindPython, KindNotebook, KindConfig, KindDependency}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				ents, _ := Discover([]string{stdlib}, bc.opt)
				n = len(ents)
			}
			b.ReportMetric(float64(n), "files")
		})
	}
}

func TestDiscoverStdlibTiming(t *testing.T) {
	if _, err := os.Stat(stdlib); err != nil {
		t.Skip("no", stdlib)
	}
	Discover([]string{stdlib}, Options{}) // warm the kernel's caches
	start := time.Now()
	ents, errs := Discover([]string{stdlib}, Options{})
	d := time.Since(start)
	t.Logf("%d files, %d errors in %v", len(ents), len(errs), d)
	if len(ents) < 1000 {
		t.Errorf("found %d files, want thousands", len(ents))
	}
}
