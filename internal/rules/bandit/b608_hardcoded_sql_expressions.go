package bandit

import (
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/fold"
	"github.com/krait-dev/krait/python/ast"
)

// pyspace is Python's \s for str patterns (str.isspace), wider than Go's.
const pyspace = `[\t-\r\x1c-\x20\x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]`

// simpleSQL is Bandit's SIMPLE_SQL_RE.
var simpleSQL = regexp.MustCompile(`(?is)(select` + pyspace + `.*from` + pyspace + `|delete` + pyspace + `+from` + pyspace +
	`|insert` + pyspace + `+into` + pyspace + `.*values(?:` + pyspace + `|\()|update` + pyspace + `.*set` + pyspace + `)`)

// B608 reports SQL statements built with string formatting.
var B608 = &analysis.Rule{
	ID:    "B608",
	Name:  "hardcoded_sql_expressions",
	Title: "SQL query built by string formatting",
	Why: "A query assembled with +, %, .format or an f-string puts values into the SQL text, where a quote in a " +
		"value ends the string and the rest runs as SQL (SQL injection). Placeholders keep values out of the text.",
	Bad:  "cur.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)",
	Good: "cur.execute(\"SELECT * FROM users WHERE name = %s\", (name,))",
	Notes: "As in Bandit: a string literal that looks like SELECT ... FROM, DELETE FROM, INSERT INTO ... VALUES or " +
		"UPDATE ... SET, used in a binary operation (+, %), with .format or .replace, or in an f-string. Confidence is " +
		"MEDIUM when the result is passed straight to a method named execute or executemany (and not built with " +
		".replace), LOW otherwise. The string of a binary operation is matched together with the other strings of " +
		"the expression, as Bandit joins them. KR6xx taint rules report the queries that receive user input.",
	Severity:   analysis.Medium,
	Confidence: analysis.Low,
	CWE:        89,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ConstantKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c, ok := strNode(p, n)
		if !ok {
			return nil
		}
		ps := p.Parents()
		up := func(i int) ast.Node { // the i-th ancestor, 1 the parent
			if i > len(ps) {
				return nil
			}
			return ps[len(ps)-i]
		}
		var (
			wrapper   ast.Node
			statement string
			replace   bool
			span      = c.Span()
			extent    = up(1).Span()
		)
		switch parent := up(1).(type) {
		case *ast.BinOp:
			top := 1
			for {
				if _, ok := up(top + 1).(*ast.BinOp); !ok {
					break
				}
				top++
			}
			parts := []string{c.Value.Str}
			if top > 1 {
				sqlParts(up(top).(*ast.BinOp), parent, &parts)
			}
			statement = strings.Join(parts, " ")
			wrapper = up(top + 1)
		case *ast.Attribute:
			if parent.Attr.Name != "format" && parent.Attr.Name != "replace" {
				return nil
			}
			statement = c.Value.Str
			wrapper = up(3)
			replace = parent.Attr.Name == "replace"
		case *ast.JoinedStr:
			var first *ast.Constant
			var b strings.Builder
			for _, v := range parent.Values {
				if k, ok := v.(*ast.Constant); ok && k.Value.Kind == ast.StrValue {
					if first == nil {
						first = k
					}
					b.WriteString(k.Value.Str)
				}
			}
			if first != c {
				return nil
			}
			statement = b.String()
			wrapper = up(2)
			// Bandit (on Python 3.11 and before) sees the parts of an
			// f-string at the f-string's position.
			span = parent.Span()
		default:
			return nil
		}
		if !looksLikeSQL(statement) {
			return nil
		}
		conf := analysis.Low
		if w, ok := wrapper.(*ast.Call); ok && !replace {
			var name string
			switch f := w.Func.(type) {
			case *ast.Attribute:
				name = f.Attr.Name
			case *ast.Name:
				name = f.ID
			}
			if name == "execute" || name == "executemany" {
				conf = analysis.Medium
			}
		}
		p.Report(analysis.Finding{Span: span, Extent: extent, Confidence: conf,
			Message: "Possible SQL injection vector through string-based query construction."})
		return nil
	},
}

// looksLikeSQL is simpleSQL.MatchString with a fast rejection of ASCII
// text that holds none of the keywords.
func looksLikeSQL(s string) bool {
	// Non-ASCII text goes to the expression: Unicode case folding and
	// spaces.
	if fold.IsASCII(s) && !fold.ContainsAny(s, "select", "delete", "insert", "update") {
		return false
	}
	return simpleSQL.MatchString(s)
}

// sqlParts appends the string literals of a chain of binary operations,
// left to right, skipping the subtree stop (the string's own operation),
// as Bandit's concat_string does.
func sqlParts(b *ast.BinOp, stop *ast.BinOp, parts *[]string) {
	if b == stop {
		return
	}
	for _, side := range []ast.Expr{b.Left, b.Right} {
		if sub, ok := side.(*ast.BinOp); ok {
			sqlParts(sub, stop, parts)
		} else if isStrConst(side) {
			*parts = append(*parts, strValue(side))
		}
	}
}
