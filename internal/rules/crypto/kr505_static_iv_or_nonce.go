package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

const (
	modesPkg = "cryptography.hazmat.primitives.ciphers.modes."
	aeadPkg  = "cryptography.hazmat.primitives.ciphers.aead."
)

// ivModes are cryptography's modes whose first argument is an IV or
// nonce.
var ivModes = map[string]string{"CBC": "IV", "CTR": "nonce", "GCM": "IV", "OFB": "IV", "CFB": "IV", "CFB8": "IV"}

// nonceAEADs are cryptography's AEADs whose encrypt(nonce, ...) must get
// a fresh nonce (AES-SIV and AES-GCM-SIV tolerate reuse).
var nonceAEADs = map[string]bool{"AESGCM": true, "ChaCha20Poly1305": true, "AESCCM": true, "AESOCB3": true}

// pycryptodome's cipher modes that take an IV or nonce.
var pycaModes = map[string]bool{"MODE_CBC": true, "MODE_CFB": true, "MODE_OFB": true, "MODE_CTR": true,
	"MODE_GCM": true, "MODE_EAX": true, "MODE_CCM": true, "MODE_OCB": true, "MODE_OPENPGP": true}

// KR505 reports IVs and nonces fixed in the source.
var KR505 = &analysis.Rule{
	ID:    "KR505",
	Name:  "static_iv_or_nonce",
	Title: "Constant IV or nonce passed to a cipher (CBC, CTR, GCM, ChaCha20)",
	Why: "An IV or nonce must be unpredictable (CBC) or never repeat under one key (CTR, GCM, ChaCha20). A constant " +
		"one repeats on every message: CBC then shows which messages start alike, and CTR, GCM and ChaCha20 leak the " +
		"XOR of the plaintexts — and GCM lets an attacker forge messages.",
	Bad:  "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\ncipher = Cipher(algorithms.AES(key), modes.CBC(b\"\\x00\" * 16))\nAESGCM(key).encrypt(b\"fixed-nonce!\", data, None)",
	Good: "import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\niv = os.urandom(16)\ncipher = Cipher(algorithms.AES(key), modes.CBC(iv))  # send iv with the ciphertext\nnonce = os.urandom(12)\nct = AESGCM(key).encrypt(nonce, data, None)",
	Notes: "A value is constant when it is a bytes or str literal, b\"\\x00\" * 16, bytes(16), bytes.fromhex(\"…\"), " +
		"\"…\".encode(), or a name bound only to one of those (a module constant, a local assigned once). Checked: " +
		"cryptography's modes.CBC, CTR, GCM, OFB, CFB and CFB8, algorithms.ChaCha20(key, nonce), and " +
		"encrypt(nonce, …) of AESGCM, ChaCha20Poly1305, AESCCM and AESOCB3 objects; pycryptodome's *.new(key, mode, " +
		"iv) and iv=/nonce= for CBC, CFB, OFB, CTR, GCM, EAX, CCM, OCB and OpenPGP, and ChaCha20.new / " +
		"ChaCha20_Poly1305.new / Salsa20.new(nonce=…). Decryption is not reported: it must use the sender's IV.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        1204,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("CBC", "CTR", "GCM", "OFB", "CFB", "CFB8", "ChaCha20", "encrypt", "new"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		s := p.Scope()
		q := ruleutil.Qual(p, c.Func)
		var iv ast.Expr
		what := "IV"
		switch {
		case strings.HasPrefix(q, modesPkg) && ivModes[q[len(modesPkg):]] != "":
			iv, what = semantic.CallArg(c, 0, ""), ivModes[q[len(modesPkg):]]
			if iv == nil {
				for _, k := range []string{"initialization_vector", "nonce"} {
					if a := semantic.CallArg(c, -1, k); a != nil {
						iv = a
					}
				}
			}
			what = q[len(modesPkg):] + " " + what
		case q == "cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20":
			iv, what = semantic.CallArg(c, 1, "nonce"), "ChaCha20 nonce"
		case pycryptodomeCipher(q) != "":
			iv, what = pycaIV(p, c, pycryptodomeCipher(q))
		default:
			if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "encrypt" {
				if _, rq := ruleutil.CallOf(p, s, a.Value); strings.HasPrefix(rq, aeadPkg) && nonceAEADs[rq[len(aeadPkg):]] {
					iv, what = semantic.CallArg(c, 0, "nonce"), rq[len(aeadPkg):]+" nonce"
				}
			}
		}
		if iv != nil && ruleutil.IsConstBytes(p, s, iv) {
			p.Reportf(iv, "The %s is a constant: it repeats with every message under the key, which leaks plaintext (and, for GCM, allows forgery). Use os.urandom for each message.", what)
		}
		return nil
	},
}

// pycryptodomeCipher returns the cipher of Crypto.Cipher.X.new (or
// Cryptodome's), or "".
func pycryptodomeCipher(q string) string {
	for _, pkg := range []string{"Crypto.Cipher.", "Cryptodome.Cipher."} {
		if strings.HasPrefix(q, pkg) && strings.HasSuffix(q, ".new") {
			return strings.TrimSuffix(q[len(pkg):], ".new")
		}
	}
	return ""
}

// pycaIV returns the IV or nonce given to a pycryptodome cipher's new().
func pycaIV(p *analysis.Pass, c *ast.Call, cipher string) (ast.Expr, string) {
	switch cipher {
	case "ChaCha20", "ChaCha20_Poly1305", "XChaCha20", "Salsa20":
		return semantic.CallArg(c, -1, "nonce"), cipher + " nonce"
	}
	mode := pycaMode(p, c)
	if !pycaModes[mode] {
		return nil, ""
	}
	what := strings.TrimPrefix(mode, "MODE_")
	if iv := semantic.CallArg(c, 2, ""); iv != nil {
		return iv, what + " IV"
	}
	if iv := semantic.CallArg(c, -1, "iv"); iv != nil {
		return iv, what + " IV"
	}
	return semantic.CallArg(c, -1, "nonce"), what + " nonce"
}

// pycaMode returns the MODE_* name given to a pycryptodome cipher's
// new(key, mode, ...).
func pycaMode(p *analysis.Pass, c *ast.Call) string {
	m := semantic.CallArg(c, 1, "mode")
	if m == nil {
		return ""
	}
	q := ruleutil.Qual(p, m)
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		q = q[i+1:]
	}
	if q == "" {
		q = semantic.LastName(m)
	}
	return q
}
