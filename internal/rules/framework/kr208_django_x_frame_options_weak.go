package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR208 reports X_FRAME_OPTIONS other than DENY or SAMEORIGIN.
var KR208 = &analysis.Rule{
	ID:    "KR208",
	Name:  "django_x_frame_options_weak",
	Title: "Django X_FRAME_OPTIONS neither DENY nor SAMEORIGIN",
	Why: "X-Frame-Options stops other sites from framing the pages, which is how clickjacking tricks a user into " +
		"clicking a button they cannot see. Browsers ignore values other than DENY and SAMEORIGIN (ALLOW-FROM is " +
		"obsolete), so such a value leaves the site frameable.",
	Bad:  "X_FRAME_OPTIONS = \"ALLOWALL\"",
	Good: "X_FRAME_OPTIONS = \"DENY\"  # Django's default since 3.0\n# pages meant to be embedded: @xframe_options_sameorigin, or CSP frame-ancestors",
	Notes: "Reported in Django settings that are not for development, for a string value other than DENY or " +
		"SAMEORIGIN (any case).",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        1021,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		a := m.final("X_FRAME_OPTIONS")
		if a == nil || a.value == nil {
			return nil
		}
		e, fallback := effective(a.value)
		v, ok := p.Model.ConstString(p.Scope(), e)
		if !ok {
			return nil
		}
		switch strings.ToUpper(strings.TrimSpace(v)) {
		case "DENY", "SAMEORIGIN":
			return nil
		}
		p.Report(analysis.Finding{Span: e.Span(), Confidence: confidenceFor(m, fallback, analysis.High),
			Message: "X_FRAME_OPTIONS is " + quote(v) + ": browsers only honour DENY and SAMEORIGIN, so other sites can frame the pages (clickjacking)."})
		return nil
	},
}

func quote(s string) string { return "\"" + s + "\"" }
