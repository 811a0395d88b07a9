package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B104 reports the string "0.0.0.0".
var B104 = &analysis.Rule{
	ID:    "B104",
	Name:  "hardcoded_bind_all_interfaces",
	Title: "Binding to all network interfaces",
	Why: "A service bound to 0.0.0.0 listens on every interface of the machine, public ones included, " +
		"which is often more exposure than intended.",
	Bad:        "app.run(host=\"0.0.0.0\")",
	Good:       "app.run(host=os.environ.get(\"BIND_ADDRESS\", \"127.0.0.1\"))",
	Notes:      "As in Bandit, every string literal equal to \"0.0.0.0\" is reported, wherever it is used.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        605,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ConstantKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		if c, ok := strNode(p, n); ok && c.Value.Str == "0.0.0.0" {
			reportStr(p, c, "Possible binding to all interfaces.")
		}
		return nil
	},
}
