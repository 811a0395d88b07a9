package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR803 is the rule of detector KR803 of internal/secrets.
var KR803 = &analysis.Rule{
	ID:    "KR803",
	Name:  "github_token",
	Title: "Hardcoded GitHub token",
	Why: "GitHub tokens (personal access tokens ghp_ and github_pat_, OAuth gho_, user-to-server ghu_, " +
		"server-to-server ghs_, refresh ghr_) act as the user or app that owns them: they can read private " +
		"repositories, push code and change settings within their scopes.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nGITHUB_TOKEN = \"ghp_\" \"KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg\"",
	Good: "import os\n\nGITHUB_TOKEN = os.environ[\"GITHUB_TOKEN\"]",
	Notes: "Classic tokens are a prefix and 36 characters, fine-grained ones github_pat_ and 82. The checksum in" +
		" the last six characters is not verified.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
