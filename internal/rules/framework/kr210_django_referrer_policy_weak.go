package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// weakReferrer are Referrer-Policy values that send full URLs to other
// sites.
var weakReferrer = map[string]bool{"unsafe-url": true, "no-referrer-when-downgrade": true}

// KR210 reports SECURE_REFERRER_POLICY unset, None or leaking.
var KR210 = &analysis.Rule{
	ID:    "KR210",
	Name:  "django_referrer_policy_weak",
	Title: "Django SECURE_REFERRER_POLICY unset, None, or sending full URLs to other sites",
	Why: "The Referer header tells the next site where the user came from. Full URLs can carry secrets — password " +
		"reset tokens, session ids in query strings, private document paths — and unsafe-url or " +
		"no-referrer-when-downgrade send them to every site a page links to or loads from.",
	Bad:  "SECURE_REFERRER_POLICY = \"unsafe-url\"",
	Good: "SECURE_REFERRER_POLICY = \"same-origin\"  # or \"strict-origin-when-cross-origin\"",
	Notes: "Django's security.W022. Reported in Django settings that are not for development when the setting is " +
		"None, or lists unsafe-url or no-referrer-when-downgrade; and, once per complete production settings module, " +
		"when it is unset. Django 3.1 and later default to same-origin, so the unset case is reported with low " +
		"severity and confidence: setting it explicitly documents the policy and protects projects on older Django.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        200,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		if !m.set("SECURE_REFERRER_POLICY") {
			if m.checksMissing() {
				if at := m.anchor(); at != nil {
					p.Report(analysis.Finding{Span: at.Span(), Severity: analysis.Low, Confidence: analysis.Low,
						Message: "SECURE_REFERRER_POLICY is not set: say which Referrer-Policy the site sends (Django 3.1+ sends same-origin; older versions send none)."})
				}
			}
			return nil
		}
		a := m.final("SECURE_REFERRER_POLICY")
		if a == nil || a.value == nil {
			return nil
		}
		e, fallback := effective(a.value)
		conf := confidenceFor(m, fallback, analysis.High)
		if c, ok := e.(*ast.Constant); ok && c.Value.Kind == ast.NoneValue {
			p.Report(analysis.Finding{Span: e.Span(), Confidence: conf,
				Message: "SECURE_REFERRER_POLICY is None: Django sends no Referrer-Policy header, and browsers may send full URLs to other sites."})
			return nil
		}
		var values []string
		if s, ok := p.Model.ConstString(p.Scope(), e); ok {
			values = strings.Split(s, ",")
		} else if elts, _, ok := strElts(p, p.Scope(), e); ok {
			values = elts
		}
		for _, v := range values {
			if v = strings.ToLower(strings.TrimSpace(v)); weakReferrer[v] {
				p.Report(analysis.Finding{Span: e.Span(), Confidence: conf,
					Message: "SECURE_REFERRER_POLICY is " + quote(v) + ": full URLs, with any tokens in them, are sent to other sites."})
				return nil
			}
		}
		return nil
	},
}
