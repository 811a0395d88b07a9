package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR819 is the rule of detector KR819 of internal/secrets.
var KR819 = &analysis.Rule{
	ID:    "KR819",
	Name:  "twilio_credential",
	Title: "Hardcoded Twilio API key or auth token",
	Why: "A Twilio API key (SK…) or account auth token sends SMS and places calls billed to the account, and " +
		"reads its message logs.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nTWILIO_API_KEY = \"SK\" \"33cbc2888024bc8af8c256dc41f7b13a\"",
	Good: "import os\n\nTWILIO_API_KEY = os.environ[\"TWILIO_API_KEY\"]",
	Notes: "Matches API keys (SK and 32 hex digits) anywhere, and 32-hex-digit auth tokens bound to a name such " +
		"as TWILIO_AUTH_TOKEN. Account SIDs (AC…) are identifiers, not secrets.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
