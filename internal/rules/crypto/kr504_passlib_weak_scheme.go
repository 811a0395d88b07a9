package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// weakSchemes are passlib schemes unfit to hash new passwords: fast,
// unsalted, reversible, or plaintext.
var weakSchemes = map[string]bool{
	"md5_crypt": true, "apr_md5_crypt": true, "sun_md5_crypt": true, "des_crypt": true, "bsdi_crypt": true,
	"bigcrypt": true, "crypt16": true, "hex_md4": true, "hex_md5": true, "hex_sha1": true, "hex_sha256": true,
	"hex_sha512": true, "ldap_md5": true, "ldap_sha1": true, "ldap_salted_md5": true, "ldap_salted_sha1": true,
	"ldap_salted_sha256": true, "ldap_salted_sha512": true, "ldap_hex_md5": true, "ldap_hex_sha1": true,
	"ldap_plaintext": true, "plaintext": true, "roundup_plaintext": true, "mysql323": true, "mysql41": true,
	"postgres_md5": true, "oracle10": true, "oracle11": true, "lmhash": true, "nthash": true, "msdcc": true,
	"msdcc2": true, "cisco_pix": true, "cisco_asa": true, "cisco_type7": true, "htdigest": true,
	"django_salted_md5": true, "django_salted_sha1": true, "django_des_crypt": true, "fshp": true,
	"atlassian_pbkdf2_sha1": true, "ldap_des_crypt": true, "ldap_md5_crypt": true, "ldap_bsdi_crypt": true,
}

// KR504 reports passlib hashing new passwords with a weak scheme.
var KR504 = &analysis.Rule{
	ID:    "KR504",
	Name:  "passlib_weak_scheme",
	Title: "passlib hashes new passwords with a weak scheme (md5_crypt, ldap_sha1, plaintext, …)",
	Why: "A passlib CryptContext hashes new passwords with its default scheme: the one named by default=, or else " +
		"the first of schemes. Schemes like md5_crypt, des_crypt, ldap_salted_sha1 or mysql41 are fast or unsalted " +
		"and fall to a GPU; plaintext schemes store the password itself.",
	Bad:  "from passlib.context import CryptContext\npwd_context = CryptContext(schemes=[\"md5_crypt\", \"bcrypt\"])",
	Good: "from passlib.context import CryptContext\npwd_context = CryptContext(schemes=[\"argon2\", \"bcrypt\", \"md5_crypt\"], deprecated=\"auto\")  # md5_crypt only verifies old hashes",
	Notes: "Reported for CryptContext(schemes=[…], default=…) whose default scheme is weak, and for hashing with a " +
		"weak scheme directly (passlib.hash.md5_crypt.hash(…), .encrypt(…), .using(…)). Weak schemes later in the " +
		"list only verify old hashes (and, with deprecated=\"auto\", get upgraded) and are not reported.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        916,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("CryptContext", "hash", "encrypt", "using"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		s := p.Scope()
		switch f := c.Func.(type) {
		case *ast.Attribute:
			switch f.Attr.Name {
			case "hash", "encrypt", "using":
				q := ruleutil.Qual(p, f.Value)
				if scheme := strings.TrimPrefix(q, "passlib.hash."); scheme != q && weakSchemes[scheme] {
					p.Reportf(c, "Passwords are hashed with passlib's %s, a weak scheme: use argon2 or bcrypt.", scheme)
				}
				return nil
			}
		}
		switch ruleutil.Qual(p, c.Func) {
		case "passlib.context.CryptContext", "passlib.CryptContext":
		default:
			return nil
		}
		schemes := semantic.CallArg(c, 0, "schemes")
		if schemes == nil {
			return nil
		}
		var def ast.Expr
		var name string
		if k := semantic.CallKeyword(c, "default"); k != nil {
			def = k.Value
			name, _ = ruleutil.Str(p, s, def)
		} else {
			written := schemes
			schemes, _ = ruleutil.Resolve(p, s, schemes)
			var elts []ast.Expr
			switch l := schemes.(type) {
			case *ast.List:
				elts = l.Elts
			case *ast.Tuple:
				elts = l.Elts
			}
			if len(elts) > 0 {
				def = elts[0]
				name, _ = ruleutil.Str(p, s, def)
				if written != schemes {
					def = written // SCHEMES = [...]: report where it is used
				}
			}
			if len(elts) == 0 {
				if v, ok := ruleutil.Str(p, s, schemes); ok {
					// "md5_crypt, bcrypt"
					first, _, _ := strings.Cut(v, ",")
					def, name = schemes, strings.TrimSpace(first)
				}
			}
		}
		if def != nil && weakSchemes[name] {
			p.Reportf(def, "The CryptContext hashes new passwords with %s, a weak scheme: put argon2 or bcrypt first (or set default=).", name)
		}
		return nil
	},
}
