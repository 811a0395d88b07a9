package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B503 reports functions whose parameter defaults select a broken SSL/TLS
// protocol version.
var B503 = &analysis.Rule{
	ID:    "B503",
	Name:  "ssl_with_bad_defaults",
	Title: "Broken SSL/TLS protocol version as a parameter default",
	Why: "A default of SSL 3 or TLS 1.0 is what every caller that does not choose gets: connections that can be " +
		"decrypted or tampered with.",
	Bad:  "import ssl\ndef connect(host, version=ssl.PROTOCOL_TLSv1):\n    ...",
	Good: "import ssl\ndef connect(host, version=ssl.PROTOCOL_TLS_CLIENT):\n    ...",
	Notes: "As in Bandit, only attribute defaults (ssl.PROTOCOL_TLSv1) of positional parameters of plain def " +
		"statements are checked; the constants are B502's option bad_protocol_versions, which B503 reads from its own section.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        327,
	Since:      "0.1.0",
	Default:    true,
	Options:    defaultSSLOptions(),
	Kinds:      []ast.Kind{ast.FunctionDefKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		fn := n.(*ast.FunctionDef)
		if fn.IsAsync || fn.Args == nil {
			return nil
		}
		bad := p.Options.(*SSLOptions).BadProtocolVersions
		for _, d := range fn.Args.Defaults {
			a, ok := d.(*ast.Attribute)
			if !ok {
				continue
			}
			name := a.Attr.Name
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			if contains(bad, name) {
				f := analysis.Finding{Span: d.Span(), Extent: fn.Span(),
					Message: "Function definition identified with insecure SSL/TLS protocol version by default, possible security issue."}
				if l := p.Line(fn.Start); l != p.Line(d.Span().Start) {
					f.Line = l
				}
				p.Report(f)
				return nil
			}
		}
		return nil
	},
}
