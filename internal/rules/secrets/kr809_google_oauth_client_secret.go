package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR809 is the rule of detector KR809 of internal/secrets.
var KR809 = &analysis.Rule{
	ID:    "KR809",
	Name:  "google_oauth_client_secret",
	Title: "Hardcoded Google OAuth client secret",
	Why: "An OAuth client secret (GOCSPX-…) lets its holder impersonate the application in Google's OAuth " +
		"flows: to obtain tokens for users who consent to what they believe is your app.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nCLIENT_SECRET = \"GOCSPX-\" \"KRAITFAKERg9h2qaYMI0ke8rqLMn\"",
	Good: "import os\n\nCLIENT_SECRET = os.environ[\"GOOGLE_CLIENT_SECRET\"]",
	Notes: "Matches GOCSPX- and 28 characters. Older client secrets have no prefix; the generic rule KR831 " +
		"reports them by their names (client_secret).",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
