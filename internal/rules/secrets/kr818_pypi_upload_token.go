package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR818 is the rule of detector KR818 of internal/secrets.
var KR818 = &analysis.Rule{
	ID:    "KR818",
	Name:  "pypi_upload_token",
	Title: "Hardcoded PyPI upload token",
	Why: "A PyPI API token (pypi-AgEIcHlwaS5vcmc…) uploads releases: a leaked token lets anyone publish a " +
		"malicious version of the projects it covers.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nTWINE_PASSWORD = \"pypi-\" \"AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_\"",
	Good: "import os\n\nTWINE_PASSWORD = os.environ[\"TWINE_PASSWORD\"]\n# better still: trusted publishing from CI, no token at all",
	Notes: "Matches tokens of pypi.org and test.pypi.org by the macaroon prefix they share, in Python and in " +
		".pypirc files.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
