package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR212 reports AUTH_PASSWORD_VALIDATORS empty or unset.
var KR212 = &analysis.Rule{
	ID:    "KR212",
	Name:  "django_password_validators_empty",
	Title: "Django AUTH_PASSWORD_VALIDATORS empty or unset",
	Why: "Without password validators Django accepts any password: \"1\", \"password\", the user's own name. " +
		"Those are the first guesses of every credential-stuffing and brute-force attack.",
	Bad:  "AUTH_PASSWORD_VALIDATORS = []",
	Good: "AUTH_PASSWORD_VALIDATORS = [\n    {\"NAME\": \"django.contrib.auth.password_validation.UserAttributeSimilarityValidator\"},\n    {\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": 12}},\n    {\"NAME\": \"django.contrib.auth.password_validation.CommonPasswordValidator\"},\n    {\"NAME\": \"django.contrib.auth.password_validation.NumericPasswordValidator\"},\n]",
	Notes: "Reported in Django settings that are not for development when the setting is an empty list or tuple, " +
		"and once per complete production settings module when it is unset (Django's default is empty). A project " +
		"whose users only log in through single sign-on can suppress the finding.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        521,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		if !m.set("AUTH_PASSWORD_VALIDATORS") {
			if m.checksMissing() {
				if at := m.anchor(); at != nil {
					p.Reportf(at, "AUTH_PASSWORD_VALIDATORS is not set (Django's default is none): any password is accepted, however short or common.")
				}
			}
			return nil
		}
		if a := m.final("AUTH_PASSWORD_VALIDATORS"); a != nil && a.value != nil && isEmptySeq(a.value) {
			p.Report(analysis.Finding{Span: a.target.Span(), Confidence: confidenceFor(m, false, analysis.Medium),
				Message: "AUTH_PASSWORD_VALIDATORS is empty: any password is accepted, however short or common."})
		}
		return nil
	},
}
