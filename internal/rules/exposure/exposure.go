// Package exposure holds krait's KR1xx rules, general checks for data
// exposure: secrets written to logs, debug pages and tracebacks shown to
// users, servers listening on every interface.
//
// The rules resolve callees through imports (semantic qualified names),
// follow names bound by plain assignments to their values, and tell
// sensitive names from look-alikes with ruleutil.ClassifyName: a
// "password" is sensitive, a "password_length", "token_type" or
// "next_token" is not.
package exposure

import "github.com/krait-dev/krait/internal/analysis"

// Rules returns the KR1xx rules.
func Rules() []*analysis.Rule {
	return []*analysis.Rule{KR101, KR102, KR103, KR104}
}

// webFrameworks are the packages whose import makes a module server code.
var webFrameworks = []string{"flask", "django", "fastapi", "starlette", "aiohttp", "tornado", "sanic", "bottle",
	"falcon", "pyramid", "quart", "litestar"}
