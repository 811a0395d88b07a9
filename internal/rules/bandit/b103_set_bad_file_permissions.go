package bandit

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B103 reports chmod calls that give group or others write or execute
// permission.
var B103 = &analysis.Rule{
	ID:    "B103",
	Name:  "set_bad_file_permissions",
	Title: "chmod with a permissive mode",
	Why: "A file that group or others may write can be replaced or altered by another user of the machine; " +
		"one they may execute widens what runs. World-writable files are the worst case (HIGH).",
	Bad:        "import os\nos.chmod(\"/etc/app.conf\", 0o777)",
	Good:       "import os, stat\nos.chmod(\"/etc/app.conf\", stat.S_IRUSR | stat.S_IWUSR)",
	Notes:      "As in Bandit, any call whose name contains \"chmod\" with two positional arguments is checked, and only a literal integer mode is understood.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        732,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		if len(n.(*ast.Call).Args) != 2 || !strings.Contains(calleeName(p, n.(*ast.Call)), "chmod") {
			return nil
		}
		c := newCall(p, n.(*ast.Call))
		mode, ok := c.argAt(1).int()
		if !ok {
			return nil
		}
		const (
			iwoth = 0o002
			iwgrp = 0o020
			ixgrp = 0o010
			ixoth = 0o001
		)
		bits := new(big.Int).And(mode, big.NewInt(iwoth|iwgrp|ixgrp|ixoth)).Int64()
		if bits == 0 {
			return nil
		}
		sev := analysis.Medium
		if bits&iwoth != 0 {
			sev = analysis.High
		}
		file := "NOT PARSED"
		if v := c.argAt(0); v.kind != litNil {
			file = v.pyStr()
		}
		p.Report(analysis.Finding{Span: n.Span(), Severity: sev,
			Message: fmt.Sprintf("Chmod setting a permissive mask %s on file (%s).", pyOct(mode), file)})
		return nil
	},
}

// pyOct is Python's oct().
func pyOct(v *big.Int) string {
	if v.Sign() < 0 {
		return "-0o" + new(big.Int).Neg(v).Text(8)
	}
	return "0o" + v.Text(8)
}
