package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR821 is the rule of detector KR821 of internal/secrets.
var KR821 = &analysis.Rule{
	ID:         "KR821",
	Name:       "mailgun_api_key",
	Title:      "Hardcoded Mailgun API key",
	Why:        "A Mailgun private API key sends mail from the account's domains and reads its logs.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nMAILGUN_API_KEY = \"key-\" \"906752aba002df953234b90d04b79d0c\"",
	Good:       "import os\n\nMAILGUN_API_KEY = os.environ[\"MAILGUN_API_KEY\"]",
	Notes:      "Matches key- and 32 hex digits anywhere, and the newer key shape bound to a name with mailgun in it.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
