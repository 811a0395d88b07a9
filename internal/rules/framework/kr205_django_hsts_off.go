package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR205 reports HSTS off in Django settings, and HSTS without
// includeSubDomains or preload.
var KR205 = &analysis.Rule{
	ID:    "KR205",
	Name:  "django_hsts_off",
	Title: "Django does not send Strict-Transport-Security (SECURE_HSTS_SECONDS), or sends it without subdomains or preload",
	Why: "HTTP Strict Transport Security tells browsers to use HTTPS only for the site. Without it the first request a " +
		"browser makes — a typed address, an old http:// link — goes in clear text, where an attacker can strip TLS " +
		"from the whole session. Without includeSubDomains a subdomain can set cookies for the site over plain HTTP.",
	Bad:  "SECURE_HSTS_SECONDS = 0",
	Good: "SECURE_HSTS_SECONDS = 31536000  # one year; start lower while testing\nSECURE_HSTS_INCLUDE_SUBDOMAINS = True\nSECURE_HSTS_PRELOAD = True",
	Notes: "Django's security.W004, W005 and W021. SECURE_HSTS_SECONDS = 0 (or an environment lookup defaulting to " +
		"0) is reported in Django settings that are not for development, and an unset SECURE_HSTS_SECONDS once per " +
		"complete production settings module. When HSTS is on, SECURE_HSTS_INCLUDE_SUBDOMAINS and " +
		"SECURE_HSTS_PRELOAD set to False, or left unset in complete production settings, are reported with low " +
		"severity: preloading is a commitment (the site must serve HTTPS on every subdomain for good), so weigh it " +
		"before turning it on.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        319,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		on := false
		switch {
		case !m.set("SECURE_HSTS_SECONDS"):
			if m.checksMissing() {
				if at := m.anchor(); at != nil {
					p.Reportf(at, "SECURE_HSTS_SECONDS is not set: Django sends no Strict-Transport-Security header, so browsers may still connect over plain HTTP.")
				}
			}
			return nil
		default:
			a := m.final("SECURE_HSTS_SECONDS")
			if a == nil || a.value == nil {
				on = true // set in a branch or from the environment: take it as on
				break
			}
			e, fallback := effective(a.value)
			if v, ok := p.Model.ConstInt(p.Scope(), e); ok && v <= 0 {
				msg := "SECURE_HSTS_SECONDS is 0: Django sends no Strict-Transport-Security header, so browsers may still connect over plain HTTP."
				if fallback {
					msg = "SECURE_HSTS_SECONDS defaults to 0 when the environment does not set it: no Strict-Transport-Security header is sent."
				}
				p.Report(analysis.Finding{Span: a.target.Span(), Message: msg, Confidence: confidenceFor(m, fallback, analysis.Medium)})
				return nil
			}
			on = true
		}
		if !on {
			return nil
		}
		var missing []string
		for _, name := range []string{"SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD"} {
			st, a, fallback := boolState(p, m, name)
			switch st {
			case settingOff:
				p.Report(analysis.Finding{Span: a.target.Span(), Severity: analysis.Low,
					Confidence: confidenceFor(m, fallback, analysis.Medium),
					Message:    name + " is off: the Strict-Transport-Security header " + hstsPart(name) + "."})
			case settingUnset:
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 && m.checksMissing() {
			if at := m.anchor("SECURE_HSTS_SECONDS"); at != nil {
				p.Report(analysis.Finding{Span: at.Span(), Severity: analysis.Low,
					Message: "HSTS is on but " + list(missing) + " " + are(missing) + " not set (Django's default is False): the header " + hstsPart(missing[0]) + "."})
			}
		}
		return nil
	},
}

func hstsPart(name string) string {
	if name == "SECURE_HSTS_PRELOAD" {
		return "does not ask to be preloaded, so a browser's first visit is unprotected"
	}
	return "does not cover subdomains, which can then set cookies for the site over plain HTTP"
}
