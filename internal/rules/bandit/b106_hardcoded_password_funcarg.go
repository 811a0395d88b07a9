package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B106 reports string literals passed as password-like keyword arguments.
var B106 = &analysis.Rule{
	ID:    "B106",
	Name:  "hardcoded_password_funcarg",
	Title: "Hardcoded password passed as an argument",
	Why: "A password written in the source is shared with everyone who can read the code or its history, " +
		"and cannot be rotated without a release.",
	Bad:        "conn = connect(user=\"app\", password=\"hunter2\")",
	Good:       "import os\nconn = connect(user=\"app\", password=os.environ[\"DB_PASSWORD\"])",
	Notes:      "The keyword's name must look like a password (see B105). Only the first such keyword of a call is reported, as in Bandit.",
	Severity:   analysis.Low,
	Confidence: analysis.Medium,
	CWE:        259,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		for _, k := range n.(*ast.Call).Keywords {
			v, ok := k.Value.(*ast.Constant)
			if !ok || v.Value.Kind != ast.StrValue {
				continue
			}
			if k.Arg.Name == "" {
				return nil // **"..." makes Bandit's check fail on the call
			}
			if looksLikePassword(k.Arg.Name) {
				f := analysis.Finding{Span: k.Span(), Extent: n.Span(), Message: passwordMessage(v.Value.Str)}
				if l := p.Line(v.Start); l != p.Line(k.Start) {
					f.Line = l
				}
				p.Report(f)
				return nil
			}
		}
		return nil
	},
}
