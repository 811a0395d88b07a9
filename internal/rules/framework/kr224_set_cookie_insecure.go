package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// webFrameworks are the packages whose responses have set_cookie with
// secure, httponly and samesite parameters that default to off.
var webFrameworks = []string{"flask", "werkzeug", "django", "starlette", "fastapi", "quart", "aiohttp", "bottle", "tornado"}

// KR224 reports response.set_cookie(...) without secure, httponly or
// samesite.
var KR224 = &analysis.Rule{
	ID:    "KR224",
	Name:  "set_cookie_insecure",
	Title: "Cookie set without Secure, HttpOnly or SameSite",
	Why: "Flask, Werkzeug, Django, aiohttp, Bottle and Tornado set cookies without Secure, HttpOnly and SameSite " +
		"unless asked. A cookie without Secure also travels over plain HTTP, where it can be copied; one without " +
		"HttpOnly can be read by injected scripts; one without SameSite rides along with cross-site requests, " +
		"which is what CSRF needs.",
	Bad:  "from flask import make_response, redirect\n\nresp = make_response(redirect(\"/\"))\nresp.set_cookie(\"session_token\", token)",
	Good: "from flask import make_response, redirect\n\nresp = make_response(redirect(\"/\"))\nresp.set_cookie(\"session_token\", token, secure=True, httponly=True, samesite=\"Lax\")",
	Notes: "Reported for set_cookie and set_signed_cookie calls in modules that import one of those frameworks, " +
		"when secure is missing or False, httponly is missing, or samesite is missing or None. httponly=False " +
		"written out is taken as deliberate (a cookie the page's scripts must read) and not reported. Starlette and " +
		"FastAPI default samesite to \"lax\", so a missing samesite is not reported in modules that import only them. " +
		"Cookies being deleted (max_age=0, expires=0), calls with **kwargs, test clients (client.set_cookie) and " +
		"test files are skipped. Confidence is high for cookies whose name says session, token or auth, low for " +
		"other literal names (a language or theme preference), medium when the name is not known.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        614,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("set_cookie", "set_signed_cookie"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		a, ok := c.Func.(*ast.Attribute)
		if !ok || len(c.Args)+len(c.Keywords) == 0 || ruleutil.HasUnpacking(c) || ruleutil.IsTestPath(p.Path) {
			return nil
		}
		if strings.Contains(strings.ToLower(ruleutil.LastName(p, a.Value)), "client") {
			return nil
		}
		if !ruleutil.ImportsAny(p, webFrameworks...) {
			return nil
		}
		s := p.Scope()
		for _, kw := range []string{"max_age", "expires"} {
			if k := semantic.CallKeyword(c, kw); k != nil {
				if v, ok := p.Model.ConstInt(s, k.Value); ok && v <= 0 {
					return nil
				}
			}
		}
		var missing []string
		secureOff := false
		if k := semantic.CallKeyword(c, "secure"); k == nil {
			missing = append(missing, "secure=True")
		} else if v, ok := p.Model.ConstBool(s, k.Value); ok && !v {
			missing = append(missing, "secure=True")
			secureOff = true
		}
		if semantic.CallKeyword(c, "httponly") == nil {
			missing = append(missing, "httponly=True")
		}
		if k := semantic.CallKeyword(c, "samesite"); k == nil {
			if !ruleutil.ImportsAny(p, "starlette", "fastapi") || ruleutil.ImportsAny(p, "flask", "werkzeug", "django", "quart", "aiohttp", "bottle", "tornado") {
				missing = append(missing, "samesite")
			}
		} else if v, ok := p.Model.ConstString(s, k.Value); ok && strings.EqualFold(v, "none") || ruleutil.IsNone(p, s, k.Value) {
			missing = append(missing, "a samesite other than None")
		}
		if len(missing) == 0 {
			return nil
		}
		conf := analysis.Medium
		name := ""
		if len(c.Args) > 0 {
			if v, ok := p.Model.ConstString(s, c.Args[0]); ok {
				name = v
				conf = analysis.Low
				ws := ruleutil.Words(v)
				if ruleutil.ClassifyWords(ws) != ruleutil.NotSecret || ruleutil.HasWord(ws, "session", "sessionid", "sid", "auth", "jwt", "remember", "login", "csrf", "xsrf") {
					conf = analysis.High
				}
			}
		}
		what := "The cookie"
		if name != "" {
			what = "Cookie " + quote(name)
		}
		msg := what + " is set without " + list(missing) + ": it can travel over plain HTTP, be read by scripts, or be sent with cross-site requests."
		if secureOff {
			msg = what + " is set with secure=False"
			if len(missing) > 1 {
				msg += " and without " + list(missing[1:])
			}
			msg += ": it also travels over plain HTTP, where it can be copied."
		}
		p.Report(analysis.Finding{Span: c.Span(), Confidence: conf, Message: msg})
		return nil
	},
}
