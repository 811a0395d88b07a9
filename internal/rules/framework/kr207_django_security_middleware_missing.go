package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// securityMiddleware are the middleware KR207 expects, with what each
// protects.
var securityMiddleware = []struct{ path, does string }{
	{"django.middleware.security.SecurityMiddleware", "HTTPS redirects, HSTS and the other security headers"},
	{"django.middleware.csrf.CsrfViewMiddleware", "CSRF protection"},
	{"django.middleware.clickjacking.XFrameOptionsMiddleware", "the X-Frame-Options header against clickjacking"},
}

// KR207 reports Django's security middleware missing from MIDDLEWARE.
var KR207 = &analysis.Rule{
	ID:    "KR207",
	Name:  "django_security_middleware_missing",
	Title: "Django MIDDLEWARE lacks SecurityMiddleware, CsrfViewMiddleware or XFrameOptionsMiddleware",
	Why: "These middleware implement most of Django's built-in protections: SecurityMiddleware the HTTPS redirect, " +
		"HSTS and the nosniff and referrer headers (every SECURE_* setting does nothing without it), " +
		"CsrfViewMiddleware the CSRF check of every POST, XFrameOptionsMiddleware the X-Frame-Options header. " +
		"Removing one silently turns its protection off for the whole site.",
	Bad:  "MIDDLEWARE = [\n    \"django.contrib.sessions.middleware.SessionMiddleware\",\n    \"django.middleware.common.CommonMiddleware\",\n    \"django.contrib.auth.middleware.AuthenticationMiddleware\",\n]",
	Good: "MIDDLEWARE = [\n    \"django.middleware.security.SecurityMiddleware\",\n    \"django.contrib.sessions.middleware.SessionMiddleware\",\n    \"django.middleware.common.CommonMiddleware\",\n    \"django.middleware.csrf.CsrfViewMiddleware\",\n    \"django.contrib.auth.middleware.AuthenticationMiddleware\",\n    \"django.middleware.clickjacking.XFrameOptionsMiddleware\",\n]",
	Notes: "Django's security.W001, W002 and W003. Reported once, on the MIDDLEWARE assignment (or MIDDLEWARE_CLASSES " +
		"of old projects), in Django settings that are not for development, when the list is written out in the module " +
		"as string literals and not changed in place elsewhere in it (MIDDLEWARE += […], MIDDLEWARE.insert(…)).",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        693,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		mw, a := middleware(p, m)
		if a == nil {
			return nil
		}
		var missing []string
		var does []string
		for _, s := range securityMiddleware {
			if !mw[s.path] {
				missing = append(missing, shortName(s.path))
				does = append(does, s.does)
			}
		}
		if len(missing) > 0 {
			p.Report(analysis.Finding{Span: a.target.Span(), Confidence: confidenceFor(m, false, analysis.High),
				Message: a.name + " lacks " + list(missing) + ": the site runs without " + list(does) + "."})
		}
		return nil
	},
}

// middleware returns the middleware a module's MIDDLEWARE (or
// MIDDLEWARE_CLASSES) lists, when it is a literal list not changed in
// place, and the assignment.
func middleware(p *analysis.Pass, m *settingsModule) (map[string]bool, *djSetting) {
	for _, name := range []string{"MIDDLEWARE", "MIDDLEWARE_CLASSES"} {
		a := m.final(name)
		if a == nil || a.value == nil {
			continue
		}
		elts, _, ok := strElts(p, p.Scope(), a.value)
		if !ok {
			return nil, nil
		}
		set := make(map[string]bool, len(elts))
		for _, e := range elts {
			set[e] = true
		}
		return set, a
	}
	return nil, nil
}

// shortName returns the class name of a dotted path.
func shortName(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}
