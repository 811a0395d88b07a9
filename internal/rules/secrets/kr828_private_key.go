package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR828 is the rule of detector KR828 of internal/secrets.
var KR828 = &analysis.Rule{
	ID:    "KR828",
	Name:  "private_key",
	Title: "Hardcoded private key",
	Why: "A private key (PEM RSA, EC, DSA and PKCS #8 keys, OpenSSH keys, PGP secret key blocks) in source or " +
		"configuration is shared with everyone who can read it: they can decrypt what was encrypted to it, " +
		"sign as its owner, or log in wherever its public half is trusted.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nKEY = \"-----BEGIN RSA \" \"PRIVATE KEY-----\\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\\n-----END RSA PRIVATE KEY-----\\n\"",
	Good: "from pathlib import Path\n\nKEY = Path(os.environ[\"TLS_KEY_FILE\"]).read_bytes()  # kept out of the repository, or in a secret manager",
	Notes: "A block is reported when its BEGIN and END lines agree and its body is base64 of some length and " +
		"entropy (not \"...\" or a placeholder), in Python strings (docstrings and comments too), configuration" +
		" files and .pem/.key files. Encrypted keys (ENCRYPTED PRIVATE KEY, or Proc-Type: 4,ENCRYPTED) are " +
		"reported at medium severity. Public keys and certificates are not secrets and are not reported. A " +
		"key in a service-account file is KR810's.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        321,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
