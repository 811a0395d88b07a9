package text_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
)

// TestRedact checks that the text format shows no secret in full: not in
// a message, not in a code frame.
func TestRedact(t *testing.T) {
	r, ss := reporttest.Secrets(t)
	for _, opt := range []report.Options{{}, {Color: true, ShowSuppressed: true}} {
		reporttest.CheckRedacted(t, render(t, r, opt), ss)
	}
}
