package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// weakHashers are Django password hashers that are fast or unsalted.
var weakHashers = map[string]string{
	"MD5PasswordHasher":          "salted MD5",
	"SHA1PasswordHasher":         "salted SHA-1",
	"UnsaltedMD5PasswordHasher":  "unsalted MD5",
	"UnsaltedSHA1PasswordHasher": "unsalted SHA-1",
	"CryptPasswordHasher":        "crypt(3) DES",
}

// KR211 reports PASSWORD_HASHERS led by a fast or unsalted hasher.
var KR211 = &analysis.Rule{
	ID:    "KR211",
	Name:  "django_weak_password_hasher",
	Title: "Django PASSWORD_HASHERS led by MD5, SHA-1, an unsalted or crypt hasher",
	Why: "Django hashes new passwords with the first hasher of PASSWORD_HASHERS. MD5 and SHA-1 hashers compute " +
		"billions of guesses a second on a GPU, and unsalted ones fall to precomputed tables: a leaked user table " +
		"gives up most passwords in hours.",
	Bad:  "PASSWORD_HASHERS = [\n    \"django.contrib.auth.hashers.MD5PasswordHasher\",\n    \"django.contrib.auth.hashers.PBKDF2PasswordHasher\",\n]",
	Good: "PASSWORD_HASHERS = [\n    \"django.contrib.auth.hashers.Argon2PasswordHasher\",\n    \"django.contrib.auth.hashers.PBKDF2PasswordHasher\",\n    \"django.contrib.auth.hashers.MD5PasswordHasher\",  # only to verify, and upgrade, old hashes\n]",
	Notes: "Only the first entry hashes new passwords: weak hashers later in the list only verify old hashes, which " +
		"Django then upgrades, and are not reported. Test settings that use MD5PasswordHasher for speed are fine " +
		"(development and test settings are skipped).",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        916,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		a := m.final("PASSWORD_HASHERS")
		if a == nil || a.value == nil {
			return nil
		}
		var first ast.Expr
		switch l := a.value.(type) {
		case *ast.List:
			if len(l.Elts) > 0 {
				first = l.Elts[0]
			}
		case *ast.Tuple:
			if len(l.Elts) > 0 {
				first = l.Elts[0]
			}
		}
		if first == nil {
			return nil
		}
		s, ok := p.Model.ConstString(p.Scope(), first)
		if !ok {
			return nil
		}
		if what, weak := weakHashers[shortName(strings.TrimSpace(s))]; weak {
			p.Report(analysis.Finding{Span: first.Span(), Confidence: confidenceFor(m, false, analysis.High),
				Message: "PASSWORD_HASHERS starts with " + shortName(s) + ": new passwords are stored as " + what + ", which GPUs guess at billions a second."})
		}
		return nil
	},
}
