package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B507 reports paramiko clients that accept unknown host keys.
var B507 = &analysis.Rule{
	ID:    "B507",
	Name:  "ssh_no_host_key_verification",
	Title: "SSH client trusts unknown host keys",
	Why: "AutoAddPolicy and WarningPolicy accept whatever key the server presents, so a machine in the middle can " +
		"impersonate the server and capture credentials and commands.",
	Bad:        "import paramiko\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
	Good:       "import paramiko\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        295,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("set_missing_host_key_policy"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name != "set_missing_host_key_policy" || len(c.p.Args) == 0 || !importedLike(p, "paramiko") {
			return nil
		}
		var policy string
		switch a := c.p.Args[0].(type) {
		case *ast.Attribute:
			policy = a.Attr.Name
		case *ast.Name:
			policy = a.ID
		case *ast.Call:
			switch f := a.Func.(type) {
			case *ast.Attribute:
				policy = f.Attr.Name
			case *ast.Name:
				policy = f.ID
			}
		}
		if policy == "AutoAddPolicy" || policy == "WarningPolicy" {
			c.report(p, "Paramiko call with policy set to automatically trust the unknown host key.", 0, 0)
		}
		return nil
	},
}
