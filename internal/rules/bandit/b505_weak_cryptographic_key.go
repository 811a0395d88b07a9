package bandit

import (
	"fmt"
	"math/big"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B505Options are B505's key size thresholds, in bits: below High is
// HIGH severity, below Medium is MEDIUM.
type B505Options struct {
	DSAHigh   int `toml:"weak_key_size_dsa_high"`
	DSAMedium int `toml:"weak_key_size_dsa_medium"`
	RSAHigh   int `toml:"weak_key_size_rsa_high"`
	RSAMedium int `toml:"weak_key_size_rsa_medium"`
	ECHigh    int `toml:"weak_key_size_ec_high"`
	ECMedium  int `toml:"weak_key_size_ec_medium"`
}

var (
	cryptographyKeyType = map[string]string{
		"cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key": "DSA",
		"cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key": "RSA",
		"cryptography.hazmat.primitives.asymmetric.ec.generate_private_key":  "EC",
	}
	pycryptoKeyType = map[string]string{
		"Crypto.PublicKey.DSA.generate":     "DSA",
		"Crypto.PublicKey.RSA.generate":     "RSA",
		"Cryptodome.PublicKey.DSA.generate": "DSA",
		"Cryptodome.PublicKey.RSA.generate": "RSA",
	}
	curveBits = map[string]int64{
		"SECT571K1": 571, "SECT571R1": 570, "SECP521R1": 521, "BrainpoolP512R1": 512, "SECT409K1": 409,
		"SECT409R1": 409, "BrainpoolP384R1": 384, "SECP384R1": 384, "SECT283K1": 283, "SECT283R1": 283,
		"BrainpoolP256R1": 256, "SECP256K1": 256, "SECP256R1": 256, "SECT233K1": 233, "SECT233R1": 233,
		"SECP224R1": 224, "SECP192R1": 192, "SECT163K1": 163, "SECT163R2": 163,
	}
)

// B505 reports RSA, DSA and EC keys generated too small.
var B505 = &analysis.Rule{
	ID:    "B505",
	Name:  "weak_cryptographic_key",
	Title: "Cryptographic key too small",
	Why: "RSA and DSA keys under 2048 bits and elliptic curves under 224 bits can be broken with the computing " +
		"power available today (under 1024 and 160 bits, cheaply).",
	Bad:  "from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=1024)",
	Good: "from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)",
	Notes: "cryptography's generate_private_key and pyCrypto/pycryptodome's generate. HIGH below 1024 bits (RSA, DSA) or " +
		"160 (EC), MEDIUM below 2048 or 224; the thresholds are options. As in Bandit, an EC curve is only " +
		"recognised when passed as the class (ec.SECP192R1), not as an instance.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        326,
	Since:      "0.1.0",
	Default:    true,
	Options:    &B505Options{DSAHigh: 1024, DSAMedium: 2048, RSAHigh: 1024, RSAMedium: 2048, ECHigh: 160, ECMedium: 224},
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("generate_private_key", "generate"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		o := p.Options.(*B505Options)
		c := newCall(p, n.(*ast.Call))
		var size lit
		keyType := cryptographyKeyType[c.qual]
		switch keyType {
		case "DSA", "RSA":
			pos := 0
			if keyType == "RSA" {
				pos = 1
			}
			size = orLit(c.kwValue("key_size"), c.argAt(pos), intLit(2048))
		case "EC":
			curve := c.kwValue("curve")
			if !curve.truthy() && len(c.p.Args) > 0 {
				curve = argValue(c.p.Args[0])
			}
			bits := int64(224)
			if s, ok := curve.str(); ok {
				if b, ok := curveBits[s]; ok {
					bits = b
				}
			}
			size = intLit(bits)
		default:
			keyType = pycryptoKeyType[c.qual]
			if keyType == "" {
				return nil
			}
			size = orLit(c.kwValue("bits"), c.argAt(0), intLit(2048))
		}
		var high, medium int
		switch keyType {
		case "DSA":
			high, medium = o.DSAHigh, o.DSAMedium
		case "RSA":
			high, medium = o.RSAHigh, o.RSAMedium
		case "EC":
			high, medium = o.ECHigh, o.ECMedium
		}
		for _, t := range []struct {
			bits  int
			level analysis.Level
		}{{high, analysis.High}, {medium, analysis.Medium}} {
			if less(size, t.bits) {
				c.report(p, fmt.Sprintf("%s key sizes below %d bits are considered breakable. ", keyType, t.bits), t.level, analysis.High)
				return nil
			}
		}
		return nil
	},
}

func intLit(v int64) lit { return lit{kind: litInt, i: big.NewInt(v)} }

// orLit is Python's "a or b or c".
func orLit(ls ...lit) lit {
	for _, l := range ls {
		if l.truthy() {
			return l
		}
	}
	return ls[len(ls)-1]
}

// less reports whether a number l is below n (strings and other values,
// which Bandit cannot compare, are not).
func less(l lit, n int) bool {
	switch l.kind {
	case litInt:
		return l.i.Cmp(big.NewInt(int64(n))) < 0
	case litFloat:
		return l.f < float64(n)
	}
	return false
}
