package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR814 is the rule of detector KR814 of internal/secrets.
var KR814 = &analysis.Rule{
	ID:    "KR814",
	Name:  "huggingface_token",
	Title: "Hardcoded Hugging Face token",
	Why: "A Hugging Face user or organisation token (hf_…, api_org_…) reads private models and datasets, and a" +
		" write token can push to every repository its owner can, which is a way to plant a poisoned model.",
	Bad:        "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nlogin(token=\"hf_\" \"KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB\")",
	Good:       "from huggingface_hub import login\n\nlogin()  # or the HF_TOKEN environment variable",
	Notes:      "Matches hf_ and api_org_ followed by 34 letters.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
