package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR808 is the rule of detector KR808 of internal/secrets.
var KR808 = &analysis.Rule{
	ID:    "KR808",
	Name:  "google_api_key",
	Title: "Hardcoded Google API key",
	Why: "A Google API key (AIza…) bills its project for every call made with it, and an unrestricted key " +
		"works for every API the project enables (Maps, Gemini, Cloud APIs). Keys in code get copied into " +
		"apps and pages where anyone can lift them.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nGOOGLE_API_KEY = \"AIza\" \"KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK\"",
	Good: "import os\n\nGOOGLE_API_KEY = os.environ[\"GOOGLE_API_KEY\"]",
	Notes: "Matches AIza and 35 key characters. Keys meant for browsers are public by design but should be " +
		"restricted by referrer and API; this rule cannot tell, so it reports them all at medium severity.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
