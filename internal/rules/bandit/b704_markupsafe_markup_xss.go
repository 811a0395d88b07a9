package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B704Options are B704's options.
type B704Options struct {
	// ExtendMarkupNames are more qualified names that behave like
	// markupsafe.Markup.
	ExtendMarkupNames []string `toml:"extend_markup_names"`
	// AllowedCalls are qualified names of functions whose result may be
	// passed to Markup (sanitizers).
	AllowedCalls []string `toml:"allowed_calls"`
}

// B704 reports markupsafe.Markup on values that are not literals.
var B704 = &analysis.Rule{
	ID:    "B704",
	Name:  "markupsafe_markup_xss",
	Title: "markupsafe.Markup on data that is not a literal",
	Why: "Markup marks a string as safe HTML, so templates insert it unescaped; user data passed to it can carry " +
		"scripts (cross-site scripting).",
	Bad:  "from markupsafe import Markup\nhtml = Markup(\"<b>\" + name + \"</b>\")",
	Good: "from markupsafe import Markup, escape\nhtml = Markup(\"<b>{}</b>\").format(name)  # format escapes name",
	Notes: "markupsafe.Markup and flask.Markup, plus option extend_markup_names; a first argument that is a call of " +
		"one of option allowed_calls is fine.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        79,
	Since:      "0.1.0",
	Default:    true,
	Options:    &B704Options{},
	Kinds:      []ast.Kind{ast.CallKind},
	Callees: func(o any) []string {
		return append(lastNames(o.(*B704Options).ExtendMarkupNames), "Markup")
	},
	Run: func(p *analysis.Pass, n ast.Node) error {
		o := p.Options.(*B704Options)
		c := newCall(p, n.(*ast.Call))
		if c.qual == "" || c.qual != "markupsafe.Markup" && c.qual != "flask.Markup" && !contains(o.ExtendMarkupNames, c.qual) {
			return nil
		}
		if len(c.p.Args) == 0 {
			return nil
		}
		if _, ok := c.p.Args[0].(*ast.Constant); ok {
			return nil
		}
		if inner, ok := c.p.Args[0].(*ast.Call); ok && len(o.AllowedCalls) > 0 {
			if text, _ := banditQual(p, inner.Func); contains(o.AllowedCalls, text) {
				return nil
			}
		}
		c.report(p, "Potential XSS with ``"+c.qual+"`` detected. Do not use ``"+c.name+"`` on untrusted data.", 0, 0)
		return nil
	},
}
