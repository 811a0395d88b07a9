package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B614 reports torch.load without weights_only=True.
var B614 = &analysis.Rule{
	ID:    "B614",
	Name:  "pytorch_load",
	Title: "torch.load without weights_only=True",
	Why: "torch.load unpickles the file, and unpickling runs code the file chooses: a model downloaded from " +
		"anywhere can run commands when loaded.",
	Bad:        "import torch\nmodel = torch.load(path)",
	Good:       "import torch\nstate = torch.load(path, weights_only=True)",
	Notes:      "As in Bandit, the module must run \"import torch\".",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        502,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("load"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual != "torch.load" && c.qual != "torch.serialization.load" {
			return nil
		}
		if !importedExact(p, "torch") || c.kwIsStr("weights_only", "True") {
			return nil
		}
		c.report(p, "Use of unsafe PyTorch load", 0, 0)
		return nil
	},
}
