package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// KR225 reports Starlette and FastAPI apps that configure middleware but
// neither TrustedHostMiddleware nor HTTPSRedirectMiddleware.
var KR225 = &analysis.Rule{
	ID:    "KR225",
	Name:  "asgi_security_middleware_missing",
	Title: "Starlette or FastAPI app configures middleware without TrustedHostMiddleware or HTTPSRedirectMiddleware",
	Why: "Starlette trusts the Host header: url_for, redirects and links in emails are built from it, so a forged " +
		"Host makes them point at an attacker's site unless TrustedHostMiddleware checks it. Without " +
		"HTTPSRedirectMiddleware (or a proxy that redirects), requests over plain HTTP are served over plain HTTP.",
	Bad:  "from fastapi import FastAPI\nfrom fastapi.middleware.gzip import GZipMiddleware\n\napp = FastAPI()\napp.add_middleware(GZipMiddleware)",
	Good: "from fastapi import FastAPI\nfrom fastapi.middleware.gzip import GZipMiddleware\nfrom fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware\nfrom fastapi.middleware.trustedhost import TrustedHostMiddleware\n\napp = FastAPI()\napp.add_middleware(HTTPSRedirectMiddleware)\napp.add_middleware(TrustedHostMiddleware, allowed_hosts=[\"api.example.com\"])\napp.add_middleware(GZipMiddleware)",
	Notes: "Reported once per module, on the first middleware it adds (app.add_middleware(…), or Middleware(…) in a " +
		"middleware=[…] list), when the module imports Starlette or FastAPI, configures middleware, and adds neither " +
		"or only one of the two; a module that configures no middleware is not reported. TrustedHostMiddleware with " +
		"allowed_hosts=[\"*\"] counts as missing. When a proxy in front of the app checks hosts and redirects to " +
		"HTTPS, suppress the finding with a note saying so. Test files are skipped.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        693,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		src := p.File.Src
		if !strings.Contains(src, "add_middleware") && !strings.Contains(src, "Middleware(") {
			return nil
		}
		if ruleutil.IsTestPath(p.Path) || !ruleutil.ImportsAny(p, "starlette", "fastapi") {
			return nil
		}
		var first ast.Node
		trusted, https := false, false
		ast.Inspect(n, func(x ast.Node) bool {
			c, ok := x.(*ast.Call)
			if !ok {
				return true
			}
			var mw ast.Expr
			switch f := c.Func.(type) {
			case *ast.Attribute:
				if f.Attr.Name == "add_middleware" && len(c.Args) > 0 {
					mw = c.Args[0]
				}
			case *ast.Name:
				if f.ID == "Middleware" && len(c.Args) > 0 {
					mw = c.Args[0]
				}
			}
			if mw == nil {
				return true
			}
			if first == nil {
				first = c
			}
			switch semantic.LastName(mw) {
			case "TrustedHostMiddleware":
				if k := semantic.CallKeyword(c, "allowed_hosts"); k == nil || !anyOrigin(p, p.Scope(), k.Value, literalOrigins) {
					trusted = true
				}
			case "HTTPSRedirectMiddleware":
				https = true
			}
			return true
		})
		if first == nil || trusted && https {
			return nil
		}
		var missing []string
		var risks []string
		if !trusted {
			missing = append(missing, "TrustedHostMiddleware")
			risks = append(risks, "a forged Host header steers the URLs the app builds")
		}
		if !https {
			missing = append(missing, "HTTPSRedirectMiddleware")
			risks = append(risks, "plain HTTP requests are served as such")
		}
		p.Reportf(first, "The app configures middleware but not %s: %s.", list(missing), strings.Join(risks, ", and "))
		return nil
	},
}
