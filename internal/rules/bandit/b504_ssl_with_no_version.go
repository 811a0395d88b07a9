package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B504 reports ssl.wrap_socket calls that do not choose a protocol.
var B504 = &analysis.Rule{
	ID:    "B504",
	Name:  "ssl_with_no_version",
	Title: "ssl.wrap_socket without a protocol version",
	Why: "Without ssl_version, old Pythons negotiate with the SSLv23 default, which may allow broken protocol " +
		"versions. ssl.wrap_socket is deprecated (removed in Python 3.12) in favour of SSLContext.",
	Bad:        "import ssl\nsock = ssl.wrap_socket(s)",
	Good:       "import ssl\nctx = ssl.create_default_context()\nsock = ctx.wrap_socket(s, server_hostname=host)",
	Notes:      "As in Bandit, an ssl_version= given as a call or subscript counts as missing.",
	Severity:   analysis.Low,
	Confidence: analysis.Medium,
	CWE:        327,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("wrap_socket"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual == "ssl.wrap_socket" && c.kwValue("ssl_version").kind == litNil {
			c.reportAt(p, "ssl_version", "ssl.wrap_socket call with no SSL/TLS protocol version specified, the default SSLv23 could be insecure, possible security issue.", 0, 0)
		}
		return nil
	},
}
