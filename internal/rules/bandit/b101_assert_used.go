package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B101Options are B101's options.
type B101Options struct {
	// Skips are fnmatch patterns of file paths where asserts are fine
	// (tests).
	Skips []string `toml:"skips"`
}

// B101 reports assert statements.
var B101 = &analysis.Rule{
	ID:    "B101",
	Name:  "assert_used",
	Title: "Use of assert",
	Why: "Python removes assert statements when it compiles with optimisation (python -O), " +
		"so a check written as an assert disappears in optimised deployments. " +
		"Security checks must raise explicitly.",
	Bad:        "def withdraw(user, amount):\n    assert user.is_authenticated\n    ...",
	Good:       "def withdraw(user, amount):\n    if not user.is_authenticated:\n        raise PermissionError(\"login required\")\n    ...",
	Notes:      "Option skips (fnmatch patterns of file paths) exempts files such as tests: [tool.krait.rules.B101] skips = [\"*/test_*.py\"].",
	Severity:   analysis.Low,
	Confidence: analysis.High,
	CWE:        703,
	Since:      "0.1.0",
	Default:    true,
	Options:    &B101Options{},
	Kinds:      []ast.Kind{ast.AssertKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		for _, pat := range p.Options.(*B101Options).Skips {
			if matchGlob(pat, p.Path) {
				return nil
			}
		}
		p.Reportf(n, "Use of assert detected. The enclosed code will be removed when compiling to optimised byte code.")
		return nil
	},
}
