package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR822 is the rule of detector KR822 of internal/secrets.
var KR822 = &analysis.Rule{
	ID:    "KR822",
	Name:  "discord_bot_token",
	Title: "Hardcoded Discord bot token",
	Why: "A Discord bot token logs in as the bot: it reads every channel the bot can see and acts with its " +
		"permissions, on every server that installed it.",
	Bad:  "DISCORD_TOKEN = \"MjE5OTg0OTI1MDc2Njk0Nzk3\" \".gPoICQ.KRAITFAKEp2d_FB-_Ewwp4GWzHvhiE2bxXnvTs\"",
	Good: "import os\n\nDISCORD_TOKEN = os.environ[\"DISCORD_TOKEN\"]",
	Notes: "A bot token's shape is too common to look for everywhere, so it is reported only when bound to a " +
		"name with discord in it (or bot_token), and only when its first part decodes to a numeric user id, " +
		"as a real token's does.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
