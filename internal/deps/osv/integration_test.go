package osv

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// snapshotPath is the PyPA advisory snapshot shared with the project
// (<project root>/../shared/data/osv-pypa/all.zip); see its README.
const snapshotPath = "../../../../shared/data/osv-pypa/all.zip"

// snapshot copies the shared snapshot into a temporary directory (so the
// persisted index can be written beside it) or skips the test.
func snapshot(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(snapshotPath)
	if err != nil {
		t.Skipf("OSV snapshot not available (%v): this integration test needs %s", err, snapshotPath)
	}
	p := filepath.Join(t.TempDir(), "all.zip")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSnapshotReferenceAnswers checks the reference answers of the
// snapshot's README, computed by evaluating every affected range in full.
// (A matcher that stops at the first range finds 24 for django 3.2.0.)
func TestSnapshotReferenceAnswers(t *testing.T) {
	path := snapshot(t)
	want := []struct {
		name, version string
		n             int
	}{
		{"django", "3.2.0", 25}, {"pillow", "8.0.0", 26}, {"urllib3", "1.24.1", 7},
		{"cryptography", "3.2", 4}, {"flask", "0.12", 3}, {"jinja2", "2.10", 2},
		{"pyyaml", "5.3", 2}, {"requests", "2.19.0", 2}, {"six", "1.16.0", 0},
	}
	for _, mode := range []string{"cold", "warm"} {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var qs []Query
		for _, w := range want {
			qs = append(qs, Query{Name: w.name, Version: w.version})
		}
		res, err := Audit(context.Background(), db, qs)
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range want {
			if got := len(res[i].Findings); got != w.n {
				t.Errorf("%s: %s==%s: %d advisories, want %d", mode, w.name, w.version, got, w.n)
			}
			t.Logf("%s: %s==%s: %d advisories, fix %q, warnings %v", mode, w.name, w.version, len(res[i].Findings), res[i].Fix, res[i].Warnings)
		}
		// Unpinned: krait's own answers on the snapshot, kept as a
		// regression check (not reference data).
		un, err := Audit(context.Background(), db, []Query{
			{Name: "django", Specifier: ">=3.2,<3.3"}, {Name: "django", Specifier: "<1.0"}, {Name: "requests", Specifier: ">=2.31"},
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range []struct {
			definite, maybe int
			fix             string
		}{{0, 25, "3.2.25"}, {37, 0, "3.2.4"}, {0, 0, ""}} {
			d, m := 0, 0
			for _, f := range un[i].Findings {
				if f.Certainty == Definite {
					d++
				} else {
					m++
				}
			}
			if d != w.definite || m != w.maybe || un[i].Fix != w.fix {
				t.Errorf("%s: %s %q: %d definite, %d may, fix %q; want %d, %d, %q", mode, un[i].Name, un[i].Query.Specifier, d, m, un[i].Fix, w.definite, w.maybe, w.fix)
			}
		}
		db.Close()
		if _, err := os.Stat(path + ".index"); err != nil {
			t.Errorf("%s: no persisted index: %v", mode, err)
		}
	}
}
