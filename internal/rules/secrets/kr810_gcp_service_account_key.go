package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR810 is the rule of detector KR810 of internal/secrets.
var KR810 = &analysis.Rule{
	ID:    "KR810",
	Name:  "gcp_service_account_key",
	Title: "Hardcoded Google Cloud service-account key",
	Why: "A service-account key file (or the dict it is loaded into) holds the private key that authenticates " +
		"as the service account, with every role the account has been granted, in every project that trusts " +
		"it.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\ncredentials = {\n    \"type\": \"service_account\",\n    \"client_email\": \"app@project.iam.gserviceaccount.com\",\n    \"private_key\": \"-----BEGIN \" \"PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCroKncrxRRZFQrE0Hl7wuZIj892n77Ojg\\n4M4/X/NTpiCMR216aoSAIqnDofpFxu7VNpQ7fayEewPj9XZGtaJKWD034Qdm/+Hg\\n-----END PRIVATE KEY-----\\n\",\n}",
	Good: "from google.oauth2 import service_account\n\ncredentials = service_account.Credentials.from_service_account_file(os.environ[\"GOOGLE_APPLICATION_CREDENTIALS\"])\n# better still: workload identity, no key at all",
	Notes: "Reported for a private key block in a JSON file with \"type\": \"service_account\", or in a Python dict " +
		"with that type or an iam.gserviceaccount.com client_email. Other private keys are KR828's.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        321,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
