package bandit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
)

// TestRules runs every rule over its testdata directory.
func TestRules(t *testing.T) {
	for _, r := range Rules() {
		t.Run(r.ID, func(t *testing.T) {
			dir := filepath.Join("testdata", r.ID)
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("rule %s has no testdata: %v", r.ID, err)
			}
			analysistest.Run(t, dir, []*analysis.Rule{r}, nil)
		})
	}
}
