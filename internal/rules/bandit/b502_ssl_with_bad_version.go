package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// SSLOptions are the options of B502 and B503.
type SSLOptions struct {
	// BadProtocolVersions are the names of protocol constants that are
	// reported.
	BadProtocolVersions []string `toml:"bad_protocol_versions"`
}

func defaultSSLOptions() *SSLOptions {
	return &SSLOptions{BadProtocolVersions: []string{"PROTOCOL_SSLv2", "SSLv2_METHOD", "SSLv23_METHOD", "PROTOCOL_SSLv3",
		"PROTOCOL_TLSv1", "SSLv3_METHOD", "TLSv1_METHOD", "PROTOCOL_TLSv1_1", "TLSv1_1_METHOD"}}
}

// B502 reports calls that select a broken SSL/TLS protocol version.
var B502 = &analysis.Rule{
	ID:    "B502",
	Name:  "ssl_with_bad_version",
	Title: "Broken SSL/TLS protocol version",
	Why: "SSL 2 and 3 and TLS 1.0 and 1.1 have practical attacks (POODLE, BEAST, downgrade); a connection that " +
		"allows them can be decrypted or tampered with.",
	Bad:  "import ssl\nsock = ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_TLSv1)",
	Good: "import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\nsock = ctx.wrap_socket(s, server_hostname=host)",
	Notes: "HIGH for ssl.wrap_socket(ssl_version=...) and pyOpenSSL.SSL.Context(method=...); MEDIUM for any other call " +
		"passing such a constant as method= or ssl_version=. Option bad_protocol_versions lists the constants. " +
		"As in Bandit, OpenSSL.SSL.Context(method=...) falls in the MEDIUM case (Bandit matches the name pyOpenSSL).",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        327,
	Since:      "0.1.0",
	Default:    true,
	Options:    defaultSSLOptions(),
	Kinds:      []ast.Kind{ast.CallKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		if !hasAnyKeyword(n.(*ast.Call), "ssl_version", "method") {
			return nil
		}
		bad := p.Options.(*SSLOptions).BadProtocolVersions
		c := newCall(p, n.(*ast.Call))
		switch c.text {
		case "ssl.wrap_socket":
			if c.qual != "" && c.kwIsStr("ssl_version", bad...) {
				c.reportAt(p, "ssl_version", "ssl.wrap_socket call with insecure SSL/TLS protocol version identified, security issue.", analysis.High, analysis.High)
			}
			if c.qual != "" {
				return nil
			}
		case "pyOpenSSL.SSL.Context":
			if c.qual != "" && c.kwIsStr("method", bad...) {
				c.reportAt(p, "method", "SSL.Context call with insecure SSL/TLS protocol version identified, security issue.", analysis.High, analysis.High)
			}
			if c.qual != "" {
				return nil
			}
		}
		kw := ""
		switch {
		case c.kwIsStr("method", bad...):
			kw = "method"
		case c.kwIsStr("ssl_version", bad...):
			kw = "ssl_version"
		default:
			return nil
		}
		if c.hasKeyword("method") {
			kw = "method"
		}
		c.reportAt(p, kw, "Function call with insecure SSL/TLS protocol identified, possible security issue.", analysis.Medium, analysis.Medium)
		return nil
	},
}
