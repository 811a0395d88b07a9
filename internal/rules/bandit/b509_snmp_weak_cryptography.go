package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B509 reports SNMPv3 users without both authentication and privacy.
var B509 = &analysis.Rule{
	ID:    "B509",
	Name:  "snmp_weak_cryptography",
	Title: "SNMPv3 without authentication and encryption",
	Why: "UsmUserData with fewer than three positional arguments is noAuthNoPriv or authNoPriv: the traffic is not " +
		"encrypted, and without a key not authenticated either.",
	Bad:        "from pysnmp.hlapi import UsmUserData\nuser = UsmUserData(\"user\")",
	Good:       "from pysnmp.hlapi import UsmUserData\nuser = UsmUserData(\"user\", auth_key, priv_key)",
	Notes:      "As in Bandit, keys passed by keyword (authKey=, privKey=) are not counted.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        319,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("UsmUserData"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual == "pysnmp.hlapi.UsmUserData" && len(c.p.Args) < 3 {
			c.report(p, "You should not use SNMPv3 without encryption. noAuthNoPriv & authNoPriv is insecure", 0, 0)
		}
		return nil
	},
}
