package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR802 is the rule of detector KR802 of internal/secrets.
var KR802 = &analysis.Rule{
	ID:    "KR802",
	Name:  "aws_secret_access_key",
	Title: "Hardcoded AWS secret access key",
	Why: "The secret access key is the half of an AWS key pair that signs requests: with it and the key id, " +
		"anyone can call AWS as the key's owner, with all its permissions, until the key is rotated.",
	Bad:  "aws_secret_access_key = \"KRAITFAKEDXtikECWjrG\" \"b9RP7ttLyGaVgyW4wAB4\"",
	Good: "import os\n\naws_secret_access_key = os.environ[\"AWS_SECRET_ACCESS_KEY\"]",
	Notes: "A secret key is 40 base64 characters with nothing to tell it from other data, so it is reported only" +
		" where its context says what it is: bound to a name such as aws_secret_access_key or AWS_SECRET_KEY " +
		"(variable, attribute, dict key, keyword argument, configuration key), or next to an AWS access key " +
		"id (in the same call or dict, or within five lines of a configuration file).",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
