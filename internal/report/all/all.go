// Package all registers every built-in report format in report.Formats.
// Import it for its side effect:
//
//	import _ "github.com/krait-dev/krait/internal/report/all"
package all

import (
	// Each format registers itself from its init function.
	_ "github.com/krait-dev/krait/internal/report/banditjson"
	_ "github.com/krait-dev/krait/internal/report/github"
	_ "github.com/krait-dev/krait/internal/report/json"
	_ "github.com/krait-dev/krait/internal/report/sarif"
	_ "github.com/krait-dev/krait/internal/report/text"
)
