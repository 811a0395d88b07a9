package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR831 is the rule of detector KR831 of internal/secrets.
var KR831 = &analysis.Rule{
	ID:    "KR831",
	Name:  "generic_secret",
	Title: "Hardcoded secret bound to a secret-like name",
	Why: "A password, token or API key written as a literal is shared with everyone who can read the code and " +
		"its history, cannot be rotated without a release, and is usually the same in every deployment. This " +
		"rule finds the ones no provider format identifies, by the name they are bound to.",
	Bad:  "db_password = \"Zq7#FK&eFjvk1Qv3\"",
	Good: "import os\n\ndb_password = os.environ[\"DB_PASSWORD\"]",
	Notes: "Reported for a literal bound (assigned, as a dict value, keyword argument, parameter default, " +
		"comparison operand or environment fallback) to a name with password, passwd, pwd, pass, passphrase, " +
		"secret, token, credential, auth, or an api/private/access/signing key in it, in any case style, but " +
		"not one about a secret (password_field, token_url, secret_name, is_secret). The value must look " +
		"random: 8 to 256 characters without spaces, not a URL, path, e-mail address, format string or " +
		"identifier, words with digits or case (s3_disable_auth, AWS::S3::SessionAuth), regular expression " +
		"or date, at least two classes of characters and 40 bits of entropy. A UUID or hex value counts only " +
		"for a name that says password, secret or key, not for a token (idempotency and pagination tokens " +
		"are UUIDs), and the tokens that APIs hand out (NextToken, ClientRequestToken, ChangeToken) and type " +
		"names (AWS::SecretsManager::Secret) are not secret-like names. Low confidence, medium for " +
		"long varied values. Values that a provider rule recognises are reported by that rule instead.",
	Severity:   analysis.Medium,
	Confidence: analysis.Low,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
