package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR209 reports SECURE_CONTENT_TYPE_NOSNIFF = False.
var KR209 = &analysis.Rule{
	ID:    "KR209",
	Name:  "django_nosniff_off",
	Title: "Django SECURE_CONTENT_TYPE_NOSNIFF turned off",
	Why: "Without X-Content-Type-Options: nosniff, a browser may guess a response's type from its content: an " +
		"uploaded file served as text or an image can be run as HTML or JavaScript, turning an upload into " +
		"cross-site scripting.",
	Bad:  "SECURE_CONTENT_TYPE_NOSNIFF = False",
	Good: "# Django's default since 3.0 is True: leave the setting out, or\nSECURE_CONTENT_TYPE_NOSNIFF = True",
	Notes: "Django's security.W006. Reported in Django settings that are not for development when the setting is " +
		"False; unset is fine on Django 3.0 and later, whose default is True.",
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
		if st, a, fallback := boolState(p, m, "SECURE_CONTENT_TYPE_NOSNIFF"); st == settingOff {
			p.Report(analysis.Finding{Span: a.target.Span(), Confidence: confidenceFor(m, fallback, analysis.High),
				Message: "SECURE_CONTENT_TYPE_NOSNIFF is False: browsers may run uploaded or user content as HTML or JavaScript."})
		}
		return nil
	},
}
