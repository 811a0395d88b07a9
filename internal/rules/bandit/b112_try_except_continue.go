package bandit

import "github.com/krait-dev/krait/python/ast"

// B112 reports except clauses whose body is only continue.
var B112 = exceptRule("B112", "try_except_continue", "Exception swallowed with try/except/continue",
	"A loop that skips whatever raised hides failures, including security checks that raise, "+
		"and leaves no trace of what was skipped.",
	"for item in items:\n    try:\n        check(item)\n    except Exception:\n        continue",
	"for item in items:\n    try:\n        check(item)\n    except ValidationError as e:\n        log.info(\"skipping %s: %s\", item, e)\n        continue",
	"Try, Except, Continue detected.",
	func(s ast.Stmt) bool { _, ok := s.(*ast.Continue); return ok })
