package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B611 reports Django RawSQL with SQL that is not a literal.
var B611 = &analysis.Rule{
	ID:    "B611",
	Name:  "django_rawsql_used",
	Title: "Django RawSQL with SQL that is not a literal",
	Why:   "RawSQL's first argument is SQL text; a value formatted into it from outside the program is SQL injection.",
	Bad:   "from django.db.models.expressions import RawSQL\nqs.annotate(val=RawSQL(\"SELECT col FROM t WHERE id = %s\" % pk, []))",
	Good:  "from django.db.models.expressions import RawSQL\nqs.annotate(val=RawSQL(\"SELECT col FROM t WHERE id = %s\", (pk,)))",
	Notes: "As in Bandit: a call of a function named RawSQL in a module that imports something named like " +
		"django.db.models, whose sql (first argument or sql=) is not a string literal.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        89,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    callees("RawSQL"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := newCall(p, n.(*ast.Call))
		if c.name != "RawSQL" || !importedLike(p, "django.db.models") {
			return nil
		}
		var sql ast.Expr
		if len(c.p.Args) > 0 {
			sql = c.p.Args[0]
		} else if k := c.keyword("sql"); k != nil {
			sql = k.Value
		} else {
			return nil // Bandit's check fails on a call without sql
		}
		if !isStrConst(sql) {
			c.report(p, "Use of RawSQL potential SQL attack vector.", 0, 0)
		}
		return nil
	},
}
