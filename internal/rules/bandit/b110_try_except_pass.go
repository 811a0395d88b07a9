package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// ExceptOptions are the options of B110 and B112.
type ExceptOptions struct {
	// CheckTypedException also reports handlers for a named exception
	// type other than Exception.
	CheckTypedException bool `toml:"check_typed_exception"`
}

// exceptRule makes B110 and B112: an except clause whose only statement
// is of the kind only accepts.
func exceptRule(id, name, title, why, bad, good, msg string, only func(ast.Stmt) bool) *analysis.Rule {
	return &analysis.Rule{
		ID: id, Name: name, Title: title, Why: why, Bad: bad, Good: good,
		Notes:    "Bare except and except Exception are reported; option check_typed_exception reports other types too.",
		Severity: analysis.Low, Confidence: analysis.High, CWE: 703, Since: "0.1.0", Default: true,
		Options: &ExceptOptions{},
		Kinds:   []ast.Kind{ast.ExceptHandlerKind},
		Run: func(p *analysis.Pass, n ast.Node) error {
			h := n.(*ast.ExceptHandler)
			if len(h.Body) != 1 {
				return nil
			}
			if !p.Options.(*ExceptOptions).CheckTypedException && h.Type != nil {
				if t, ok := h.Type.(*ast.Name); !ok || t.ID != "Exception" {
					return nil
				}
			}
			if only(h.Body[0]) {
				p.Reportf(n, "%s", msg)
			}
			return nil
		},
	}
}

// B110 reports except clauses whose body is only pass.
var B110 = exceptRule("B110", "try_except_pass", "Exception swallowed with try/except/pass",
	"An error silenced without a trace hides failures, including the security checks that raise "+
		"(a failed signature verification, a permission error), and makes attacks invisible in logs.",
	"try:\n    verify(token)\nexcept Exception:\n    pass",
	"try:\n    verify(token)\nexcept InvalidToken:\n    log.warning(\"rejected token\")\n    raise",
	"Try, Except, Pass detected.",
	func(s ast.Stmt) bool { _, ok := s.(*ast.Pass); return ok })
