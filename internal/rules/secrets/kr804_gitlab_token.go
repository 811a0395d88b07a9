package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR804 is the rule of detector KR804 of internal/secrets.
var KR804 = &analysis.Rule{
	ID:    "KR804",
	Name:  "gitlab_token",
	Title: "Hardcoded GitLab token",
	Why: "GitLab personal, project, group and deploy tokens (glpat-, gldt-, glrt-, …) authenticate to the " +
		"GitLab API and to git over HTTPS with the scopes they were given, often including write access to " +
		"repositories and registries.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nGITLAB_TOKEN = \"glpat-\" \"KRAITFAKEsxQH7pu2bGP\"",
	Good:       "import os\n\nGITLAB_TOKEN = os.environ[\"GITLAB_TOKEN\"]",
	Notes:      "Matches GitLab's token prefixes followed by 20 to 64 token characters.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
