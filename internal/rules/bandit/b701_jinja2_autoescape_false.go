package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B701 reports jinja2 Environments without autoescaping.
var B701 = &analysis.Rule{
	ID:    "B701",
	Name:  "jinja2_autoescape_false",
	Title: "jinja2 Environment without autoescaping",
	Why: "jinja2 does not escape variables unless told to, so user data rendered into HTML templates can carry " +
		"scripts (cross-site scripting).",
	Bad:  "import jinja2\nenv = jinja2.Environment(loader=loader)",
	Good: "import jinja2\nenv = jinja2.Environment(loader=loader, autoescape=jinja2.select_autoescape())",
	Notes: "HIGH confidence for a missing autoescape= or autoescape=False; MEDIUM for a value krait cannot judge " +
		"(autoescape=True and select_autoescape(...) are fine). As in Bandit, the first autoescape= found anywhere " +
		"inside the call's arguments decides.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        94,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("Environment"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name != "Environment" || c.qual == "" || !contains(strings.Split(c.qual, "."), "jinja2") {
			return nil
		}
		k := firstKeyword(c.p, "autoescape")
		if k == nil {
			c.report(p, "By default, jinja2 sets autoescape to False. Consider using autoescape=True or use the select_autoescape function to mitigate XSS vulnerabilities.", analysis.High, analysis.High)
			return nil
		}
		switch v := k.Value.(type) {
		case *ast.Name:
			switch v.ID {
			case "False":
				c.report(p, autoescapeFalse, analysis.High, analysis.High)
				return nil
			case "True":
				return nil
			}
		case *ast.Constant:
			switch v.Value.Kind {
			case ast.FalseValue:
				c.report(p, autoescapeFalse, analysis.High, analysis.High)
				return nil
			case ast.TrueValue:
				return nil
			}
		case *ast.Call:
			switch f := v.Func.(type) {
			case *ast.Attribute:
				if f.Attr.Name == "select_autoescape" {
					return nil
				}
			case *ast.Name:
				if f.ID == "select_autoescape" {
					return nil
				}
			}
		}
		c.report(p, "Using jinja2 templates with autoescape=False is dangerous and can lead to XSS. Ensure autoescape=True or use the select_autoescape function to mitigate XSS vulnerabilities.", analysis.High, analysis.Medium)
		return nil
	},
}

const autoescapeFalse = "Using jinja2 templates with autoescape=False is dangerous and can lead to XSS. Use autoescape=True or use the select_autoescape function to mitigate XSS vulnerabilities."

// firstKeyword returns the first keyword argument named name in n or any
// node inside it, in breadth-first order (Python's ast.walk).
func firstKeyword(n ast.Node, name string) *ast.Keyword {
	queue := []ast.Node{n}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if k, ok := cur.(*ast.Keyword); ok && k.Arg.Name == name {
			return k
		}
		ast.Children(cur, func(c ast.Node) { queue = append(queue, c) })
	}
	return nil
}
