package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// oldVersions are ssl.TLSVersion members below TLS 1.2.
var oldVersions = map[string]bool{"ssl.TLSVersion.SSLv3": true, "ssl.TLSVersion.TLSv1": true,
	"ssl.TLSVersion.TLSv1_1": true, "ssl.TLSVersion.MINIMUM_SUPPORTED": true}

// oldProtocols are protocol constants that pin a version below TLS 1.2.
var oldProtocols = map[string]bool{"ssl.PROTOCOL_SSLv2": true, "ssl.PROTOCOL_SSLv3": true,
	"ssl.PROTOCOL_TLSv1": true, "ssl.PROTOCOL_TLSv1_1": true, "OpenSSL.SSL.SSLv2_METHOD": true,
	"OpenSSL.SSL.SSLv3_METHOD": true, "OpenSSL.SSL.TLSv1_METHOD": true, "OpenSSL.SSL.TLSv1_1_METHOD": true}

// noFlags are the ssl options that turn old versions off.
var noFlags = map[string]bool{"ssl.OP_NO_SSLv2": true, "ssl.OP_NO_SSLv3": true, "ssl.OP_NO_TLSv1": true, "ssl.OP_NO_TLSv1_1": true}

// KR513 reports TLS contexts that allow protocol versions below TLS 1.2.
var KR513 = &analysis.Rule{
	ID:    "KR513",
	Name:  "tls_old_protocol_version",
	Title: "TLS context allows protocol versions below TLS 1.2",
	Why: "SSL 3, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996): they rely on MD5 and SHA-1, have had practical " +
		"attacks (POODLE, BEAST), and let an attacker downgrade connections to them.",
	Bad:  "import ssl\n\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1",
	Good: "import ssl\n\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2",
	Notes: "Reported for minimum_version set to SSLv3, TLSv1, TLSv1_1 or MINIMUM_SUPPORTED, maximum_version set " +
		"below TLS 1.2, options &= ~ssl.OP_NO_TLSv1 (and the like), which turn an old version back on, and " +
		"ssl.SSLContext(ssl.PROTOCOL_TLSv1) or OpenSSL.SSL.Context(SSL.TLSv1_METHOD) with the protocol given " +
		"positionally (Bandit's B502 covers ssl_version= and method=).",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        327,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.AssignKind, ast.AugAssignKind, ast.CallKind},
	Callees:    ruleutil.Callees("SSLContext", "Context"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		switch n := n.(type) {
		case *ast.Assign:
			if len(n.Targets) != 1 {
				return nil
			}
			t, ok := n.Targets[0].(*ast.Attribute)
			if !ok || t.Attr.Name != "minimum_version" && t.Attr.Name != "maximum_version" {
				return nil
			}
			v := ruleutil.Qual(p, n.Value)
			if !oldVersions[v] {
				return nil
			}
			name := strings.TrimPrefix(v, "ssl.TLSVersion.")
			if t.Attr.Name == "minimum_version" {
				p.Reportf(n, "minimum_version = %s allows protocol versions below TLS 1.2, which are broken and deprecated.", name)
			} else {
				p.Reportf(n, "maximum_version = %s caps connections below TLS 1.2, which is broken and deprecated.", name)
			}
		case *ast.AugAssign:
			t, ok := n.Target.(*ast.Attribute)
			if !ok || t.Attr.Name != "options" || n.Op != ast.BitAnd {
				return nil
			}
			u, ok := n.Value.(*ast.UnaryOp)
			if !ok || u.Op != ast.Invert {
				return nil
			}
			for _, f := range flags(p, u.Operand) {
				if noFlags[f] {
					p.Reportf(n, "Clearing %s turns %s back on, a protocol version that is broken and deprecated.", strings.TrimPrefix(f, "ssl."), strings.TrimPrefix(f, "ssl.OP_NO_"))
					return nil
				}
			}
		case *ast.Call:
			q := ruleutil.Qual(p, n.Func)
			if q != "ssl.SSLContext" && q != "OpenSSL.SSL.Context" || len(n.Args) == 0 {
				return nil
			}
			if v := ruleutil.Qual(p, n.Args[0]); oldProtocols[v] {
				p.Reportf(n.Args[0], "%s pins a protocol version below TLS 1.2, which is broken and deprecated.", v[strings.LastIndexByte(v, '.')+1:])
			}
		}
		return nil
	},
}

// flags returns the qualified names of the flags or-ed together in e.
func flags(p *analysis.Pass, e ast.Expr) []string {
	if b, ok := e.(*ast.BinOp); ok && b.Op == ast.BitOr {
		return append(flags(p, b.Left), flags(p, b.Right)...)
	}
	return []string{ruleutil.Qual(p, e)}
}
