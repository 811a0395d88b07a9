package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B601 reports paramiko exec_command calls.
var B601 = &analysis.Rule{
	ID:    "B601",
	Name:  "paramiko_calls",
	Title: "Command run over SSH with paramiko",
	Why: "exec_command runs its string in the remote user's shell; text from outside the program in that " +
		"string can run other commands on the remote machine.",
	Bad:        "import paramiko\nclient.exec_command(\"ls \" + path)",
	Good:       "import paramiko, shlex\nclient.exec_command(\"ls -- \" + shlex.quote(path))",
	Notes:      "As in Bandit: any call of a method named exec_command in a module that imports something named like paramiko.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        78,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("exec_command"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name == "exec_command" && importedLike(p, "paramiko") {
			c.report(p, "Possible shell injection via Paramiko call, check inputs are properly sanitized.", 0, 0)
		}
		return nil
	},
}
