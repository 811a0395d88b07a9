package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR830 is the rule of detector KR830 of internal/secrets.
var KR830 = &analysis.Rule{
	ID:    "KR830",
	Name:  "framework_secret_key",
	Title: "Hardcoded framework secret key",
	Why: "The SECRET_KEY of Django and Flask signs sessions, CSRF tokens, password-reset links and messages; " +
		"anyone who has it can forge them, log in as any user whose session is a signed cookie, and, where " +
		"signed data is unpickled, run code.",
	Bad:  "SECRET_KEY = \"k8#xQ2!mgjlaNPd72A*0\" \"FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd\"",
	Good: "import os\n\nSECRET_KEY = os.environ[\"SECRET_KEY\"]",
	Notes: "Reported for a string bound to SECRET_KEY (a settings constant, app.secret_key, " +
		"app.config[\"SECRET_KEY\"], a dict or keyword) or to JWT_SECRET_KEY, WTF_CSRF_SECRET_KEY and the like," +
		" of at least 8 characters that are not a placeholder, and for django-insecure- keys wherever they " +
		"are. KR202 (django_secret_key_insecure) reports Django settings' SECRET_KEY against Django's own " +
		"checks; this rule finds the key as a secret, in any module, with redaction and a fingerprint.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        321,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
