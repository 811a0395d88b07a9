package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR816 is the rule of detector KR816 of internal/secrets.
var KR816 = &analysis.Rule{
	ID:    "KR816",
	Name:  "llm_api_key",
	Title: "Hardcoded LLM provider API key",
	Why: "API keys of LLM providers (xAI, Perplexity, Replicate, OpenRouter, LangSmith) bill their accounts " +
		"for every request, and some give access to the prompts and traces stored with them.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nPERPLEXITY_API_KEY = \"pplx-\" \"KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4\"",
	Good: "import os\n\nPERPLEXITY_API_KEY = os.environ[\"PERPLEXITY_API_KEY\"]",
	Notes: "Matches xai-, pplx-, r8_, sk-or-v1- and lsv2_ keys. OpenAI, Anthropic, Hugging Face and Groq keys " +
		"have rules of their own (KR812 to KR815); providers whose keys have no prefix (Mistral, Cohere, " +
		"Together) are left to the generic rule KR831.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
