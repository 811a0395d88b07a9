package crypto

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// KR508 reports RSA encryption with PKCS#1 v1.5 padding.
var KR508 = &analysis.Rule{
	ID:    "KR508",
	Name:  "rsa_pkcs1v15_encryption",
	Title: "RSA encryption or decryption with PKCS#1 v1.5 padding",
	Why: "RSA with PKCS#1 v1.5 encryption padding is open to Bleichenbacher's attack: a party that tells valid from " +
		"invalid padding — by an error, a timing difference — lets an attacker decrypt messages or sign with the " +
		"key, one query at a time. OAEP padding is not.",
	Bad:  "from cryptography.hazmat.primitives.asymmetric import padding\n\nct = public_key.encrypt(message, padding.PKCS1v15())",
	Good: "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\n\nct = public_key.encrypt(message, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))",
	Notes: "Reported for encrypt and decrypt calls given cryptography's padding.PKCS1v15(), pycryptodome's " +
		"Crypto.Cipher.PKCS1_v1_5.new, and python-rsa's rsa.encrypt and rsa.decrypt (always v1.5). Signatures with " +
		"PKCS1v15 (sign, verify) are not affected and not reported.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        780,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("encrypt", "decrypt", "new"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		switch ruleutil.Qual(p, c.Func) {
		case "Crypto.Cipher.PKCS1_v1_5.new", "Cryptodome.Cipher.PKCS1_v1_5.new":
			p.Reportf(c, "PKCS1_v1_5 is RSA encryption with PKCS#1 v1.5 padding, open to Bleichenbacher's padding oracle: use PKCS1_OAEP.")
			return nil
		case "rsa.encrypt", "rsa.decrypt", "rsa.pkcs1.encrypt", "rsa.pkcs1.decrypt":
			p.Reportf(c, "python-rsa encrypts with PKCS#1 v1.5 padding, open to Bleichenbacher's padding oracle: use OAEP (cryptography's padding.OAEP).")
			return nil
		}
		a, ok := c.Func.(*ast.Attribute)
		if !ok || a.Attr.Name == "new" {
			return nil
		}
		for _, arg := range append(append([]ast.Expr(nil), c.Args...), kwValues(c)...) {
			if pc, q := ruleutil.CallOf(p, p.Scope(), arg); pc != nil && q == "cryptography.hazmat.primitives.asymmetric.padding.PKCS1v15" {
				p.Reportf(arg, "RSA %s with PKCS#1 v1.5 padding is open to Bleichenbacher's padding oracle: use padding.OAEP.", a.Attr.Name+"ion")
				return nil
			}
		}
		return nil
	},
}

func kwValues(c *ast.Call) []ast.Expr {
	out := make([]ast.Expr, 0, len(c.Keywords))
	for _, k := range c.Keywords {
		out = append(out, k.Value)
	}
	return out
}
