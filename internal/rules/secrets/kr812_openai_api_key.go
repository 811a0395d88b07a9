package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR812 is the rule of detector KR812 of internal/secrets.
var KR812 = &analysis.Rule{
	ID:    "KR812",
	Name:  "openai_api_key",
	Title: "Hardcoded OpenAI API key",
	Why: "An OpenAI API key bills its organisation for every request made with it and gives access to the " +
		"organisation's files, fine-tunes and assistants.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nclient = OpenAI(api_key=\"sk-proj-\" \"KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k\")",
	Good: "from openai import OpenAI\n\nclient = OpenAI()  # reads OPENAI_API_KEY from the environment",
	Notes: "Matches project (sk-proj-), service-account (sk-svcacct-) and admin keys, and legacy keys by the " +
		"T3BlbkFJ marker they carry.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
