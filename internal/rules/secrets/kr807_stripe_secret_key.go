package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR807 is the rule of detector KR807 of internal/secrets.
var KR807 = &analysis.Rule{
	ID:    "KR807",
	Name:  "stripe_secret_key",
	Title: "Hardcoded Stripe live secret key",
	Why: "A Stripe live secret key (sk_live_) or restricted key (rk_live_) can charge cards, issue refunds and" +
		" read customer data of the account it belongs to.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nstripe.api_key = \"sk_live_\" \"KRAITFAKEGIZp0BYEhsYfpTI\"",
	Good: "import os\nimport stripe\n\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]",
	Notes: "Test-mode keys (sk_test_) reach no real money and are not reported; publishable keys (pk_) are " +
		"public by design.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
