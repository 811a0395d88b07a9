package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

var (
	weakHashes      = map[string]bool{"md4": true, "md5": true, "sha": true, "sha1": true}
	weakCryptHashes = map[string]bool{"METHOD_CRYPT": true, "METHOD_MD5": true, "METHOD_BLOWFISH": true}
)

// B324 reports weak hash functions of hashlib and crypt.
var B324 = &analysis.Rule{
	ID:    "B324",
	Name:  "hashlib",
	Title: "Weak hash function (MD4, MD5, SHA-1) from hashlib or crypt",
	Why: "MD4, MD5 and SHA-1 have practical collision attacks, so they cannot protect integrity or authenticity; " +
		"crypt's DES, MD5 and Blowfish methods are too weak to store passwords.",
	Bad:  "import hashlib\nsignature = hashlib.md5(secret + body).hexdigest()",
	Good: "import hashlib, hmac\nsignature = hmac.new(secret, body, hashlib.sha256).hexdigest()\n# a checksum that protects nothing:\netag = hashlib.md5(body, usedforsecurity=False).hexdigest()",
	Notes: "hashlib.md4/md5/sha/sha1 and hashlib.new with those names are HIGH unless usedforsecurity=False is passed; " +
		"crypt.crypt and crypt.mksalt with METHOD_CRYPT, METHOD_MD5 or METHOD_BLOWFISH are MEDIUM.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        327,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("md4", "md5", "sha", "sha1", "new", "crypt", "mksalt"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual == "" {
			return nil
		}
		parts := strings.Split(c.qual, ".")
		fn := parts[len(parts)-1]
		if contains(parts, "hashlib") {
			if !forSecurity(c) {
				return nil
			}
			name := fn
			if fn == "new" {
				v := c.argAt(0)
				if len(c.p.Args) == 0 {
					v = c.kwValue("name")
				}
				s, ok := v.str()
				if !ok || !weakHashes[strings.ToLower(s)] {
					return nil
				}
				name = s
			} else if !weakHashes[fn] {
				return nil
			}
			c.report(p, "Use of weak "+strings.ToUpper(name)+" hash for security. Consider usedforsecurity=False", analysis.High, analysis.High)
			return nil
		}
		if contains(parts, "crypt") && (fn == "crypt" || fn == "mksalt") {
			var v lit
			if fn == "crypt" {
				v = c.argAt(1)
				if len(c.p.Args) <= 1 {
					v = c.kwValue("salt")
				}
			} else {
				v = c.argAt(0)
				if len(c.p.Args) == 0 {
					v = c.kwValue("method")
				}
			}
			if s, ok := v.str(); ok && weakCryptHashes[s] {
				c.report(p, "Use of insecure crypt."+strings.ToUpper(s)+" hash function.", analysis.Medium, analysis.High)
			}
		}
		return nil
	},
}

// forSecurity reports whether usedforsecurity is absent or True.
func forSecurity(c *call) bool {
	if !c.hasKeyword("usedforsecurity") {
		return true
	}
	return c.kwValue("usedforsecurity").isStr("True")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
