package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B610 reports Django QuerySet.extra calls with SQL that is not literal.
var B610 = &analysis.Rule{
	ID:    "B610",
	Name:  "django_extra_used",
	Title: "Django QuerySet.extra with SQL that is not a literal",
	Why: "extra() puts its where, tables and select strings into the query as SQL; a value in them that comes from " +
		"outside the program is SQL injection.",
	Bad:  "User.objects.extra(where=[\"name = '%s'\" % name])",
	Good: "User.objects.extra(where=[\"name = %s\"], params=[name])",
	Notes: "As in Bandit: any method named extra whose where= or tables= is not a list of string literals, or whose " +
		"select= is not a dict of string literals (positional arguments count in extra's order).",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        89,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("extra"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name != "extra" {
			return nil
		}
		kw := map[string]ast.Expr{}
		for _, k := range c.p.Keywords {
			kw[k.Arg.Name] = k.Value
		}
		for i, name := range []string{"select", "where", "params", "tables", "order_by", "select_params"} {
			if i < len(c.p.Args) {
				kw[name] = c.p.Args[i]
			}
		}
		insecure := false
		for _, key := range []string{"where", "tables"} {
			v, ok := kw[key]
			if !ok {
				continue
			}
			l, isList := v.(*ast.List)
			if !isList {
				insecure = true
				break
			}
			for _, e := range l.Elts {
				if !isStrConst(e) {
					insecure = true
					break
				}
			}
		}
		if sel, ok := kw["select"]; ok && !insecure {
			d, isDict := sel.(*ast.Dict)
			if !isDict {
				insecure = true
			} else {
				for _, k := range d.Keys {
					if k == nil || !isStrConst(k) {
						insecure = true
						break
					}
				}
				if !insecure {
					for _, v := range d.Values {
						if !isStrConst(v) {
							insecure = true
							break
						}
					}
				}
			}
		}
		if insecure {
			c.report(p, "Use of extra potential SQL attack vector.", 0, 0)
		}
		return nil
	},
}
