package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// unauthModes are the modes that encrypt without authenticating.
var unauthModes = map[string]bool{"CBC": true, "CTR": true, "OFB": true, "CFB": true, "CFB8": true}

// macKey caches, per file, whether the source mentions a MAC.
var macKey = analysis.NewStateKey(func() any { return new(int8) })

// KR507 reports CBC, CTR, OFB and CFB encryption in modules that compute
// no MAC.
var KR507 = &analysis.Rule{
	ID:    "KR507",
	Name:  "unauthenticated_cipher_mode",
	Title: "CBC or CTR encryption without a MAC, where an AEAD would serve",
	Why: "CBC, CTR, OFB and CFB hide data but do not protect it: an attacker can flip bits of a CTR plaintext at " +
		"will, and a server that reports CBC padding errors decrypts anything for them (a padding oracle). " +
		"Authenticated encryption — AES-GCM, ChaCha20-Poly1305, or Fernet — detects tampering.",
	Bad:  "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\ncipher = Cipher(algorithms.AES(key), modes.CBC(iv))\nencryptor = cipher.encryptor()\nct = encryptor.update(padded) + encryptor.finalize()",
	Good: "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\nnonce = os.urandom(12)\nct = AESGCM(key).encrypt(nonce, data, associated_data)",
	Notes: "Reported for cryptography's modes.CBC, CTR, OFB, CFB and CFB8 and pycryptodome's *.new(key, MODE_CBC, " +
		"MODE_CTR, MODE_OFB, MODE_CFB, MODE_OPENPGP) in a module whose text mentions no MAC (hmac, HMAC, CMAC, " +
		"Poly1305): encrypt-then-MAC in the same module is taken as authenticated. A MAC computed in another module " +
		"is invisible to the rule, hence medium confidence. Formats that fix the mode (disk encryption, a protocol) " +
		"can suppress the finding with a note. ECB is Bandit's B305.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        353,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("CBC", "CTR", "OFB", "CFB", "CFB8", "new"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		q := ruleutil.Qual(p, c.Func)
		mode := ""
		switch {
		case strings.HasPrefix(q, modesPkg) && unauthModes[q[len(modesPkg):]]:
			mode = q[len(modesPkg):]
		case pycryptodomeCipher(q) != "":
			switch m := pycaMode(p, c); m {
			case "MODE_CBC", "MODE_CTR", "MODE_OFB", "MODE_CFB", "MODE_OPENPGP":
				mode = strings.TrimPrefix(m, "MODE_")
			}
		}
		if mode == "" || hasMAC(p) {
			return nil
		}
		p.Reportf(c, "%s mode encrypts without authenticating and the module computes no MAC: ciphertexts can be altered undetected (and CBC padding errors become a decryption oracle). Use AES-GCM, ChaCha20-Poly1305 or Fernet.", mode)
		return nil
	},
}

// hasMAC reports whether the file's text mentions a MAC.
func hasMAC(p *analysis.Pass) bool {
	st := p.State(macKey).(*int8)
	if *st == 0 {
		*st = -1
		src := p.File.Src
		for _, w := range []string{"hmac", "HMAC", "CMAC", "cmac", "Poly1305", "poly1305"} {
			if strings.Contains(src, w) {
				*st = 1
				break
			}
		}
	}
	return *st == 1
}
