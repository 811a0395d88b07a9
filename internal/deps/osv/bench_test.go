package osv_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/lockfile"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/osv/internal/benchdata"
)

// snapshotCopy copies the shared PyPA snapshot (see integration_test.go)
// into a temporary directory, where the persisted index can be written,
// and writes the benchmark's requirements file; it skips when the
// snapshot is absent.
func snapshotCopy(tb testing.TB) (zipPath, reqs string) {
	tb.Helper()
	data, err := os.ReadFile("../../../../shared/data/osv-pypa/all.zip")
	if err != nil {
		tb.Skipf("OSV snapshot not available (%v): the benchmark needs <project root>/../shared/data/osv-pypa/all.zip", err)
	}
	dir := tb.TempDir()
	zipPath = filepath.Join(dir, "all.zip")
	if err := os.WriteFile(zipPath, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	text, err := benchdata.Requirements(zipPath, 500)
	if err != nil {
		tb.Fatal(err)
	}
	reqs = filepath.Join(dir, "requirements.txt")
	if err := os.WriteFile(reqs, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	return zipPath, reqs
}

// BenchmarkAudit500 audits a 500-package requirements file against the
// shared PyPA snapshot, from parsing the file to the last Result, with the
// database opened inside the timed region: "cold" with no persisted index
// (every record is read to build it), "warm" with the index from a
// previous run. The 500 packages are the snapshot's packages with the
// most advisories, each pinned to a version its advisories list: the
// worst case, where most of the database is decoded.
func BenchmarkAudit500(b *testing.B) {
	zipPath, reqs := snapshotCopy(b)
	for _, mode := range []string{"cold", "warm"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			findings := 0
			for b.Loop() {
				if mode == "cold" {
					os.Remove(zipPath + ".index")
				}
				findings = auditFile(b, zipPath, reqs)
			}
			b.ReportMetric(float64(findings), "findings")
		})
	}
}

func auditFile(tb testing.TB, zipPath, reqs string) int {
	pkgs, errs := lockfile.ParseRequirements(reqs, false)
	if len(errs) > 0 {
		tb.Fatal(errs[0])
	}
	db, err := osv.Open(zipPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	qs := make([]osv.Query, 0, len(pkgs))
	for _, p := range pkgs {
		qs = append(qs, osv.Query{Name: p.Name, Version: p.Version, Specifier: p.Specifier})
	}
	res, err := osv.Audit(context.Background(), db, qs)
	if err != nil {
		tb.Fatal(err)
	}
	n := 0
	for _, r := range res {
		n += len(r.Findings)
	}
	return n
}

// BenchmarkMatch500 is the matching part of BenchmarkAudit500 alone: the
// records are loaded once, each iteration matches the 500 queries with a
// fresh Matcher on one goroutine.
func BenchmarkMatch500(b *testing.B) {
	zipPath, reqs := snapshotCopy(b)
	pkgs, _ := lockfile.ParseRequirements(reqs, false)
	db, err := osv.Open(zipPath)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var qs []osv.Query
	for _, p := range pkgs {
		qs = append(qs, osv.Query{Name: p.Name, Version: p.Version})
	}
	vulns, err := db.Vulns(context.Background(), qs)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		m := osv.NewMatcher()
		for _, q := range qs {
			m.Audit(q, vulns[q.Name])
		}
	}
}

// TestAudit500Budget is the 100 ms budget as a test, opt-in
// (KRAIT_BENCH_BUDGET=1) because wall time depends on the machine's load.
func TestAudit500Budget(t *testing.T) {
	if os.Getenv("KRAIT_BENCH_BUDGET") == "" {
		t.Skip("set KRAIT_BENCH_BUDGET=1 to check the 100 ms budget")
	}
	zipPath, reqs := snapshotCopy(t)
	for _, mode := range []string{"cold", "warm"} {
		best := time.Hour
		for i := 0; i < 5; i++ {
			if mode == "cold" {
				os.Remove(zipPath + ".index")
			}
			runtime.GC()
			t0 := time.Now()
			auditFile(t, zipPath, reqs)
			best = min(best, time.Since(t0))
		}
		t.Logf("%s: best of 5: %v", mode, best)
		if best > 100*time.Millisecond {
			t.Errorf("%s audit took %v, over the 100 ms budget", mode, best)
		}
	}
}
