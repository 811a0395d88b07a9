package json_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/report/internal/reporttest"
)

// TestRedact checks that the JSON format shows no secret in full: not in
// a message, not in a snippet.
func TestRedact(t *testing.T) {
	r, ss := reporttest.Secrets(t)
	reporttest.CheckRedacted(t, render(t, r), ss)
}
