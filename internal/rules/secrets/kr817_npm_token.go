package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR817 is the rule of detector KR817 of internal/secrets.
var KR817 = &analysis.Rule{
	ID:    "KR817",
	Name:  "npm_token",
	Title: "Hardcoded npm access token",
	Why: "An npm access token publishes packages as its owner: one leaked token is enough to push a malicious " +
		"version of every package the owner maintains.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nNPM_TOKEN = \"npm_\" \"KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq\"",
	Good: "import os\n\nNPM_TOKEN = os.environ[\"NPM_TOKEN\"]",
	Notes: "Matches npm_ tokens anywhere, and legacy UUID tokens as the value of _authToken in .npmrc (or of " +
		"NPM_TOKEN).",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
