package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// jwtDecoders are the decode functions of PyJWT, python-jose and joserfc.
var jwtDecoders = map[string]bool{"jwt.decode": true, "jwt.decode_complete": true, "jwt.api_jwt.decode": true,
	"jwt.api_jwt.decode_complete": true, "jose.jwt.decode": true, "joserfc.jwt.decode": true, "jwt.api_jws.decode": true}

// jwtEncoders are the encode functions of the same libraries.
var jwtEncoders = map[string]bool{"jwt.encode": true, "jwt.api_jwt.encode": true, "jose.jwt.encode": true, "joserfc.jwt.encode": true}

// KR511 reports JWTs decoded without verifying their signature.
var KR511 = &analysis.Rule{
	ID:    "KR511",
	Name:  "jwt_verification_disabled",
	Title: "JWT decoded without signature verification, or with the none algorithm",
	Why: "A JWT's claims are only as trustworthy as its signature. Decoding with verification off, or accepting " +
		"the \"none\" algorithm, takes whatever a client sends: anyone can write a token saying they are an admin.",
	Bad:  "import jwt\n\nclaims = jwt.decode(token, options={\"verify_signature\": False})\nclaims = jwt.decode(token, key, algorithms=[\"HS256\", \"none\"])",
	Good: "import jwt\n\nclaims = jwt.decode(token, key, algorithms=[\"HS256\"], audience=\"api\")",
	Notes: "Reported for PyJWT's, python-jose's and joserfc's jwt.decode (and decode_complete) with " +
		"options={\"verify_signature\": False} (also through a name bound to the dict), verify=False (PyJWT 1), or " +
		"algorithms naming none; and for jwt.encode with algorithm=\"none\", which issues unsigned tokens. " +
		"jwt.get_unverified_header and get_unverified_claims are meant for reading a token before verifying it and " +
		"are not reported.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        347,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("decode", "decode_complete", "encode"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		s := p.Scope()
		q := ruleutil.Qual(p, c.Func)
		if jwtEncoders[q] {
			if a := semantic.CallArg(c, 2, "algorithm"); a != nil {
				if v, ok := ruleutil.Str(p, s, a); ok && strings.EqualFold(v, "none") {
					p.Reportf(a, "The JWT is issued with the none algorithm: it carries no signature, so anyone can write one.")
				}
			}
			return nil
		}
		if !jwtDecoders[q] {
			return nil
		}
		if k := semantic.CallKeyword(c, "verify"); k != nil {
			if v, ok := p.Model.ConstBool(s, k.Value); ok && !v {
				p.Reportf(k, "verify=False decodes the JWT without checking its signature: anyone can write a token the app accepts.")
				return nil
			}
		}
		if k := semantic.CallKeyword(c, "options"); k != nil {
			opts, os := ruleutil.Resolve(p, s, k.Value)
			if d, ok := opts.(*ast.Dict); ok {
				for i, key := range d.Keys {
					if key == nil {
						continue
					}
					if name, ok := p.Model.ConstString(os, key); ok && name == "verify_signature" {
						if v, ok := p.Model.ConstBool(os, d.Values[i]); ok && !v {
							p.Reportf(k, "options={\"verify_signature\": False} decodes the JWT without checking its signature: anyone can write a token the app accepts.")
							return nil
						}
					}
				}
			}
		}
		if a := semantic.CallKeyword(c, "algorithms"); a != nil {
			alg, as := ruleutil.Resolve(p, s, a.Value)
			var elts []ast.Expr
			switch l := alg.(type) {
			case *ast.List:
				elts = l.Elts
			case *ast.Tuple:
				elts = l.Elts
			case *ast.Set:
				elts = l.Elts
			default:
				elts = []ast.Expr{alg}
			}
			for _, e := range elts {
				if v, ok := p.Model.ConstString(as, e); ok && strings.EqualFold(v, "none") {
					p.Reportf(a, "The JWT's accepted algorithms include none: a token with no signature is accepted, so anyone can write one.")
					return nil
				}
			}
		}
		return nil
	},
}
