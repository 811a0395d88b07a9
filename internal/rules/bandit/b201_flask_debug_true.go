package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B201 reports Flask applications run with debug=True.
var B201 = &analysis.Rule{
	ID:    "B201",
	Name:  "flask_debug_true",
	Title: "Flask application run with debug=True",
	Why: "Flask's debug mode serves the Werkzeug debugger, whose console runs any Python code a visitor types. " +
		"Reachable from a network, it hands the server to anyone.",
	Bad:  "app = Flask(__name__)\napp.run(debug=True)",
	Good: "app = Flask(__name__)\napp.run(debug=os.environ.get(\"FLASK_DEBUG\") == \"1\")",
	Notes: "As in Bandit: a module that imports something named like flask, and a call of a method named run " +
		"with debug=True.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        94,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("run"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if strings.HasSuffix(c.text, ".run") && c.kwIsStr("debug", "True") && importedLike(p, "flask") {
			c.reportAt(p, "debug", "A Flask app appears to be run with debug=True, which exposes the Werkzeug debugger and allows the execution of arbitrary code.", 0, 0)
		}
		return nil
	},
}
