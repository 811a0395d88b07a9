package bandit

import (
	"fmt"
	"regexp"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/fold"
	"github.com/krait-dev/krait/python/ast"
)

// passwordName matches names that look like they hold a password, as
// Bandit's RE_CANDIDATES does: password, passwd, pass, passphrase, pwd,
// token, secret, secrete, alone or as a _-separated part.
var passwordName = regexp.MustCompile(`(?i)(^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$|_(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)_|^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)_|_(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$)`)

// looksLikePassword is passwordName.MatchString with a fast rejection of
// the ASCII names that cannot match (most of them).
func looksLikePassword(s string) bool {
	if fold.IsASCII(s) && !fold.ContainsAny(s, "pas", "pwd", "token", "secret") {
		return false
	}
	return passwordName.MatchString(s)
}

func passwordMessage(v string) string {
	return fmt.Sprintf("Possible hardcoded password: '%s'", v)
}

// B105 reports string literals assigned to, or compared with, names that
// look like passwords.
var B105 = &analysis.Rule{
	ID:    "B105",
	Name:  "hardcoded_password_string",
	Title: "Hardcoded password string",
	Why: "A password written in the source is shared with everyone who can read the code or its history, " +
		"cannot be rotated without a release, and is usually the same in every deployment.",
	Bad:  "DB_PASSWORD = \"hunter2\"",
	Good: "import os\nDB_PASSWORD = os.environ[\"DB_PASSWORD\"]",
	Notes: "As in Bandit: a string assigned to a name or attribute that looks like a password (password, pass, pwd, token, secret, " +
		"alone or between underscores), a dict entry or subscript with such a key, or a string compared with such a name. " +
		"The KR8xx secret rules look at the values themselves.",
	Severity:   analysis.Low,
	Confidence: analysis.Medium,
	CWE:        259,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ConstantKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c, ok := strNode(p, n)
		if !ok {
			return nil
		}
		switch parent := p.Parent().(type) {
		case *ast.Assign:
			for _, t := range parent.Targets {
				switch t := t.(type) {
				case *ast.Name:
					if looksLikePassword(t.ID) {
						reportStr(p, c, passwordMessage(c.Value.Str))
						return nil
					}
				case *ast.Attribute:
					if looksLikePassword(t.Attr.Name) {
						reportStr(p, c, passwordMessage(c.Value.Str))
						return nil
					}
				}
			}
		case *ast.Dict:
			if !looksLikePassword(c.Value.Str) {
				return nil // before the search: dicts can be large
			}
			for i, k := range parent.Keys {
				if k == ast.Expr(c) {
					if v, ok := parent.Values[i].(*ast.Constant); ok {
						reportStr(p, c, passwordMessage(literal(v).pyStr()))
					}
					return nil
				}
			}
		case *ast.Subscript:
			if !looksLikePassword(c.Value.Str) {
				return nil
			}
			if a, ok := ancestor(p, 2).(*ast.Assign); ok && isStrConst(a.Value) {
				reportStr(p, c, passwordMessage(a.Value.(*ast.Constant).Value.Str))
			}
		case *ast.Compare:
			var name string
			switch l := parent.Left.(type) {
			case *ast.Name:
				name = l.ID
			case *ast.Attribute:
				name = l.Attr.Name
			default:
				return nil
			}
			if looksLikePassword(name) && len(parent.Comparators) > 0 && isStrConst(parent.Comparators[0]) {
				reportStr(p, c, passwordMessage(parent.Comparators[0].(*ast.Constant).Value.Str))
			}
		}
		return nil
	},
}
