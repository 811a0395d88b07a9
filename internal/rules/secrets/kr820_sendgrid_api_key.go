package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR820 is the rule of detector KR820 of internal/secrets.
var KR820 = &analysis.Rule{
	ID:    "KR820",
	Name:  "sendgrid_api_key",
	Title: "Hardcoded SendGrid API key",
	Why: "A SendGrid API key sends mail from the account's verified domains: a leaked key is a phishing " +
		"campaign that passes SPF and DKIM.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nSENDGRID_API_KEY = \"SG.\" \"KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM\"",
	Good:       "import os\n\nSENDGRID_API_KEY = os.environ[\"SENDGRID_API_KEY\"]",
	Notes:      "Matches SG. keys in their two-part shape.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
