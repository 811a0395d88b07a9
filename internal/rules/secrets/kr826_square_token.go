package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR826 is the rule of detector KR826 of internal/secrets.
var KR826 = &analysis.Rule{
	ID:    "KR826",
	Name:  "square_token",
	Title: "Hardcoded Square access token",
	Why: "A Square access token or OAuth secret takes payments, issues refunds and reads the seller's customer" +
		" data.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nSQUARE_TOKEN = \"sq0atp-\" \"KRAITFAKEispvgdkFSx346\"",
	Good: "import os\n\nSQUARE_TOKEN = os.environ[\"SQUARE_ACCESS_TOKEN\"]",
	Notes: "Matches sq0atp- access tokens and sq0csp- OAuth secrets anywhere, and EAAA tokens bound to a name " +
		"with square in it.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
