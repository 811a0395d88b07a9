package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR824 is the rule of detector KR824 of internal/secrets.
var KR824 = &analysis.Rule{
	ID:    "KR824",
	Name:  "telegram_bot_token",
	Title: "Hardcoded Telegram bot token",
	Why: "A Telegram bot token controls the bot: it reads the messages sent to it and speaks as it in every " +
		"chat it is in.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nBOT_TOKEN = \"7204815396:\" \"AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v\"",
	Good:       "import os\n\nBOT_TOKEN = os.environ[\"TELEGRAM_BOT_TOKEN\"]",
	Notes:      "Matches the bot id, a colon, and the 35-character secret that starts with AA.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
