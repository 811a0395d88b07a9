package osv

import "strings"

// NormalizeName returns the PEP 503 normalised form of a project name:
// lowercase, with each run of "-", "_" and "." replaced by one "-"
// ("Django_REST.framework" → "django-rest-framework"). lockfile.Package
// names are already in this form.
func NormalizeName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	sep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == '-' || c == '_' || c == '.' {
			if !sep {
				b.WriteByte('-')
			}
			sep = true
			continue
		}
		sep = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
