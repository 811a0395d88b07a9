package github_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
)

// TestRedact checks that the GitHub annotations show no secret in full.
func TestRedact(t *testing.T) {
	r, ss := reporttest.Secrets(t)
	reporttest.CheckRedacted(t, []byte(render(t, r, report.Options{})), ss)
}
