package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B612 reports logging.config.listen without verify=.
var B612 = &analysis.Rule{
	ID:    "B612",
	Name:  "logging_config_insecure_listen",
	Title: "logging.config.listen without verification",
	Why: "logging.config.listen opens a socket that accepts logging configurations, and a configuration can name " +
		"classes and call functions: anyone who can connect runs code in the process.",
	Bad:        "import logging.config\nt = logging.config.listen(9999)",
	Good:       "import logging.config\nt = logging.config.listen(9999, verify=check_signature)",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        94,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("listen"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual == "logging.config.listen" && !c.hasKeyword("verify") {
			c.report(p, "Use of insecure logging.config.listen detected.", 0, 0)
		}
		return nil
	},
}
