package crypto

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// Minimums from OWASP's Password Storage Cheat Sheet (2023) and RFC 9106.
const (
	bcryptRounds = 12
	// scryptCost is N·r·p of the cheapest configuration OWASP lists as
	// equivalent (N=2^13, r=8, p=10; also 2^14/8/5).
	scryptCost = 1 << 13 * 8 * 10
	// argon2MinMemory is OWASP's lowest memory (7 MiB, with t=5), in KiB;
	// argon2Work is memory × time of that configuration; argon2OnePass is
	// the memory needed with a single pass (46 MiB).
	argon2MinMemory = 7 * 1024
	argon2Work      = 7 * 1024 * 5
	argon2OnePass   = 46 * 1024
)

// pbkdf2Iterations returns OWASP's minimum PBKDF2 iterations for a hash.
func pbkdf2Iterations(hash string) int64 {
	switch strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(hash, "-", ""), "_", "")) {
	case "sha1", "sha", "md5":
		return 1_300_000
	case "sha512", "sha384":
		return 210_000
	}
	return 600_000
}

// KR503 reports password hashing with too few iterations or too little
// memory.
var KR503 = &analysis.Rule{
	ID:    "KR503",
	Name:  "password_kdf_weak_parameters",
	Title: "Password hash (PBKDF2, bcrypt, scrypt, Argon2) with parameters below current guidance",
	Why: "A password hash is only as slow as its parameters. PBKDF2 with 10,000 iterations, bcrypt with 8 rounds or " +
		"scrypt with N=1024 cost an attacker with a leaked database a fraction of what current guidance assumes, " +
		"and crack most passwords in days instead of years.",
	Bad:  "import bcrypt, hashlib\nhashlib.pbkdf2_hmac(\"sha256\", password, salt, 10_000)\nbcrypt.gensalt(rounds=10)",
	Good: "import argon2, bcrypt, hashlib\nhashlib.pbkdf2_hmac(\"sha256\", password, salt, 600_000)\nbcrypt.gensalt()  # 12 rounds\nargon2.PasswordHasher()  # RFC 9106 parameters",
	Notes: "Minimums (OWASP Password Storage Cheat Sheet, RFC 9106): PBKDF2 600,000 iterations with SHA-256, 210,000 " +
		"with SHA-512, 1,300,000 with SHA-1; bcrypt 12 rounds; scrypt N·r·p of at least 2^13·8·10 (OWASP's cheapest " +
		"equivalent setting); Argon2 at least 7 MiB of memory, memory × passes of at least 7 MiB × 5, and 46 MiB for " +
		"a single pass. Checked: hashlib.pbkdf2_hmac, cryptography's PBKDF2HMAC and Scrypt, pycryptodome's PBKDF2 " +
		"(whose default of 1,000 iterations is reported when count is not given), hashlib.scrypt, bcrypt.gensalt, " +
		"argon2-cffi's PasswordHasher and hash_secret, passlib's .using(rounds=…) and CryptContext(…__rounds=…), and " +
		"werkzeug's generate_password_hash(method=\"pbkdf2:sha256:N\" or \"scrypt:N:r:p\"), whose plain hash " +
		"methods (method=\"sha256\", older Werkzeug) are one salted hash and are reported too. Only values known " +
		"statically are compared; key derivation for protocols with fixed parameters is outside the rule's intent: " +
		"suppress with a note. Test files are skipped: tests run KDFs with cheap parameters on purpose.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        916,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees: ruleutil.Callees("pbkdf2_hmac", "PBKDF2HMAC", "PBKDF2", "scrypt", "Scrypt", "gensalt", "PasswordHasher",
		"hash_secret", "hash_secret_raw", "hash_password", "using", "CryptContext", "generate_password_hash"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		if ruleutil.IsTestPath(p.Path) {
			return nil
		}
		c := n.(*ast.Call)
		s := p.Scope()
		q := ruleutil.Qual(p, c.Func)
		switch q {
		case "hashlib.pbkdf2_hmac":
			hash, _ := ruleutil.Str(p, s, semantic.CallArg(c, 0, "hash_name"))
			if it, e, ok := constInt(p, c, 3, "iterations"); ok && it < pbkdf2Iterations(hash) {
				p.Reportf(e, "PBKDF2-%s with %d iterations: current guidance is at least %s.", strings.ToUpper(hash), it, thousands(pbkdf2Iterations(hash)))
			}
		case "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC":
			hash := ""
			if alg, _ := ruleutil.CallOf(p, s, semantic.CallArg(c, 0, "algorithm")); alg != nil {
				hash = semantic.LastName(alg.Func)
			}
			if it, e, ok := constInt(p, c, 3, "iterations"); ok && it < pbkdf2Iterations(hash) {
				p.Reportf(e, "PBKDF2HMAC with %d iterations: current guidance for %s is at least %s.", it, orDefault(hash, "SHA-256"), thousands(pbkdf2Iterations(hash)))
			}
		case "Crypto.Protocol.KDF.PBKDF2", "Cryptodome.Protocol.KDF.PBKDF2":
			hash := "SHA1"
			if h := semantic.CallArg(c, -1, "hmac_hash_module"); h != nil {
				hash = semantic.LastName(h)
			}
			it, e, ok := constInt(p, c, 3, "count")
			if e == nil {
				it, ok = 1000, true
			}
			if ok && it < pbkdf2Iterations(hash) {
				at := ast.Node(c)
				if e != nil {
					at = e
				}
				p.Reportf(at, "PBKDF2 with %d iterations of %s (pycryptodome's default is 1,000): current guidance is at least %s.", it, hash, thousands(pbkdf2Iterations(hash)))
			}
		case "hashlib.scrypt":
			checkScrypt(p, c, semantic.CallArg(c, -1, "n"), semantic.CallArg(c, -1, "r"), semantic.CallArg(c, -1, "p"))
		case "cryptography.hazmat.primitives.kdf.scrypt.Scrypt":
			checkScrypt(p, c, semantic.CallArg(c, 2, "n"), semantic.CallArg(c, 3, "r"), semantic.CallArg(c, 4, "p"))
		case "bcrypt.gensalt":
			if r, e, ok := constInt(p, c, 0, "rounds"); ok && r < bcryptRounds {
				p.Reportf(e, "bcrypt with %d rounds: current guidance is at least %d.", r, bcryptRounds)
			}
		case "argon2.PasswordHasher", "argon2.low_level.hash_secret", "argon2.low_level.hash_secret_raw", "argon2.hash_password":
			t, m := int64(3), int64(65536)
			pos := 0 // PasswordHasher(time_cost, memory_cost, ...)
			if q != "argon2.PasswordHasher" {
				pos = 2 // hash_secret(secret, salt, time_cost, memory_cost, ...)
			}
			tv, te, tok := constInt(p, c, pos, "time_cost")
			mv, me, mok := constInt(p, c, pos+1, "memory_cost")
			if tok {
				t = tv
			}
			if mok {
				m = mv
			}
			if (tok || mok) && weakArgon2(t, m) {
				at := ast.Node(c)
				if me != nil {
					at = me
				} else if te != nil {
					at = te
				}
				p.Reportf(at, "Argon2 with %d KiB of memory and %d passes: current guidance is at least 19 MiB with 2 passes (or an equivalent, RFC 9106 / OWASP).", m, t)
			}
		case "werkzeug.security.generate_password_hash", "werkzeug.generate_password_hash":
			if e := semantic.CallArg(c, 1, "method"); e != nil {
				if m, ok := ruleutil.Str(p, s, e); ok {
					if msg := werkzeugMethod(m); msg != "" {
						p.Reportf(e, "%s", msg)
					}
				}
			}
		case "flask_bcrypt.generate_password_hash", "flask_bcrypt.Bcrypt.generate_password_hash":
			if r, e, ok := constInt(p, c, 1, "rounds"); ok && r < bcryptRounds {
				p.Reportf(e, "bcrypt with %d rounds: current guidance is at least %d.", r, bcryptRounds)
			}
		case "passlib.context.CryptContext", "passlib.CryptContext":
			passlibContextRounds(p, c)
		default:
			// passlib: bcrypt.using(rounds=10), pbkdf2_sha256.using(rounds=...)
			if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "using" {
				if scheme := strings.TrimPrefix(ruleutil.Qual(p, a.Value), "passlib.hash."); scheme != ruleutil.Qual(p, a.Value) {
					passlibRounds(p, scheme, semantic.CallKeyword(c, "rounds"), semantic.CallKeyword(c, "memory_cost"))
				}
			}
		}
		return nil
	},
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// weakArgon2 reports whether Argon2 with t passes over m KiB is below
// OWASP's minimums.
func weakArgon2(t, m int64) bool {
	if m < argon2MinMemory || t < 1 {
		return true
	}
	if t == 1 {
		return m < argon2OnePass
	}
	return m*t < argon2Work
}

func checkScrypt(p *analysis.Pass, c *ast.Call, ne, re, pe ast.Expr) {
	if ne == nil {
		return
	}
	s := p.Scope()
	nv, nok := p.Model.ConstInt(s, ne)
	rv, rok := int64(8), true
	if re != nil {
		rv, rok = p.Model.ConstInt(s, re)
	}
	pv, pok := int64(1), true
	if pe != nil {
		pv, pok = p.Model.ConstInt(s, pe)
	}
	if !nok || !rok || !pok || nv <= 0 || rv <= 0 || pv <= 0 {
		return
	}
	if nv*rv*pv < scryptCost {
		p.Reportf(ne, "scrypt with N=%d, r=%d, p=%d: current guidance is at least N=2^17, r=8, p=1 (or an equivalent such as N=2^14, r=8, p=5).", nv, rv, pv)
	}
}

// werkzeugMethod checks a generate_password_hash method string.
func werkzeugMethod(m string) string {
	parts := strings.Split(m, ":")
	switch parts[0] {
	case "pbkdf2":
		hash := "sha256"
		if len(parts) > 1 {
			hash = parts[1]
		}
		if len(parts) > 2 {
			if it, err := strconv.ParseInt(parts[2], 10, 64); err == nil && it < pbkdf2Iterations(hash) {
				return fmt.Sprintf("PBKDF2-%s with %d iterations: current guidance is at least %s.", strings.ToUpper(hash), it, thousands(pbkdf2Iterations(hash)))
			}
		}
	case "scrypt":
		if len(parts) == 4 {
			n, e1 := strconv.ParseInt(parts[1], 10, 64)
			r, e2 := strconv.ParseInt(parts[2], 10, 64)
			pp, e3 := strconv.ParseInt(parts[3], 10, 64)
			if e1 == nil && e2 == nil && e3 == nil && n*r*pp < scryptCost {
				return fmt.Sprintf("scrypt with N=%d, r=%d, p=%d: current guidance is at least N=2^17, r=8, p=1 (or an equivalent).", n, r, pp)
			}
		}
	case "plain", "md5", "sha1", "sha224", "sha256", "sha384", "sha512":
		return fmt.Sprintf("method=%q stores one salted hash (or the password itself): use werkzeug's default (scrypt) or pbkdf2 with enough iterations.", m)
	}
	return ""
}

// passlibRounds checks passlib's rounds (or Argon2 memory_cost) for a
// scheme.
func passlibRounds(p *analysis.Pass, scheme string, rounds, memory *ast.Keyword) {
	s := p.Scope()
	if rounds == nil {
		return
	}
	r, ok := p.Model.ConstInt(s, rounds.Value)
	if !ok {
		return
	}
	switch {
	case strings.HasPrefix(scheme, "bcrypt"):
		if r < bcryptRounds {
			p.Reportf(rounds, "bcrypt with %d rounds: current guidance is at least %d.", r, bcryptRounds)
		}
	case strings.HasPrefix(scheme, "pbkdf2_") || strings.HasPrefix(scheme, "django_pbkdf2_"):
		hash := scheme[strings.LastIndexByte(scheme, '_')+1:]
		if r < pbkdf2Iterations(hash) {
			p.Reportf(rounds, "%s with %d rounds: current guidance is at least %s.", scheme, r, thousands(pbkdf2Iterations(hash)))
		}
	case scheme == "sha256_crypt" || scheme == "sha512_crypt":
		if r < 535000 {
			p.Reportf(rounds, "%s with %d rounds, below passlib's own default of 535,000.", scheme, r)
		}
	case scheme == "argon2":
		m := int64(65536)
		if memory != nil {
			if v, ok := p.Model.ConstInt(s, memory.Value); ok {
				m = v
			}
		}
		if weakArgon2(r, m) {
			p.Reportf(rounds, "Argon2 with %d KiB of memory and %d passes: current guidance is at least 19 MiB with 2 passes (or an equivalent).", m, r)
		}
	}
}

// passlibContextRounds checks CryptContext(bcrypt__rounds=10, ...).
func passlibContextRounds(p *analysis.Pass, c *ast.Call) {
	for _, k := range c.Keywords {
		scheme, opt, ok := strings.Cut(k.Arg.Name, "__")
		if !ok {
			continue
		}
		switch opt {
		case "rounds", "default_rounds", "min_rounds":
			var mem *ast.Keyword
			if scheme == "argon2" {
				mem = semantic.CallKeyword(c, "argon2__memory_cost")
			}
			passlibRounds(p, scheme, k, mem)
		}
	}
}

// thousands formats n with thousands separators.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
