package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR825 is the rule of detector KR825 of internal/secrets.
var KR825 = &analysis.Rule{
	ID:    "KR825",
	Name:  "shopify_token",
	Title: "Hardcoded Shopify access token",
	Why: "Shopify access tokens (shpat_, shpca_, shppa_) and shared secrets (shpss_) act as an app installed " +
		"in a store: orders, customers and products, within the app's scopes.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nSHOPIFY_TOKEN = \"shpat_\" \"a97cf820c6f690e32de7917f0a011d21\"",
	Good:       "import os\n\nSHOPIFY_TOKEN = os.environ[\"SHOPIFY_ACCESS_TOKEN\"]",
	Notes:      "Matches the four prefixes and 32 hex digits.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
