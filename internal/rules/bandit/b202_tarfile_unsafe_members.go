package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B202 reports tarfile extractall calls without a safe filter.
var B202 = &analysis.Rule{
	ID:    "B202",
	Name:  "tarfile_unsafe_members",
	Title: "tarfile.extractall without member validation",
	Why: "A tar archive can hold members named ../../etc/cron.d/job, absolute paths, or links pointing outside " +
		"the destination; extractall writes them where they say (path traversal, CVE-2007-4559).",
	Bad:  "import tarfile\nwith tarfile.open(upload) as tar:\n    tar.extractall(dest)",
	Good: "import tarfile\nwith tarfile.open(upload) as tar:\n    tar.extractall(dest, filter=\"data\")",
	Notes: "HIGH without members= or filter=\"data\"; LOW (low confidence) when members= is a function call " +
		"that may filter; MEDIUM when members= is something else. As in Bandit, the module must import tarfile and " +
		"the method's name must contain extractall; a members= call of a method (members=self.safe(tar)) is not " +
		"reported, because Bandit's check fails on it.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        22,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		if !strings.Contains(calleeName(p, n.(*ast.Call)), "extractall") || !importedExact(p, "tarfile") {
			return nil
		}
		c := newCall(p, n.(*ast.Call))
		if k := c.keyword("filter"); k != nil {
			if v, ok := k.Value.(*ast.Constant); ok && v.Value.Kind == ast.StrValue && v.Value.Str == "data" {
				return nil
			}
		}
		k := c.keyword("members")
		if k == nil {
			c.report(p, "tarfile.extractall used without any validation. Please check and discard dangerous members.", analysis.High, analysis.High)
			return nil
		}
		if fc, ok := k.Value.(*ast.Call); ok {
			fn, ok := fc.Func.(*ast.Name)
			if !ok {
				return nil // Bandit's check raises on members=obj.method(...)
			}
			c.report(p, "Usage of tarfile.extractall(members=function(tarfile)). Make sure your function properly discards dangerous members {'Function': '"+fn.ID+"'}).", analysis.Low, analysis.Low)
			return nil
		}
		other := p.Text(k.Value)
		if nm, ok := k.Value.(*ast.Name); ok {
			other = "'" + nm.ID + "'"
		}
		c.report(p, "Found tarfile.extractall(members=?) but couldn't identify the type of members. Check if the members were properly validated {'Other': "+other+"}).", analysis.Medium, analysis.Medium)
		return nil
	},
}
