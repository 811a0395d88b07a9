package banditjson_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/report/internal/reporttest"
)

// TestRedact checks that Bandit's JSON shows no secret in full: not in
// issue_text, not in code.
func TestRedact(t *testing.T) {
	r, ss := reporttest.Secrets(t)
	reporttest.CheckRedacted(t, render(t, r, reporttest.Now), ss)
}
