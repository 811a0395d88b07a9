package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// B107 reports password-like parameters with a string default.
var B107 = &analysis.Rule{
	ID:    "B107",
	Name:  "hardcoded_password_default",
	Title: "Hardcoded password as a parameter default",
	Why: "A default password is the password of every caller that does not pass one, and it is written " +
		"in the source for everyone to read.",
	Bad:  "def connect(host, password=\"hunter2\"):\n    ...",
	Good: "def connect(host, password=None):\n    password = password or os.environ[\"DB_PASSWORD\"]\n    ...",
	Notes: "As in Bandit, only plain def statements (not async def) and their positional parameters are checked, " +
		"defaults are matched to parameters ignoring positional-only ones, and the finding is on the def's line; " +
		"a # nosec anywhere in the function applies.",
	Severity:   analysis.Low,
	Confidence: analysis.Medium,
	CWE:        259,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.FunctionDefKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		fn := n.(*ast.FunctionDef)
		if fn.IsAsync || fn.Args == nil {
			return nil
		}
		args, defaults := fn.Args.Args, fn.Args.Defaults
		// Bandit pads the defaults on the left to the number of args.
		defs := make([]ast.Expr, 0, len(args))
		for i := 0; i < len(args)-len(defaults); i++ {
			defs = append(defs, nil)
		}
		defs = append(defs, defaults...)
		for i := 0; i < len(args) && i < len(defs); i++ {
			v, ok := defs[i].(*ast.Constant)
			if !ok || v.Value.Kind != ast.StrValue || !looksLikePassword(args[i].Arg.Name) {
				continue
			}
			span := token.Span{Start: args[i].Start, End: v.End}
			if span.End < span.Start {
				span = v.Span()
			}
			f := analysis.Finding{Span: span, Extent: fn.Span(), Message: passwordMessage(v.Value.Str)}
			if l := p.Line(fn.Start); l != p.Line(span.Start) {
				f.Line = l
			}
			p.Report(f)
			return nil
		}
		return nil
	},
}
