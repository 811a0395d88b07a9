package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// nonceUse is an encryption with a key (the binding of the AEAD object,
// or of the key) and a nonce (the binding of the nonce's name). For
// pycryptodome, alg is the cipher and mode: one key and nonce given to
// AES-GCM and to ChaCha20-Poly1305 give two unrelated keystreams.
type nonceUse struct {
	key, nonce *semantic.Binding
	alg        string
}

// reuseKey holds, per file, the encryptions seen so far.
var reuseKey = analysis.NewStateKey(func() any { return map[nonceUse]ast.Node{} })

// KR506 reports one nonce used for two AES-GCM or ChaCha20-Poly1305
// encryptions under the same key.
var KR506 = &analysis.Rule{
	ID:    "KR506",
	Name:  "aead_nonce_reuse",
	Title: "Same nonce used twice with one AEAD key (AES-GCM, ChaCha20-Poly1305)",
	Why: "AES-GCM and ChaCha20-Poly1305 fail badly when a nonce repeats under one key: the XOR of the two " +
		"plaintexts leaks, and with GCM the authentication key can be recovered, after which anyone can forge " +
		"messages the receiver accepts.",
	Bad:  "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\naesgcm = AESGCM(key)\nnonce = os.urandom(12)\nfor record in records:\n    out.append(aesgcm.encrypt(nonce, record, None))",
	Good: "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\naesgcm = AESGCM(key)\nfor record in records:\n    nonce = os.urandom(12)\n    out.append(nonce + aesgcm.encrypt(nonce, record, None))",
	Notes: "Reported when the nonce is a name and either a second encryption in the same function uses the same " +
		"binding of it with the same AEAD object (or, for pycryptodome, the same key), or the encryption runs in a " +
		"loop while the nonce was assigned before the loop. Checked: encrypt(nonce, …) of cryptography's AESGCM, " +
		"ChaCha20Poly1305, AESCCM and AESOCB3 objects, and pycryptodome's AES.new(key, MODE_GCM/EAX/CCM/OCB/CTR, " +
		"nonce=…) and ChaCha20_Poly1305.new(key=…, nonce=…). Constant nonces are KR505's.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        323,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("encrypt", "new"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		s := p.Scope()
		var key, nonce ast.Expr
		alg := ""
		if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "encrypt" {
			if _, rq := ruleutil.CallOf(p, s, a.Value); strings.HasPrefix(rq, aeadPkg) && nonceAEADs[rq[len(aeadPkg):]] {
				key, nonce = a.Value, semantic.CallArg(c, 0, "nonce")
			}
		} else if cipher := pycryptodomeCipher(ruleutil.Qual(p, c.Func)); cipher != "" {
			switch {
			case cipher == "ChaCha20_Poly1305" || cipher == "ChaCha20":
				key, nonce, alg = semantic.CallArg(c, -1, "key"), semantic.CallArg(c, -1, "nonce"), cipher
			case cipher == "AES":
				switch m := pycaMode(p, c); m {
				case "MODE_GCM", "MODE_EAX", "MODE_CCM", "MODE_OCB", "MODE_CTR":
					key, nonce, alg = semantic.CallArg(c, 0, "key"), semantic.CallArg(c, -1, "nonce"), "AES."+m
				}
			}
		}
		kn, ok1 := key.(*ast.Name)
		nn, ok2 := nonce.(*ast.Name)
		if !ok1 || !ok2 || ruleutil.IsConstBytes(p, s, nonce) {
			return nil
		}
		kb := p.Model.Lookup(s, kn.ID, kn.Start)
		nb := p.Model.Lookup(s, nn.ID, nn.Start)
		if kb == nil || nb == nil || nb.Kind == semantic.ParamBinding && nb.Scope.Kind != semantic.FunctionScope {
			return nil
		}
		seen := p.State(reuseKey).(map[nonceUse]ast.Node)
		use := nonceUse{kb, nb, alg}
		if first, ok := seen[use]; ok {
			p.Report(analysis.Finding{Span: nonce.Span(),
				Message: "The nonce " + nn.ID + " was already used with this key on line " + itoa(p.Line(first.Span().Start)) + ": a repeated nonce leaks plaintext and lets GCM tags be forged.",
				Related: []analysis.Location{{Path: p.Path, Span: first.Span(), Message: "first use"}}})
			return nil
		}
		seen[use] = nonce
		if ruleutil.InLoop(p, nb.Pos) {
			p.Reportf(nonce, "The nonce %s is assigned before the loop and used for every encryption in it: a repeated nonce leaks plaintext and lets GCM tags be forged.", nn.ID)
		}
		return nil
	},
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
