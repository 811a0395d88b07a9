// Package crypto holds krait's KR5xx rules: password storage (fast
// hashes, plaintext, weak KDF parameters, passlib schemes), misuse of
// ciphers (constant IVs and nonces, nonce reuse, unauthenticated modes,
// RSA PKCS#1 v1.5 encryption), the random module used for secrets,
// comparisons of secrets that leak timing, JWT verification turned off,
// and TLS without verification or with old protocol versions.
//
// Callees are matched by qualified name (imports and aliases resolved by
// the semantic model), values by constant folding through module
// constants and local assignments, and sensitive values by their names
// (ruleutil.ClassifyName) and, within a function, by what a local name
// was assigned ("pw = request.form['password']" makes pw a password).
package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// Rules returns the KR5xx rules.
func Rules() []*analysis.Rule {
	return []*analysis.Rule{KR501, KR502, KR503, KR504, KR505, KR506, KR507, KR508, KR509, KR510, KR511, KR512, KR513}
}

// isPassword reports whether e holds a password: a name, attribute or
// dict key that says so (password, new_passwd, form.password.data,
// request.form["password"], data.get("password")), getpass(), a value
// derived from one (password.encode(), salt + password, f"{salt}{pw}"),
// or a local name assigned one of those.
func isPassword(p *analysis.Pass, s *semantic.Scope, e ast.Expr) bool {
	return password(p, s, e, 0)
}

func password(p *analysis.Pass, s *semantic.Scope, e ast.Expr, depth int) bool {
	if depth > 6 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.Name:
		if ruleutil.ClassifyName(x.ID) == ruleutil.Password {
			return true
		}
		if v, vs := p.Model.ValueOf(s, x); v != nil {
			return password(p, vs, v, depth+1)
		}
	case *ast.Attribute:
		if ruleutil.ClassifyName(x.Attr.Name) == ruleutil.Password {
			return true
		}
		if x.Attr.Name == "data" || x.Attr.Name == "value" {
			return password(p, s, x.Value, depth+1) // form.password.data
		}
	case *ast.Subscript:
		if k, ok := p.Model.ConstString(s, x.Slice); ok {
			return ruleutil.ClassifyName(k) == ruleutil.Password
		}
		if _, sliced := x.Slice.(*ast.Slice); sliced {
			return password(p, s, x.Value, depth+1)
		}
	case *ast.Call:
		switch q := p.Model.QualifiedName(s, x.Func); q {
		case "getpass.getpass", "getpass":
			return true
		case "str", "bytes", "bytearray", "memoryview":
			return len(x.Args) > 0 && password(p, s, x.Args[0], depth+1)
		}
		if a, ok := x.Func.(*ast.Attribute); ok {
			switch a.Attr.Name {
			case "get", "getlist", "pop":
				if len(x.Args) > 0 {
					if k, ok := p.Model.ConstString(s, x.Args[0]); ok {
						return ruleutil.ClassifyName(k) == ruleutil.Password
					}
				}
			case "encode", "decode", "strip", "rstrip", "lstrip", "lower", "upper":
				return password(p, s, a.Value, depth+1)
			case "format":
				for _, arg := range x.Args {
					if password(p, s, arg, depth+1) {
						return true
					}
				}
			case "join":
				if len(x.Args) == 1 {
					if l, ok := x.Args[0].(*ast.List); ok {
						for _, el := range l.Elts {
							if password(p, s, el, depth+1) {
								return true
							}
						}
					}
					if t, ok := x.Args[0].(*ast.Tuple); ok {
						for _, el := range t.Elts {
							if password(p, s, el, depth+1) {
								return true
							}
						}
					}
				}
			}
		}
	case *ast.BinOp:
		if x.Op == ast.Add || x.Op == ast.Mod {
			if password(p, s, x.Left, depth+1) || password(p, s, x.Right, depth+1) {
				return true
			}
			if t, ok := x.Right.(*ast.Tuple); ok {
				for _, el := range t.Elts {
					if password(p, s, el, depth+1) {
						return true
					}
				}
			}
		}
	case *ast.JoinedStr:
		for _, v := range x.Values {
			if f, ok := v.(*ast.FormattedValue); ok && password(p, s, f.Value, depth+1) {
				return true
			}
		}
	}
	return false
}

// hashCtors are hashlib's constructors of fast hashes.
var hashCtors = map[string]string{
	"md5": "MD5", "sha1": "SHA-1", "sha224": "SHA-224", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512",
	"sha512_224": "SHA-512/224", "sha512_256": "SHA-512/256", "sha3_224": "SHA3-224", "sha3_256": "SHA3-256",
	"sha3_384": "SHA3-384", "sha3_512": "SHA3-512", "blake2b": "BLAKE2b", "blake2s": "BLAKE2s", "shake_128": "SHAKE128",
	"shake_256": "SHAKE256", "md4": "MD4", "ripemd160": "RIPEMD-160", "sm3": "SM3",
}

// fastHash returns the name of the fast hash a qualified callee builds
// (hashlib.sha256, Crypto.Hash.SHA256.new, hmac.new), or "".
func fastHash(q string) string {
	if strings.HasPrefix(q, "hashlib.") {
		return hashCtors[q[len("hashlib."):]]
	}
	for _, pkg := range []string{"Crypto.Hash.", "Cryptodome.Hash."} {
		if strings.HasPrefix(q, pkg) && strings.HasSuffix(q, ".new") {
			return strings.TrimSuffix(q[len(pkg):], ".new")
		}
	}
	switch q {
	case "hmac.new", "hmac.HMAC", "hmac.digest":
		return "HMAC"
	}
	return ""
}

// constInt returns a call argument's int value.
func constInt(p *analysis.Pass, c *ast.Call, pos int, name string) (int64, ast.Expr, bool) {
	e := semantic.CallArg(c, pos, name)
	if e == nil {
		return 0, nil, false
	}
	v, ok := p.Model.ConstInt(p.Scope(), e)
	return v, e, ok
}
