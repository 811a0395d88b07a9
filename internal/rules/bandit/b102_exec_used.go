package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B102 reports calls of the builtin exec.
var B102 = &analysis.Rule{
	ID:    "B102",
	Name:  "exec_used",
	Title: "Use of exec",
	Why: "exec runs a string as Python code. When any part of that string comes from outside the program, " +
		"an attacker runs their own code with the program's rights.",
	Bad:        "exec(\"result = \" + request.args[\"expr\"])",
	Good:       "import ast\nresult = ast.literal_eval(request.args[\"expr\"])",
	Notes:      "A function or parameter of the module named exec is not the builtin and is not reported.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        78,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("exec"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		if c := newCall(p, n.(*ast.Call)); c.qual == "exec" {
			p.Reportf(n, "Use of exec detected.")
		}
		return nil
	},
}
