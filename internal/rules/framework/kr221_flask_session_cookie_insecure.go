package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// KR221 reports Flask session cookies configured without Secure,
// HttpOnly or SameSite.
var KR221 = &analysis.Rule{
	ID:    "KR221",
	Name:  "flask_session_cookie_insecure",
	Title: "Flask session cookie without Secure, HttpOnly or SameSite",
	Why: "Flask keeps the whole session in a cookie. Without Secure (Flask's default) the cookie also travels over " +
		"plain HTTP, where it can be copied and replayed; without HttpOnly an injected script can read it; without " +
		"SameSite (Flask's default) it is sent with cross-site requests, which is what CSRF exploits.",
	Bad:  "from flask import Flask\n\napp = Flask(__name__)\napp.config.update(\n    SESSION_COOKIE_SECURE=False,\n    PERMANENT_SESSION_LIFETIME=timedelta(days=30),\n)",
	Good: "from flask import Flask\n\napp = Flask(__name__)\napp.config.update(\n    SESSION_COOKIE_SECURE=True,\n    SESSION_COOKIE_HTTPONLY=True,\n    SESSION_COOKIE_SAMESITE=\"Lax\",\n    PERMANENT_SESSION_LIFETIME=timedelta(days=30),\n)",
	Notes: "Explicit values are reported wherever Flask configuration is set (app.config[…], app.config.update, " +
		"configuration classes, configuration modules): SESSION_COOKIE_SECURE or REMEMBER_COOKIE_SECURE False, " +
		"SESSION_COOKIE_HTTPONLY or REMEMBER_COOKIE_HTTPONLY False, SESSION_COOKIE_SAMESITE None or \"None\". " +
		"Flask's insecure defaults (Secure off, SameSite unset) are reported once per configuration when it sets " +
		"other session options (SESSION_COOKIE_*, PERMANENT_SESSION_LIFETIME, SESSION_TYPE…) but not these: the " +
		"app's authors thought about the session cookie and missed them. Development and test configurations, and " +
		"settings under an if, are skipped; a configuration class that inherits from a class defined in another " +
		"file is only checked for explicit values.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        614,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		groups := ruleutil.FlaskConfig(p)
		if len(groups) == 0 || settingsOf(p).isSettings {
			return nil
		}
		for _, g := range groups {
			if g.Role == ruleutil.Development {
				continue
			}
			var first *ruleutil.Setting
			for _, s := range g.Settings {
				if isSessionOption(s.Key) && first == nil {
					first = s
				}
				if s.Conditional {
					continue
				}
				switch s.Key {
				case "SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE":
					if v, fb, ok := boolValue(p, s.Scope, s.Value); ok && !v {
						p.Report(analysis.Finding{Span: s.Node.Span(), Confidence: level(fb),
							Message: s.Key + " is False: the cookie is also sent over plain HTTP, where it can be copied."})
					}
				case "SESSION_COOKIE_HTTPONLY", "REMEMBER_COOKIE_HTTPONLY":
					if v, fb, ok := boolValue(p, s.Scope, s.Value); ok && !v {
						p.Report(analysis.Finding{Span: s.Node.Span(), Confidence: level(fb),
							Message: s.Key + " is False: scripts on the page, injected ones included, can read the cookie."})
					}
				case "SESSION_COOKIE_SAMESITE", "REMEMBER_COOKIE_SAMESITE":
					e, fb := effective(s.Value)
					str, isStr := p.Model.ConstString(s.Scope, e)
					if isStr && strings.EqualFold(str, "none") || ruleutil.IsNone(p, s.Scope, e) {
						p.Report(analysis.Finding{Span: s.Node.Span(), Confidence: level(fb),
							Message: s.Key + " is None: the cookie is sent with cross-site requests, without the browser's CSRF protection."})
					}
				}
			}
			if g.Role != ruleutil.Production || !g.Complete {
				continue
			}
			at := ast.Node(nil)
			if first != nil {
				at = first.Node
			} else if cd, ok := g.Node.(*ast.ClassDef); ok {
				// Session options inherited: report on the class that uses them.
				for _, s := range g.All() {
					if isSessionOption(s.Key) {
						at = cd.Name
						break
					}
				}
			}
			if at == nil {
				continue
			}
			var missing []string
			if g.Lookup("SESSION_COOKIE_SECURE") == nil {
				missing = append(missing, "SESSION_COOKIE_SECURE (Flask's default is False)")
			}
			if g.Lookup("SESSION_COOKIE_SAMESITE") == nil {
				missing = append(missing, "SESSION_COOKIE_SAMESITE (Flask's default is None)")
			}
			if len(missing) > 0 {
				p.Report(analysis.Finding{Span: at.Span(), Confidence: analysis.Medium,
					Message: "The session cookie is configured but " + list(missing) + " " + are(missing) + " not set: the cookie goes over plain HTTP and with cross-site requests."})
			}
		}
		return nil
	},
}

// isSessionOption reports whether a Flask configuration key configures
// the session.
func isSessionOption(key string) bool {
	return strings.HasPrefix(key, "SESSION_") || key == "PERMANENT_SESSION_LIFETIME"
}

// level is high confidence for a value, medium for a fallback.
func level(fallback bool) analysis.Level {
	if fallback {
		return analysis.Medium
	}
	return analysis.High
}
