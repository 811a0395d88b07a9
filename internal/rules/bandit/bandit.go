// Package bandit holds krait's implementations of Bandit's checks, under
// Bandit's ids, with Bandit's default severities, confidences, CWEs,
// messages and options (docs/bandit/checks.md describes Bandit 1.9's
// behaviour they follow). One check is one file; the blocklists are
// tables.
//
// Names are resolved as Bandit resolves them — the dotted name of the
// callee, with a leading import alias replaced by what it imports — with
// one deliberate difference: a name that the module binds to something
// other than an import (a parameter, an assignment, a def) does not match,
// where Bandit would still match its text.
package bandit

import (
	"path"

	"github.com/krait-dev/krait/internal/analysis"
)

// Rules returns Bandit's checks.
func Rules() []*analysis.Rule {
	rs := []*analysis.Rule{
		B101,
		B102,
		B103,
		B104,
		B105,
		B106,
		B107,
		B108,
		B110,
		B112,
		B113,
		B201,
		B202,
		B324,
		B501,
		B502,
		B503,
		B504,
		B505,
		B506,
		B507,
		B508,
		B509,
		B601,
		B602,
		B603,
		B604,
		B605,
		B606,
		B607,
		B608,
		B609,
		B610,
		B611,
		B612,
		B613,
		B614,
		B615,
		B701,
		B702,
		B703,
		B704,
	}
	rs = append(rs, blacklistRules()...)
	for _, r := range rs {
		preferTaint(r)
	}
	return rs
}

// matchGlob reports whether name matches a shell-style pattern as
// Python's fnmatch.fnmatch does on POSIX (case-sensitive, '*' also
// matching '/').
func matchGlob(pattern, name string) bool {
	ok, err := path.Match(pattern, name)
	if err == nil && ok {
		return true
	}
	return fnmatch(pattern, name)
}

// fnmatch implements fnmatch's '*', '?' and '[...]' where '*' and '?' also
// match '/', unlike path.Match.
func fnmatch(pattern, name string) bool {
	if pattern == "" {
		return name == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(name); i++ {
			if fnmatch(pattern[1:], name[i:]) {
				return true
			}
		}
		return false
	case '?':
		return name != "" && fnmatch(pattern[1:], name[1:])
	case '[':
		if name == "" {
			return false
		}
		end := 1
		if end < len(pattern) && (pattern[end] == '!' || pattern[end] == '^') {
			end++
		}
		if end < len(pattern) && pattern[end] == ']' {
			end++
		}
		for end < len(pattern) && pattern[end] != ']' {
			end++
		}
		if end >= len(pattern) {
			return name[0] == '[' && fnmatch(pattern[1:], name[1:])
		}
		ok, _ := path.Match(pattern[:end+1], name[:1])
		return ok && fnmatch(pattern[end+1:], name[1:])
	}
	return name != "" && name[0] == pattern[0] && fnmatch(pattern[1:], name[1:])
}
