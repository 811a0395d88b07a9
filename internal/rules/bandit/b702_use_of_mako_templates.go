package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B702 reports mako templates.
var B702 = &analysis.Rule{
	ID:    "B702",
	Name:  "use_of_mako_templates",
	Title: "Mako template (no escaping by default)",
	Why: "Mako renders ${...} expressions without HTML escaping unless a filter is given, so user data in a " +
		"template can carry scripts (cross-site scripting).",
	Bad:        "from mako.template import Template\nTemplate(\"<p>${name}</p>\").render(name=name)",
	Good:       "from mako.template import Template\nTemplate(\"<p>${name}</p>\", default_filters=[\"h\"]).render(name=name)",
	Notes:      "As in Bandit, every Template from a mako module is reported, whatever its filters.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        80,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("Template"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name == "Template" && c.qual != "" && contains(strings.Split(c.qual, "."), "mako") {
			c.report(p, "Mako templates allow HTML/JS rendering by default and are inherently open to XSS attacks. Ensure variables in all templates are properly sanitized via the 'n', 'h' or 'x' flags (depending on context). For example, to HTML escape the variable 'data' do ${ data |h }.", 0, 0)
		}
		return nil
	},
}
