package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B501 reports requests and httpx calls with verify=False.
var B501 = &analysis.Rule{
	ID:    "B501",
	Name:  "request_with_no_cert_validation",
	Title: "HTTPS request without certificate verification",
	Why: "verify=False accepts any certificate, so anyone on the network path can impersonate the server, " +
		"read the traffic and change it.",
	Bad:        "import requests\nr = requests.get(url, verify=False)",
	Good:       "import requests\nr = requests.get(url, verify=\"/etc/ssl/certs/internal-ca.pem\")",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        295,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    httpCallees,
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if lib := httpClient(c); lib != "" && c.kwIsStr("verify", "False") {
			c.reportAt(p, "verify", "Call to "+lib+" with verify=False disabling SSL certificate checks, security issue.", 0, 0)
		}
		return nil
	},
}
