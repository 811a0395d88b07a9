package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR806 is the rule of detector KR806 of internal/secrets.
var KR806 = &analysis.Rule{
	ID:    "KR806",
	Name:  "slack_webhook_url",
	Title: "Hardcoded Slack webhook URL",
	Why: "An incoming-webhook URL is its own credential: anyone who has it can post messages into the channel " +
		"it belongs to, which makes it a ready tool for phishing a workspace.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nSLACK_WEBHOOK = \"https://hooks.slack.com/services/\" \"T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC\"",
	Good: "import os\n\nSLACK_WEBHOOK = os.environ[\"SLACK_WEBHOOK_URL\"]",
	Notes: "Matches hooks.slack.com/services/, /workflows/ and /triggers/ URLs; the secret is the path after the" +
		" service name.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
