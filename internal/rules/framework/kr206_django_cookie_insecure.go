package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR206 reports session and CSRF cookies without Secure, a session cookie
// readable from JavaScript, and SameSite=None.
var KR206 = &analysis.Rule{
	ID:    "KR206",
	Name:  "django_cookie_insecure",
	Title: "Django session or CSRF cookie sent without Secure, without HttpOnly, or with SameSite=None",
	Why: "A session cookie without Secure is sent over plain HTTP too, where anyone on the network can copy it and " +
		"take over the session; the same holds for the CSRF cookie. A session cookie without HttpOnly can be read by " +
		"any script an XSS flaw injects. SameSite=None sends the cookies with cross-site requests, giving up the " +
		"browser's protection against cross-site request forgery.",
	Bad:  "SESSION_COOKIE_SECURE = False\nSESSION_COOKIE_HTTPONLY = False",
	Good: "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n# SESSION_COOKIE_HTTPONLY is True by default; leave it",
	Notes: "Django's security.W010, W012 and W016. In Django settings that are not for development: " +
		"SESSION_COOKIE_SECURE or CSRF_COOKIE_SECURE set to False, SESSION_COOKIE_HTTPONLY set to False, and " +
		"SESSION_COOKIE_SAMESITE or CSRF_COOKIE_SAMESITE set to None or \"None\". In complete production settings, " +
		"SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE left unset (Django's default is False) are reported once per " +
		"module. CSRF_COOKIE_HTTPONLY is not checked: Django's documentation explains it adds little.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        614,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		reportOff(p, m, []string{"SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"},
			func(name string, fallback bool) string {
				if fallback {
					return name + " defaults to False when the environment does not set it: the cookie is also sent over plain HTTP."
				}
				return name + " is False: the cookie is also sent over plain HTTP, where it can be copied."
			},
			func(names []string) string {
				return list(names) + " " + are(names) + " not set (Django's default is False): the cookies are also sent over plain HTTP, where they can be copied."
			})
		if st, a, fallback := boolState(p, m, "SESSION_COOKIE_HTTPONLY"); st == settingOff {
			p.Report(analysis.Finding{Span: a.target.Span(), Confidence: confidenceFor(m, fallback, analysis.High),
				Message: "SESSION_COOKIE_HTTPONLY is False: scripts on the page, injected ones included, can read the session cookie."})
		}
		for _, name := range []string{"SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE"} {
			a := m.final(name)
			if a == nil || a.value == nil {
				continue
			}
			e, fallback := effective(a.value)
			s, isStr := p.Model.ConstString(p.Scope(), e)
			c, isConst := e.(*ast.Constant)
			if isStr && s == "None" || isConst && c.Value.Kind == ast.NoneValue {
				p.Report(analysis.Finding{Span: a.target.Span(), Severity: analysis.Low, Confidence: confidenceFor(m, fallback, analysis.High),
					Message: name + " is None: the cookie is sent with cross-site requests, without the browser's CSRF protection."})
			}
		}
		return nil
	},
}
