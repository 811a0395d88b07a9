package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// cspMiddleware are the middleware that send a Content-Security-Policy:
// Django 6.0's own and django-csp's.
var cspMiddleware = []string{"django.middleware.csp.ContentSecurityPolicyMiddleware", "csp.middleware.CSPMiddleware"}

// KR213 reports production Django settings without a content security
// policy.
var KR213 = &analysis.Rule{
	ID:    "KR213",
	Name:  "django_csp_missing",
	Title: "Django settings configure no Content-Security-Policy",
	Why: "A content security policy tells the browser which scripts, styles and frames a page may load. It is the " +
		"second line of defence against cross-site scripting: an injected <script> or inline handler does not run " +
		"under a policy without 'unsafe-inline'. Django sends none unless configured.",
	Bad:  "MIDDLEWARE = [\n    \"django.middleware.security.SecurityMiddleware\",\n    # ... no CSP middleware\n]",
	Good: "# Django 6.0+\nfrom django.utils.csp import CSP\nMIDDLEWARE = [..., \"django.middleware.csp.ContentSecurityPolicyMiddleware\"]\nSECURE_CSP = {\"default-src\": [CSP.SELF], \"script-src\": [CSP.SELF, CSP.NONCE]}\n# older Django: django-csp's \"csp.middleware.CSPMiddleware\" and CONTENT_SECURITY_POLICY",
	Notes: "Reported once per complete production settings module, on MIDDLEWARE, when the MIDDLEWARE list is written " +
		"out in the module, holds neither Django 6.0's ContentSecurityPolicyMiddleware nor django-csp's CSPMiddleware, " +
		"and no SECURE_CSP, CONTENT_SECURITY_POLICY or CSP_* setting is assigned. A policy set by a proxy or CDN is " +
		"invisible to krait: suppress the finding with a note saying where it is set.",
	Severity:   analysis.Low,
	Confidence: analysis.Medium,
	CWE:        693,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksMissing() {
			return nil
		}
		mw, a := middleware(p, m)
		if a == nil {
			return nil
		}
		for _, c := range cspMiddleware {
			if mw[c] {
				return nil
			}
		}
		for _, s := range m.assigns {
			if s.name == "SECURE_CSP" || s.name == "SECURE_CSP_REPORT_ONLY" || s.name == "CONTENT_SECURITY_POLICY" ||
				s.name == "CONTENT_SECURITY_POLICY_REPORT_ONLY" || strings.HasPrefix(s.name, "CSP_") {
				return nil
			}
		}
		p.Reportf(a.target, "No Content-Security-Policy is configured (no CSP middleware in %s, no SECURE_CSP): injected scripts run unhindered.", a.name)
		return nil
	},
}
