package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

var (
	httpVerbs  = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true, "delete": true}
	httpxAttrs = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true, "delete": true,
		"request": true, "stream": true, "Client": true, "AsyncClient": true}
)

// httpCallees lists the request functions of requests and httpx.
func httpCallees(any) []string {
	var names []string
	for n := range httpxAttrs {
		names = append(names, n)
	}
	return names
}

// httpClient returns "requests" or "httpx" when the call is one of their
// request functions (for httpx also request, stream and the clients).
func httpClient(c *call) string {
	root := c.qual
	if i := strings.IndexByte(root, '.'); i >= 0 {
		root = root[:i]
	}
	switch {
	case root == "requests" && httpVerbs[c.name]:
		return "requests"
	case root == "httpx" && httpxAttrs[c.name]:
		return "httpx"
	}
	return ""
}

// B113 reports HTTP requests without a timeout.
var B113 = &analysis.Rule{
	ID:    "B113",
	Name:  "request_without_timeout",
	Title: "HTTP request without a timeout",
	Why: "requests waits forever by default. A slow or malicious server can hold the calling thread, " +
		"and enough such calls exhaust the workers (denial of service).",
	Bad:  "import requests\nr = requests.get(url)",
	Good: "import requests\nr = requests.get(url, timeout=10)",
	Notes: "requests calls without timeout=, and requests or httpx calls with timeout=None. As in Bandit, a timeout given " +
		"as a call or subscript (timeout=settings()) counts as missing, and a **kwargs that may hold one is not looked into.",
	Severity:   analysis.Medium,
	Confidence: analysis.Low,
	CWE:        400,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    httpCallees,
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		lib := httpClient(c)
		if lib == "" {
			return nil
		}
		if lib == "requests" && c.kwValue("timeout").kind == litNil {
			c.report(p, "Call to requests without timeout", 0, 0)
			return nil
		}
		if c.kwIsStr("timeout", "None") {
			c.report(p, "Call to "+lib+" with timeout set to None", 0, 0)
		}
		return nil
	},
}
