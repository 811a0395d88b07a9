package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR815 is the rule of detector KR815 of internal/secrets.
var KR815 = &analysis.Rule{
	ID:         "KR815",
	Name:       "groq_api_key",
	Title:      "Hardcoded Groq API key",
	Why:        "A Groq API key (gsk_…) bills its account for every request made with it.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nclient = Groq(api_key=\"gsk_\" \"KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2\")",
	Good:       "from groq import Groq\n\nclient = Groq()  # reads GROQ_API_KEY from the environment",
	Notes:      "Matches gsk_ and 52 characters.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
