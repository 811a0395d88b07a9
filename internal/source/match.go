package source

import (
	"path/filepath"
	"strings"
)

// A Matcher matches file paths against globs with the exclude syntax (see
// the package documentation), relative to a base directory. Per-file
// settings (per-file-ignores) use it: a file matches when its path, or a
// directory above it inside the base directory, matches a glob.
type Matcher struct {
	set  *excludeSet
	base string // absolute base directory
}

// NewMatcher compiles globs relative to base ("" for the working
// directory).
func NewMatcher(globs []string, base string) *Matcher {
	abs, err := filepath.Abs(base)
	if err != nil {
		abs = base
	}
	return &Matcher{set: compileExcludes(globs), base: abs}
}

// Match reports whether the file at path (as the user named it) matches.
func (m *Matcher) Match(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(m.base, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		rel = "" // outside the base: only names and absolute globs apply
	}
	rel, abs = filepath.ToSlash(rel), filepath.ToSlash(abs)
	if m.set.match(filepath.Base(path), rel, abs, false) {
		return true
	}
	// The directories above it, up to the base.
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		r, err := filepath.Rel(m.base, d)
		if err != nil || r == "." || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return false
		}
		if m.set.match(filepath.Base(d), filepath.ToSlash(r), filepath.ToSlash(d), true) {
			return true
		}
	}
}
