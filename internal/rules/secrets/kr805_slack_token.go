package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR805 is the rule of detector KR805 of internal/secrets.
var KR805 = &analysis.Rule{
	ID:    "KR805",
	Name:  "slack_token",
	Title: "Hardcoded Slack token",
	Why: "Slack bot (xoxb-), user (xoxp-), app-level (xapp-) and configuration tokens let their holder read " +
		"channels and post as the app or user that owns them, within the token's scopes.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nSLACK_BOT_TOKEN = \"xoxb-\" \"4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF\"",
	Good:       "import os\n\nSLACK_BOT_TOKEN = os.environ[\"SLACK_BOT_TOKEN\"]",
	Notes:      "Matches xox[bpasero]- and xapp- tokens of at least 30 characters in their dash-separated shape.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
