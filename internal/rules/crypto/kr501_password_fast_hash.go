package crypto

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// KR501 reports passwords hashed with a fast hash.
var KR501 = &analysis.Rule{
	ID:    "KR501",
	Name:  "password_fast_hash",
	Title: "Password hashed with a fast hash (MD5, SHA-1, SHA-2, SHA-3, BLAKE2, HMAC)",
	Why: "General-purpose hashes are built to be fast: a GPU computes billions of SHA-256 hashes a second, so a " +
		"leaked table of SHA-256 password hashes — salted or not — gives up most passwords within days. Passwords " +
		"need a deliberately slow, salted password hash: Argon2id, scrypt, bcrypt or PBKDF2 with many iterations.",
	Bad:  "import hashlib\nuser.password_hash = hashlib.sha256(salt + password.encode()).hexdigest()",
	Good: "from argon2 import PasswordHasher\nuser.password_hash = PasswordHasher().hash(password)\n# or: django.contrib.auth.hashers.make_password, werkzeug.security.generate_password_hash",
	Notes: "Reported for hashlib's constructors (md5, sha1, sha256, sha3_256, blake2b, …), hashlib.new(name, data), " +
		"hmac.new(key, msg) and pycryptodome's Crypto.Hash.*.new when the data hashed is a password — a name, " +
		"attribute or dict key that says password (password, new_passwd, form.password.data, " +
		"request.form[\"password\"]), getpass(), a value derived from one (password.encode(), salt + password), or a " +
		"local name assigned one of those — and for h.update(password) on such a hash object. Names that describe " +
		"a password rather than hold it (password_hash, password_length) do not count. Protocols that require a " +
		"fast hash of the password (HTTP digest authentication, APOP, CRAM-MD5) are reported too: they are weak, " +
		"but the fix is another protocol, so suppress with a note when there is no choice.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        916,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees: func(any) []string {
		names := []string{"new", "HMAC", "digest", "update"}
		for n := range hashCtors {
			names = append(names, n)
		}
		return names
	},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		s := p.Scope()
		if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "update" {
			// h = hashlib.sha256(); h.update(password)
			if len(c.Args) != 1 {
				return nil
			}
			_, q := ruleutil.CallOf(p, s, a.Value)
			if name := fastHash(q); name != "" && isPassword(p, s, c.Args[0]) {
				report501(p, c.Args[0], name)
			}
			return nil
		}
		q := ruleutil.Qual(p, c.Func)
		name := fastHash(q)
		var data ast.Expr
		switch {
		case q == "hashlib.new":
			if h, ok := ruleutil.Str(p, s, semantic.CallArg(c, 0, "name")); ok {
				name = h
			} else {
				name = "a hash"
			}
			data = semantic.CallArg(c, 1, "data")
		case name == "HMAC":
			data = semantic.CallArg(c, 1, "msg")
		case name != "":
			data = semantic.CallArg(c, 0, "data")
			if data == nil {
				data = semantic.CallArg(c, -1, "string")
			}
		}
		if data != nil && isPassword(p, s, data) {
			report501(p, data, name)
		}
		return nil
	},
}

func report501(p *analysis.Pass, data ast.Expr, hash string) {
	p.Reportf(data, "A password is hashed with %s, a fast hash: a leaked hash is cracked at billions of guesses a second. Use Argon2id, scrypt, bcrypt or PBKDF2.", hash)
}
