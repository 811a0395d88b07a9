package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B508 reports pysnmp CommunityData with SNMPv1 or v2c.
var B508 = &analysis.Rule{
	ID:    "B508",
	Name:  "snmp_insecure_version",
	Title: "SNMPv1 or SNMPv2c",
	Why: "SNMP versions 1 and 2c authenticate with a community string sent in clear text and do not encrypt; " +
		"anyone on the path can read it and then read or change the device's settings.",
	Bad:        "from pysnmp.hlapi import CommunityData\nauth = CommunityData(\"public\", mpModel=0)",
	Good:       "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData(\"user\", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)",
	Notes:      "As in Bandit, only an explicit mpModel=0 or mpModel=1 is reported.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        319,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("CommunityData"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.qual != "pysnmp.hlapi.CommunityData" {
			return nil
		}
		if v := c.kwValue("mpModel"); v.equalInt(0) || v.equalInt(1) {
			c.report(p, "The use of SNMPv1 and SNMPv2 is insecure. You should use SNMPv3 if able.", 0, 0)
		}
		return nil
	},
}
