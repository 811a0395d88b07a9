package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B506 reports yaml.load without a safe loader.
var B506 = &analysis.Rule{
	ID:    "B506",
	Name:  "yaml_load",
	Title: "yaml.load with an unsafe loader",
	Why: "PyYAML's full and unsafe loaders build arbitrary Python objects from tags in the document " +
		"(!!python/object/apply:os.system), so loading untrusted YAML runs the attacker's code.",
	Bad:  "import yaml\nconfig = yaml.load(body, Loader=yaml.Loader)",
	Good: "import yaml\nconfig = yaml.safe_load(body)",
	Notes: "A call of load in a module named yaml, unless the loader (Loader= or the second argument) is SafeLoader or " +
		"CSafeLoader. As in Bandit, the module must have run \"import yaml\": a module that only does \"from yaml " +
		"import load\" is not checked.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        20,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("load"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name != "load" || c.qual == "" || !contains(strings.Split(c.qual, "."), "yaml") || !importedExact(p, "yaml") {
			return nil
		}
		if c.kwIsStr("Loader", "SafeLoader", "CSafeLoader") {
			return nil
		}
		if a := c.argAt(1); a.isStr("SafeLoader") || a.isStr("CSafeLoader") {
			return nil
		}
		c.report(p, "Use of unsafe yaml load. Allows instantiation of arbitrary objects. Consider yaml.safe_load().", 0, 0)
		return nil
	},
}
