package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR823 is the rule of detector KR823 of internal/secrets.
var KR823 = &analysis.Rule{
	ID:    "KR823",
	Name:  "discord_webhook_url",
	Title: "Hardcoded Discord webhook URL",
	Why: "A Discord webhook URL is its own credential: anyone who has it can post into its channel under any " +
		"name and avatar.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nWEBHOOK_URL = \"https://discord.com/api/webhooks/\" \"092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y\"",
	Good:       "import os\n\nWEBHOOK_URL = os.environ[\"DISCORD_WEBHOOK_URL\"]",
	Notes:      "Matches discord.com and discordapp.com webhook URLs; the secret is the token after the webhook id.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
