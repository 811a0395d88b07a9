package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// randomFuncs are the functions of random (and of random.Random
// instances) that produce values.
var randomFuncs = map[string]bool{"random": true, "randint": true, "randrange": true, "choice": true,
	"choices": true, "sample": true, "getrandbits": true, "randbytes": true, "shuffle": true, "uniform": true,
	"triangular": true, "gauss": true}

// codeWords qualify "code" as a one-time secret: reset_code,
// verification_code, otp_code.
var codeWords = map[string]bool{"reset": true, "verification": true, "verify": true, "confirmation": true,
	"confirm": true, "activation": true, "activate": true, "auth": true, "otp": true, "login": true,
	"invite": true, "invitation": true, "recovery": true, "backup": true, "security": true, "access": true,
	"sms": true, "mfa": true, "twofa": true, "one": true, "unlock": true, "pairing": true}

// secretWords are words that make a name a secret for this rule, beyond
// ruleutil.ClassifyName's.
var secretWords = map[string]bool{"salt": true, "iv": true, "nonce": true, "otp": true, "totp": true,
	"hotp": true, "pin": true, "csrf": true, "xsrf": true, "apikey": true}

// randomSecret says whether a name is a secret's, and whether strongly
// (a password, key, salt, IV) or weakly (a token: the word has other
// uses).
func randomSecret(name string, bytesLike bool) (secret, strong bool) {
	ws := ruleutil.Words(name)
	if len(ws) == 0 {
		return false, false
	}
	switch ruleutil.ClassifyWords(ws) {
	case ruleutil.Token:
		return true, false
	case ruleutil.NotSecret:
	default:
		return true, true
	}
	if len(ws) > 1 && ruleutil.Describes(name) {
		return false, false
	}
	for i, w := range ws {
		if secretWords[w] {
			return true, true
		}
		if w == "code" && i > 0 && codeWords[ws[i-1]] {
			return true, true
		}
		if w == "key" && bytesLike {
			return true, true // key = random.randbytes(16)
		}
	}
	return false, false
}

// KR509 reports random module values used as secrets.
var KR509 = &analysis.Rule{
	ID:    "KR509",
	Name:  "insecure_random_for_secret",
	Title: "random module used for a password, token, key, salt, IV or one-time code",
	Why: "The random module's Mersenne Twister is predictable: from 624 outputs (fewer with some knowledge of the " +
		"seed) an attacker computes every past and future value. Tokens, reset codes, session ids, salts, keys and " +
		"IVs made with it can be guessed. The secrets module (or os.urandom) is built for them.",
	Bad:  "import random, string\nreset_code = \"\".join(random.choices(string.digits, k=6))\nsalt = random.randbytes(16)",
	Good: "import secrets\nreset_code = f\"{secrets.randbelow(10**6):06d}\"\nsalt = secrets.token_bytes(16)",
	Notes: "Unlike Bandit's B311, which reports every use of random, this rule reports a random value (random.choice, " +
		"randint, getrandbits, randbytes, …, or those of a random.Random instance; SystemRandom is fine) when it ends " +
		"up — within the expression, or through one local variable of the same function — assigned to a name, " +
		"attribute or dict key that says password, token, secret, API key, session id, salt, IV, nonce, OTP, PIN or " +
		"reset/verification code, passed as such a keyword argument, or returned from a function whose name says so " +
		"(generate_token, make_password). A token made in a function that makes a MIME boundary or delimiter " +
		"(_make_boundary) is not reported. Confidence is medium for tokens (lexers and boundaries have tokens too), high " +
		"otherwise; test files are skipped.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        338,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees: func(any) []string {
		names := make([]string, 0, len(randomFuncs))
		for n := range randomFuncs {
			names = append(names, n)
		}
		return names
	},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		fn := insecureRandom(p, c)
		if fn == "" || ruleutil.IsTestPath(p.Path) {
			return nil
		}
		bytesLike := fn == "randbytes" || fn == "getrandbits"
		name, at := sinkOf(p, p.Parents(), c, bytesLike)
		if name == "" && at != nil {
			// One step of flow: r = random.randint(...); code = str(r).
			if t, ok := at.(*ast.Name); ok {
				name, at = flowToSecret(p, t, bytesLike)
			}
		}
		if name == "" {
			return nil
		}
		_, strong := randomSecret(strings.TrimSuffix(name, "()"), bytesLike)
		if fd := ruleutil.EnclosingFunc(p); !strong && fd != nil && ruleutil.HasWord(ruleutil.Words(fd.Name.Name), "boundary", "delimiter", "separator") {
			return nil // email.generator._make_boundary: token = random.randrange(sys.maxsize)
		}
		conf := analysis.High
		if !strong {
			conf = analysis.Medium
		}
		f := analysis.Finding{Span: c.Span(), Confidence: conf,
			Message: "random." + fn + " is predictable, and its value becomes " + name + ": use the secrets module (secrets.token_urlsafe, secrets.choice, secrets.token_bytes)."}
		if at != nil && at.Span() != c.Span() && !within(at, c) {
			f.Related = []analysis.Location{{Path: p.Path, Span: at.Span(), Message: "used as " + name}}
		}
		p.Report(f)
		return nil
	},
}

// within reports whether n lies inside outer.
func within(n, outer ast.Node) bool {
	return n.Span().Start >= outer.Span().Start && n.Span().End <= outer.Span().End
}

// insecureRandom returns the name of the random function c calls, when
// it is the random module's (or a random.Random instance's), or "".
func insecureRandom(p *analysis.Pass, c *ast.Call) string {
	q := ruleutil.Qual(p, c.Func)
	if strings.HasPrefix(q, "random.") && randomFuncs[q[len("random."):]] {
		return q[len("random."):]
	}
	if strings.HasPrefix(q, "numpy.random.") && randomFuncs[q[len("numpy.random."):]] {
		return q[len("numpy.random."):]
	}
	if a, ok := c.Func.(*ast.Attribute); ok && randomFuncs[a.Attr.Name] {
		if _, rq := ruleutil.CallOf(p, p.Scope(), a.Value); rq == "random.Random" {
			return a.Attr.Name
		}
	}
	return ""
}

// sinkOf walks up from the random call to its statement and returns the
// secret name its value is given to (an assignment target, a keyword, a
// dict key, the function returning it), or "" and, for an assignment to
// a plain local name, that name.
func sinkOf(p *analysis.Pass, ps []ast.Node, from ast.Node, bytesLike bool) (string, ast.Node) {
	child := from
	for i := len(ps) - 1; i >= 0; i-- {
		switch x := ps[i].(type) {
		case *ast.Keyword:
			if ok, _ := randomSecret(x.Arg.Name, bytesLike); ok {
				return x.Arg.Name, x
			}
		case *ast.Dict:
			for j, v := range x.Values {
				if v == child && x.Keys[j] != nil {
					if k, ok := p.Model.ConstString(p.Scope(), x.Keys[j]); ok {
						if sec, _ := randomSecret(k, bytesLike); sec {
							return k, x.Keys[j]
						}
					}
				}
			}
		case *ast.Assign:
			for _, t := range x.Targets {
				if name := targetName(p, t); name != "" {
					if sec, _ := randomSecret(name, bytesLike); sec {
						return name, t
					}
				}
			}
			if len(x.Targets) == 1 {
				if t, ok := x.Targets[0].(*ast.Name); ok {
					return "", t
				}
			}
			return "", nil
		case *ast.AnnAssign:
			if name := targetName(p, x.Target); name != "" {
				if sec, _ := randomSecret(name, bytesLike); sec {
					return name, x.Target
				}
			}
			if t, ok := x.Target.(*ast.Name); ok {
				return "", t
			}
			return "", nil
		case *ast.AugAssign:
			if name := targetName(p, x.Target); name != "" {
				if sec, _ := randomSecret(name, bytesLike); sec {
					return name, x.Target
				}
			}
			return "", nil
		case *ast.Return:
			if fd := enclosingDef(ps[:i]); fd != nil {
				if sec, _ := randomSecret(fd.Name.Name, bytesLike); sec {
					return fd.Name.Name + "()", fd.Name
				}
			}
			return "", nil
		case *ast.Lambda:
			return "", nil
		case ast.Stmt:
			return "", nil
		}
		child = ps[i]
	}
	return "", nil
}

// enclosingDef returns the innermost def among ancestors.
func enclosingDef(ps []ast.Node) *ast.FunctionDef {
	for i := len(ps) - 1; i >= 0; i-- {
		switch n := ps[i].(type) {
		case *ast.FunctionDef:
			return n
		case *ast.ClassDef, *ast.Lambda:
			return nil
		}
	}
	return nil
}

// targetName returns the name an assignment target goes by: a name, an
// attribute, a constant dict key.
func targetName(p *analysis.Pass, t ast.Expr) string {
	switch x := t.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr.Name
	case *ast.Subscript:
		if k, ok := p.Model.ConstString(p.Scope(), x.Slice); ok {
			return k
		}
	}
	return ""
}

// flowToSecret looks, in the rest of the function, for a statement that
// gives the local name t to a secret: "code = str(n)", "user.otp = n",
// "return n" in generate_token. It returns that secret's name and node.
func flowToSecret(p *analysis.Pass, t *ast.Name, bytesLike bool) (string, ast.Node) {
	fd := ruleutil.EnclosingFunc(p)
	if fd == nil {
		return "", nil
	}
	b := p.Model.Lookup(p.Scope(), t.ID, t.End)
	var name string
	var at ast.Node
	stack := []ast.Node{fd} // the def, for a return in it
	for _, st := range fd.Body {
		if name != "" {
			break
		}
		ast.Inspect(st, func(n ast.Node) bool {
			if name != "" {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if _, nested := n.(*ast.FunctionDef); nested {
				return false
			}
			if u, ok := n.(*ast.Name); ok && u.ID == t.ID && u.Start > t.End && u.Ctx == ast.Load {
				if ub := p.Model.Lookup(p.Scope(), u.ID, u.Start); ub == b || ub == nil && b == nil {
					if nm, node := sinkOf(p, stack, u, bytesLike); nm != "" {
						name, at = nm, node
						return false
					}
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	return name, at
}
