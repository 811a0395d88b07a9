package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// macWords name values that are MACs or signatures.
var macWords = map[string]bool{"signature": true, "sig": true, "hmac": true, "mac": true}

// hashNames name stored password hashes.
var hashNames = map[string]bool{"password_hash": true, "hashed_password": true, "pwhash": true, "pw_hash": true,
	"passwd_hash": true, "password_digest": true, "hashed_pw": true}

// KR510 reports secrets compared with == or !=.
var KR510 = &analysis.Rule{
	ID:    "KR510",
	Name:  "non_constant_time_compare",
	Title: "HMAC, signature, token or password hash compared with == instead of hmac.compare_digest",
	Why: "== stops at the first byte that differs, so how long a comparison takes tells how many leading bytes " +
		"were right. Given enough tries, an attacker learns a valid signature, token or hash byte by byte. " +
		"hmac.compare_digest (or secrets.compare_digest) takes the same time whatever the inputs.",
	Bad:  "import hashlib, hmac\n\nexpected = hmac.new(key, body, hashlib.sha256).hexdigest()\nif request.headers[\"X-Signature\"] == expected:\n    process(body)",
	Good: "import hashlib, hmac\n\nexpected = hmac.new(key, body, hashlib.sha256).hexdigest()\nif hmac.compare_digest(request.headers[\"X-Signature\"], expected):\n    process(body)",
	Notes: "Reported for a == or != comparison one side of which is an HMAC digest (hmac.new(…).hexdigest(), " +
		"hmac.digest(…), or a local name assigned one), or a name, attribute or dict key that says signature, MAC, " +
		"HMAC, token, API key, secret, password or password hash (the X-Signature header), and whose other side is " +
		"not a constant (None, \"\", a literal) or a length. An unkeyed hash (hashlib.sha256(…).hexdigest()) counts " +
		"only against a password hash or token: comparing a file's checksum to a published one leaks nothing. " +
		"Not reported: comparisons in __eq__ and __ne__ (two objects' fields), a typed password against its " +
		"confirmation, a token against a sentinel (self.eof), sides that are not str or bytes (a list, tuple, dict " +
		"or set, a comprehension, sorted(…)), two credential objects' fields (creds.secret_key == " +
		"other_creds.secret_access_key), two results of one function, a parser's token (tokens[i], a loop variable " +
		"over tokens or over a collection not named as secrets), and a signature in a module that imports nothing " +
		"cryptographic (hmac, hashlib, cryptography, jwt, an auth module…), where it is a function's or a formula's " +
		"unless it is a header or dict key. Lock, task, version, creation, grant and starting tokens are ids, and " +
		"grant.token reads as grant_token. Confidence is medium for names alone (token in a lexer is not a " +
		"secret); test files are skipped.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        208,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CompareKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Compare)
		if len(c.Ops) != 1 || c.Ops[0] != ast.Eq && c.Ops[0] != ast.NotEq {
			return nil
		}
		l, r := c.Left, c.Comparators[0]
		s := p.Scope()
		if trivial(p, s, l) || trivial(p, s, r) || notString(p, s, l, 0) || notString(p, s, r, 0) {
			return nil
		}
		if credentialFields(p, l) && credentialFields(p, r) || sameCallee(p, s, l, r) ||
			parserToken(p, l) || parserToken(p, r) {
			return nil
		}
		lk, rk := secretSide(p, s, l), secretSide(p, s, r)
		if lk == sideNone && rk == sideNone {
			return nil
		}
		// An unkeyed hash is a secret only against a hash or token.
		if lk == sideHash && rk < sideName || rk == sideHash && lk < sideName {
			return nil
		}
		if lk == sideHash && rk == sideHash {
			return nil
		}
		if ruleutil.IsTestPath(p.Path) || inEqualityMethod(p) || passwordConfirmation(p, l, r) {
			return nil
		}
		conf := analysis.Medium
		what := "a secret"
		for _, k := range []sideKind{lk, rk} {
			switch k {
			case sideMAC:
				conf, what = analysis.High, "an HMAC digest"
			case sideStrong:
				if what == "a secret" {
					conf = analysis.High
				}
			}
		}
		op := "=="
		if c.Ops[0] == ast.NotEq {
			op = "!="
		}
		p.Report(analysis.Finding{Span: c.Span(), Confidence: conf,
			Message: op + " compares " + what + " in time that depends on how many leading bytes match: use hmac.compare_digest."})
		return nil
	},
}

type sideKind uint8

const (
	sideNone   sideKind = iota
	sideHash            // an unkeyed hash digest
	sideName            // a name that says token (weak)
	sideStrong          // a name that says signature, MAC, password hash, key, secret
	sideMAC             // an HMAC digest
)

// trivial reports whether a comparison side is a constant or a length:
// token == "", sig is compared with None, len(sig) == 64.
func trivial(p *analysis.Pass, s *semantic.Scope, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Constant:
		return true
	case *ast.Call:
		switch ruleutil.Qual(p, x.Func) {
		case "len", "type", "bool", "isinstance", "int":
			return true
		}
	case *ast.Name:
		if p.Model.IsConstant(s, x) || isConstName(x.ID) {
			return true // TOKEN_DATA = intern("data"); token == TOKEN_DATA
		}
		if q := p.Model.QualifiedName(s, x); q != "" && q != x.ID {
			return true // an imported constant: tokenize.NAME
		}
	case *ast.Attribute:
		if q := p.Model.QualifiedName(s, x); q != "" {
			return true // token.NAME, a module's constant
		}
	}
	if sentinels[strings.ToLower(strings.TrimLeft(ruleutil.LastName(p, e), "_"))] {
		return true // token == self.eof
	}
	return p.Model.IsConstant(s, e)
}

// plainOwners are owners of a field that do not qualify it: self.token,
// request.token, user.token.
var plainOwners = map[string]bool{"self": true, "cls": true, "request": true, "req": true, "user": true,
	"account": true, "ctx": true, "context": true, "g": true, "session": true, "args": true, "data": true,
	"form": true, "headers": true, "params": true, "kwargs": true, "settings": true, "config": true}

// sentinels are names of marker values a token is compared with: a
// lexer's end of input, a default.
var sentinels = map[string]bool{"eof": true, "eol": true, "sentinel": true, "marker": true, "empty": true,
	"missing": true, "default": true, "null": true, "none": true}

// inEqualityMethod reports whether the comparison is in __eq__ or
// __ne__: "self.signature == other.signature" compares two objects'
// fields, neither of them a secret an attacker is guessing.
func inEqualityMethod(p *analysis.Pass) bool {
	fd := ruleutil.EnclosingFunc(p)
	return fd != nil && (fd.Name.Name == "__eq__" || fd.Name.Name == "__ne__")
}

// passwordConfirmation reports whether a comparison checks a typed
// password against its confirmation ("data['password'] !=
// data['confirm']", "password1 != password2"): both are the user's input.
func passwordConfirmation(p *analysis.Pass, l, r ast.Expr) bool {
	ln, rn := ruleutil.LastName(p, l), ruleutil.LastName(p, r)
	lp, rp := ruleutil.ClassifyName(ln) == ruleutil.Password, ruleutil.ClassifyName(rn) == ruleutil.Password
	if !lp && !rp {
		return false
	}
	if lp && rp && !hashNames[strings.ToLower(ln)] && !hashNames[strings.ToLower(rn)] {
		return true
	}
	other := rn
	if rp {
		other = ln
	}
	return ruleutil.HasWord(ruleutil.Words(other), "confirm", "confirmation", "repeat", "again", "retype", "verify", "verification")
}

// secretSide classifies one side of a comparison.
func secretSide(p *analysis.Pass, s *semantic.Scope, e ast.Expr) sideKind {
	if k := digestKind(p, s, e, 0); k != sideNone {
		return k
	}
	name := ruleutil.LastName(p, e)
	if name == "" {
		return sideNone
	}
	lower := strings.ToLower(name)
	if hashNames[lower] {
		return sideStrong
	}
	ws := ruleutil.Words(name)
	if len(ws) == 0 || ruleutil.Describes(name) {
		return sideNone
	}
	if a, ok := e.(*ast.Attribute); ok && len(ws) == 1 && ruleutil.ClassifyWords(ws) != ruleutil.NotSecret {
		// An owner qualifies a bare field as a prefix would: grant.token
		// is a grant token, lexer.token a lexer's; self and request say
		// nothing of the kind.
		if bw := ruleutil.Words(ruleutil.LastName(p, a.Value)); len(bw) > 0 && !plainOwners[bw[len(bw)-1]] {
			ws = []string{bw[len(bw)-1], ws[0]}
		}
	}
	for i, w := range ws {
		// "sig" is a signature only as the last word (expected_sig); a
		// first word is as often a signal's (_sig_chld, sig_handler).
		if !macWords[w] || w == "sig" && i != len(ws)-1 {
			continue
		}
		if (w == "signature" || w == "sig") && !signatureContext(p, e) {
			continue // func.signature: a function's, not a MAC
		}
		return sideStrong
	}
	switch ruleutil.ClassifyWords(ws) {
	case ruleutil.Token, ruleutil.SessionID:
		return sideName
	case ruleutil.Key, ruleutil.SecretValue, ruleutil.Password, ruleutil.Credentials:
		return sideStrong
	}
	return sideNone
}

// digestKind says whether e is a digest: of an HMAC (keyed) or of a plain
// hash, directly or through a local name.
func digestKind(p *analysis.Pass, s *semantic.Scope, e ast.Expr, depth int) sideKind {
	if depth > 4 {
		return sideNone
	}
	switch x := e.(type) {
	case *ast.Name:
		if v, vs := p.Model.ValueOf(s, x); v != nil {
			return digestKind(p, vs, v, depth+1)
		}
	case *ast.Call:
		q := p.Model.QualifiedName(s, x.Func)
		if q == "hmac.digest" {
			return sideMAC
		}
		a, ok := x.Func.(*ast.Attribute)
		if !ok || a.Attr.Name != "hexdigest" && a.Attr.Name != "digest" {
			return sideNone
		}
		_, rq := ruleutil.CallOf(p, s, a.Value)
		switch h := fastHash(rq); {
		case h == "HMAC":
			return sideMAC
		case h != "":
			return sideHash
		}
	}
	return sideNone
}

// isConstName reports whether a name is spelt like a constant: upper
// case, at least two letters (TOKEN_DATA, COMMENT).
func isConstName(id string) bool {
	letters := 0
	for _, c := range id {
		switch {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// cryptoWords are words of imported modules that make "signature" in a
// module a cryptographic one: hmac, hashlib, cryptography, jwt,
// botocore.auth (SigV4), itsdangerous, base64.
var cryptoWords = []string{"hmac", "hashlib", "hash", "crypto", "cryptography", "cryptodome", "nacl", "jwt", "jose",
	"authlib", "auth", "itsdangerous", "rsa", "ecdsa", "openssl", "base64", "binascii", "secrets", "signing",
	"signer", "signers", "oauth", "oauthlib", "webhook", "webhooks"}

// signatureContext reports whether a side named signature (or sig) is a
// cryptographic signature: a request's header or dict key
// (headers["X-Signature"]), or a name in a module that imports something
// cryptographic. Elsewhere a signature is a function's or a formula's:
// sympy's "func.signature != self.func.signature", pydantic comparing a
// model's inspect.Signature parameters, ply's grammar signature.
func signatureContext(p *analysis.Pass, e ast.Expr) bool {
	switch e.(type) {
	case *ast.Subscript, *ast.Call:
		return true // LastName gave a string key: headers["X-Signature"], .get("sig")
	}
	return ruleutil.ImportsWord(p, cryptoWords...)
}

// notString reports whether e is decidably not a str or bytes: a list,
// tuple, dict or set display or comprehension, a call of sorted, list,
// tuple, dict, set or frozenset, or a local name assigned one. pydantic's
// "[(p.name, p.kind) for p in params] == default_model_signature" and a
// parser's "token == (OP, '=')" compare structures, not secrets.
func notString(p *analysis.Pass, s *semantic.Scope, e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := e.(type) {
	case *ast.List, *ast.Tuple, *ast.Dict, *ast.Set, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		return true
	case *ast.Call:
		switch p.Model.QualifiedName(s, x.Func) {
		case "sorted", "list", "tuple", "dict", "set", "frozenset":
			return true
		}
	case *ast.Name:
		if v, vs := p.Model.ValueOf(s, x); v != nil {
			return notString(p, vs, v, depth+1)
		}
	}
	return false
}

// credentialFields reports whether e is a field of an object named as
// credentials (creds.secret_key, crt_creds.session_token). With both
// sides such fields, two credential objects are compared field by field,
// as in __eq__ (boto3's compare_identity): neither is a guess.
func credentialFields(p *analysis.Pass, e ast.Expr) bool {
	a, ok := e.(*ast.Attribute)
	if !ok {
		return false
	}
	ws := ruleutil.Words(ruleutil.LastName(p, a.Value))
	return len(ws) > 0 && ruleutil.HasWord(ws[len(ws)-1:], "creds", "credentials", "credential")
}

// sameCallee reports whether both sides are (local names assigned) the
// results of one function: "self._token_of(a) != self._token_of(b)"
// compares what the code derives from two values of its own, not an
// outside guess with a secret.
func sameCallee(p *analysis.Pass, s *semantic.Scope, l, r ast.Expr) bool {
	lc, rc := callValue(p, s, l), callValue(p, s, r)
	return lc != nil && rc != nil && p.Text(lc.Func) == p.Text(rc.Func)
}

func callValue(p *analysis.Pass, s *semantic.Scope, e ast.Expr) *ast.Call {
	if n, ok := e.(*ast.Name); ok {
		if v, _ := p.Model.ValueOf(s, n); v != nil {
			e = v
		}
	}
	c, _ := e.(*ast.Call)
	return c
}

// parserToken reports whether e is a parser's token: an element of a
// token stream (tokens[i + 1]), or a loop variable drawn from one or from
// a collection whose name says no secret ("for token in tokens",
// "for token in self.result_keys"). A collection of secrets says which
// (for token in user.api_tokens) and is not exempt.
func parserToken(p *analysis.Pass, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Subscript:
		if _, ok := p.Model.ConstString(p.Scope(), x.Slice); ok {
			return false
		}
		return tokenStream(ruleutil.LastName(p, x.Value))
	case *ast.Name:
		ps := p.Parents()
		for i := len(ps) - 1; i >= 0; i-- {
			switch f := ps[i].(type) {
			case *ast.For:
				if t, ok := f.Target.(*ast.Name); ok && t.ID == x.ID {
					name := ruleutil.LastName(p, f.Iter)
					if _, isCall := f.Iter.(*ast.Call); isCall || name == "" {
						return false
					}
					if tokenStream(name) {
						return true
					}
					ws := ruleutil.Words(name)
					for i, w := range ws {
						ws[i] = strings.TrimSuffix(w, "s") // api_tokens → api token
					}
					return ruleutil.ClassifyWords(ws) == ruleutil.NotSecret
				}
			case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			}
		}
	}
	return false
}

// tokenStream reports whether a collection's name is a bare token
// stream: tokens, _tokens, self.tokens.
func tokenStream(name string) bool {
	ws := ruleutil.Words(name)
	return len(ws) == 1 && ws[0] == "tokens"
}
