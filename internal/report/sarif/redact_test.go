package sarif_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
)

// TestRedact checks that SARIF shows no secret in full — not in a
// message, a snippet or a context region — and that the report with
// secrets is valid SARIF.
func TestRedact(t *testing.T) {
	r, ss := reporttest.Secrets(t)
	out := render(t, r, report.Options{})
	reporttest.CheckRedacted(t, out, ss)
	if err := schema(t).Validate(out); err != nil {
		t.Error(err)
	}
}
