package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR801 is the rule of detector KR801 of internal/secrets.
var KR801 = &analysis.Rule{
	ID:    "KR801",
	Name:  "aws_access_key_id",
	Title: "Hardcoded AWS access key id",
	Why: "An AWS access key id (AKIA… for a user's long-term key, ASIA… for a temporary one) names the key " +
		"pair that signs API requests; where the id is written down, its secret usually is too, and whoever " +
		"has both acts as that IAM user. Keys in source spread to every clone, fork, backup and CI log, and " +
		"stay valid until someone rotates them.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nAWS_ACCESS_KEY_ID = \"AKIA\" \"KRAITFAKESAKWPFY\"",
	Good: "import os\n\nAWS_ACCESS_KEY_ID = os.environ[\"AWS_ACCESS_KEY_ID\"]\n# or let boto3 find credentials: environment, ~/.aws, instance roles",
	Notes: "Matches the documented prefixes (AKIA, ASIA, ABIA, ACCA, A3T) and 16 base-32 characters. AWS's " +
		"documentation keys (AKIAIOSFODNN7EXAMPLE and its like) are not reported.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
