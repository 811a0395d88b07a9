package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR813 is the rule of detector KR813 of internal/secrets.
var KR813 = &analysis.Rule{
	ID:    "KR813",
	Name:  "anthropic_api_key",
	Title: "Hardcoded Anthropic API key",
	Why: "An Anthropic API key (sk-ant-…) bills its workspace for every request made with it; admin keys can " +
		"also manage the organisation's keys and members.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nclient = anthropic.Anthropic(api_key=\"sk-ant-api03-\" \"KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA\")",
	Good:       "import anthropic\n\nclient = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY from the environment",
	Notes:      "Matches sk-ant-api03- and sk-ant-admin01- keys.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
