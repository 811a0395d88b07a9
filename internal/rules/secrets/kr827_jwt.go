package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR827 is the rule of detector KR827 of internal/secrets.
var KR827 = &analysis.Rule{
	ID:    "KR827",
	Name:  "jwt",
	Title: "Hardcoded JSON Web Token",
	Why: "A signed JWT is a bearer credential: whoever presents it is whoever it names, with its claims " +
		"(roles, scopes), until it expires, and tokens written into code or configuration often never do.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nheaders = {\"Authorization\": \"Bearer \" \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\" \"eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH\"}",
	Good: "headers = {\"Authorization\": f\"Bearer {get_token()}\"}",
	Notes: "Reported when the header decodes to JSON with a signing algorithm; unsigned tokens (alg none) carry " +
		"no credential. jwt.io's example token is not reported. Medium severity: many tokens in code are " +
		"expired test fixtures.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
