package osv

import "github.com/krait-dev/krait/internal/deps/pep440"

func mustVersion(s string) pep440.Version { return pep440.MustParse(s) }
