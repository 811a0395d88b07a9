package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR203 reports ALLOWED_HOSTS containing "*".
var KR203 = &analysis.Rule{
	ID:    "KR203",
	Name:  "django_allowed_hosts_wildcard",
	Title: "Django ALLOWED_HOSTS accepts any host",
	Why: "ALLOWED_HOSTS is Django's defence against Host header attacks: with \"*\" any Host header is accepted, and " +
		"the links Django builds from it — password reset emails, absolute redirects, cache keys — can be made to point " +
		"at an attacker's site.",
	Bad:  "ALLOWED_HOSTS = [\"*\"]",
	Good: "ALLOWED_HOSTS = [\"www.example.com\", \".example.org\"]",
	Notes: "Reported in Django settings that are not for development, for a list or tuple holding \"*\", and for an " +
		"environment lookup whose default is \"*\" (os.environ.get(\"ALLOWED_HOSTS\", \"*\").split(\",\")). A leading dot " +
		"(\".example.com\", the domain and its subdomains) is fine.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        20,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		a := m.final("ALLOWED_HOSTS")
		if a == nil || a.value == nil {
			return nil
		}
		v, fallback := a.value, false
		// os.environ.get("ALLOWED_HOSTS", "*").split(",")
		if c, ok := v.(*ast.Call); ok {
			if at, ok := c.Func.(*ast.Attribute); ok && at.Attr.Name == "split" {
				v = at.Value
			}
		}
		e, fb := effective(v)
		if fb {
			v, fallback = e, true
		}
		if s, ok := p.Model.ConstString(p.Scope(), v); ok && fallback {
			for _, h := range strings.Split(s, ",") {
				if strings.TrimSpace(h) == "*" {
					p.Report(analysis.Finding{Span: v.Span(), Message: "ALLOWED_HOSTS defaults to \"*\" when the environment does not set it: any Host header is accepted.",
						Confidence: confidenceFor(m, true, analysis.High)})
					return nil
				}
			}
			return nil
		}
		var elts []ast.Expr
		switch l := v.(type) {
		case *ast.List:
			elts = l.Elts
		case *ast.Tuple:
			elts = l.Elts
		}
		for _, x := range elts {
			if s, ok := p.Model.ConstString(p.Scope(), x); ok && s == "*" {
				p.Report(analysis.Finding{Span: x.Span(), Message: "ALLOWED_HOSTS contains \"*\": any Host header is accepted, and links Django builds from it can point anywhere.",
					Confidence: confidenceFor(m, fallback, analysis.High)})
			}
		}
		return nil
	},
}
