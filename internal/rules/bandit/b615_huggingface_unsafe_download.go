package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// hfUnsafe maps the Hugging Face download functions to the module that
// must appear in their qualified name.
var hfUnsafe = map[string]string{
	"from_pretrained":   "transformers",
	"load_dataset":      "datasets",
	"hf_hub_download":   "huggingface_hub",
	"snapshot_download": "huggingface_hub",
	"repository_id":     "huggingface_hub",
}

// B615 reports Hugging Face Hub downloads not pinned to a commit.
var B615 = &analysis.Rule{
	ID:    "B615",
	Name:  "huggingface_unsafe_download",
	Title: "Hugging Face Hub download without a pinned revision",
	Why: "A model or dataset fetched by name is whatever its repository holds today; whoever can push to it (or " +
		"take it over) changes what you load, and models can carry code. Pin a commit hash.",
	Bad:  "from transformers import AutoModel\nmodel = AutoModel.from_pretrained(\"org/model\")",
	Good: "from transformers import AutoModel\nmodel = AutoModel.from_pretrained(\"org/model\", revision=\"5d0f2e8a7f1b3c4d5e6f7a8b9c0d1e2f3a4b5c6d\")",
	Notes: "A revision= or commit_id= of at least 7 hex digits pins; one that is not a literal is trusted; a local " +
		"path (./, /, ../) is not a download.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        494,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("from_pretrained", "load_dataset", "hf_hub_download", "snapshot_download", "repository_id"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual == "" {
			return nil
		}
		parts := strings.Split(c.qual, ".")
		fn := parts[len(parts)-1]
		mod, ok := hfUnsafe[fn]
		if !ok || !contains(parts, mod) {
			return nil
		}
		if !importedLike(p, "transformers") && !importedLike(p, "datasets") && !importedLike(p, "huggingface_hub") {
			return nil
		}
		for _, k := range c.p.Keywords {
			if k.Arg.Name == "revision" || k.Arg.Name == "commit_id" {
				if _, isConst := k.Value.(*ast.Constant); !isConst {
					return nil
				}
			}
		}
		rev := orLit(c.kwValue("revision"), c.kwValue("commit_id"))
		if s, ok := rev.str(); ok {
			s = strings.Trim(s, "\"'")
			if len(s) >= 7 && isHex(s) {
				return nil
			}
		}
		if s, ok := c.argAt(0).str(); ok && s != "" {
			if strings.HasPrefix(s, "./") || strings.HasPrefix(s, "/") || strings.HasPrefix(s, "../") {
				return nil
			}
		}
		c.report(p, "Unsafe Hugging Face Hub download without revision pinning in "+fn+"()", 0, 0)
		return nil
	},
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
