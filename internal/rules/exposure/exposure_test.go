package exposure

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"

	"github.com/krait-dev/krait/internal/rules/internal/ruletest"
)

// TestRules runs every rule over the files under its testdata directory.
func TestRules(t *testing.T) { ruletest.Run(t, Rules()) }

// TestExamples checks that each rule reports its Bad example and not its
// Good one.
func TestExamples(t *testing.T) {
	ruletest.Examples(t, Rules(), func(*analysis.Rule) (string, string) { return "app/views.py", "" })
}
