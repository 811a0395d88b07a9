package source

import (
	"bytes"
	"strings"
)

// This file reads .gitignore files and decides whether a path is ignored,
// as git's dir.c does (add_patterns_from_buffer, parse_path_pattern,
// match_basename, match_pathname, last_matching_pattern_from_lists).

// maxIgnoreFileSize is git's PATTERN_MAX_FILE_SIZE: larger pattern files
// are skipped as a whole.
const maxIgnoreFileSize = 100 << 20

// An ignoreRule is one pattern line of a .gitignore file.
type ignoreRule struct {
	pat       string // without the leading "!" and the trailing "/"
	prefix    int    // length of the literal head of pat (git's nowildcardlen)
	negative  bool   // "!pat": re-include
	mustBeDir bool   // "pat/": directories only
	noDir     bool   // no "/" in pat: matched against the base name
	endsWith  bool   // "*literal": matched as a suffix
	// glob is the compiled pattern: all of pat for a base-name rule, the
	// part after the literal head for a path rule (see matchPathname).
	glob *glob
}

// An ignoreList holds the rules of one pattern file.
type ignoreList struct {
	// base is the directory of the file relative to the top of the
	// work tree, with "/" separators: "" for the top, "a/b" below it.
	base  string
	rules []ignoreRule
}

// parseIgnore parses the text of a .gitignore (or info/exclude) file whose
// directory is base.
//
// As git does: a UTF-8 BOM is skipped; lines end at "\n" (a "\r" before it
// is dropped); empty lines and lines starting with "#" are skipped; a line
// ends at a NUL byte (git handles lines as C strings); trailing spaces are
// dropped unless escaped with "\". "\#" and "\!" need nothing special here:
// the pattern keeps the backslash and wildmatch reads it as an escape.
func parseIgnore(data []byte, base string) *ignoreList {
	l := &ignoreList{base: base}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for len(data) > 0 {
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if i := bytes.IndexByte(line, 0); i >= 0 {
			line = line[:i]
		}
		if r, ok := parseIgnoreRule(trimTrailingSpaces(string(line))); ok {
			l.rules = append(l.rules, r)
		}
	}
	return l
}

// trimTrailingSpaces drops trailing spaces (not tabs) that are not escaped
// by a backslash. A trailing lone backslash leaves the line as it is.
func trimTrailingSpaces(s string) string {
	lastSpace := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if lastSpace < 0 {
				lastSpace = i
			}
		case '\\':
			i++
			if i == len(s) {
				return s
			}
			lastSpace = -1
		default:
			lastSpace = -1
		}
	}
	if lastSpace >= 0 {
		return s[:lastSpace]
	}
	return s
}

// parseIgnoreRule parses one pattern (git's parse_path_pattern). It reports
// false for patterns that can never match, such as "" or "!".
func parseIgnoreRule(p string) (ignoreRule, bool) {
	var r ignoreRule
	if strings.HasPrefix(p, "!") {
		r.negative = true
		p = p[1:]
	}
	// ENDSWITH is decided on the pattern before its trailing "/" is cut.
	r.endsWith = strings.HasPrefix(p, "*") && simpleLength(p[1:]) == len(p)-1
	if strings.HasSuffix(p, "/") {
		r.mustBeDir = true
		p = p[:len(p)-1]
	}
	if p == "" {
		// An empty pattern is a base-name pattern that no name
		// equals.
		return r, false
	}
	r.noDir = strings.IndexByte(p, '/') < 0
	r.prefix = min(simpleLength(p), len(p))
	r.pat = p
	if r.noDir {
		r.glob = compileGlob(p, false)
	} else {
		rest, prefix := p, r.prefix
		if rest[0] == '/' {
			rest, prefix = rest[1:], prefix-1
		}
		r.glob = compileGlob(rest[prefix:], true)
	}
	return r, true
}

// simpleLength is the length of the head of s without glob characters.
func simpleLength(s string) int {
	for i := 0; i < len(s); i++ {
		if isGlobSpecial(s[i]) {
			return i
		}
	}
	return len(s)
}

// match reports whether the last rule of l that matches path decides it,
// and if so whether path is ignored. path is relative to the top of the
// work tree ("a/b/c.py"), name its last component, isDir whether it is a
// directory.
func (l *ignoreList) match(path, name string, isDir bool) (decided, ignored bool) {
	for i := len(l.rules) - 1; i >= 0; i-- {
		r := &l.rules[i]
		if r.mustBeDir && !isDir {
			continue
		}
		var ok bool
		if r.noDir {
			ok = r.matchBasename(name)
		} else {
			ok = r.matchPathname(path, l.base)
		}
		if ok {
			return true, !r.negative
		}
	}
	return false, false
}

func (r *ignoreRule) matchBasename(name string) bool {
	switch {
	case r.prefix == len(r.pat):
		return name == r.pat
	case r.endsWith:
		return strings.HasSuffix(name, r.pat[1:])
	}
	return r.glob.match(name)
}

// matchPathname matches a rule that contains a "/" against path, relative
// to base. As in git, the literal head of the pattern is compared first and
// only the rest goes to wildmatch, which therefore sees "**" at the start
// of that rest as starting a component ("a**/b" matches "ax/y/b").
func (r *ignoreRule) matchPathname(path, base string) bool {
	pat, prefix := r.pat, r.prefix
	if pat[0] == '/' {
		pat, prefix = pat[1:], prefix-1
	}
	name := path
	if base != "" {
		if len(path) <= len(base) || path[len(base)] != '/' || path[:len(base)] != base {
			return false
		}
		name = path[len(base)+1:]
	} else if path == "" {
		return false
	}
	if prefix > len(name) || pat[:prefix] != name[:prefix] {
		return false
	}
	return r.glob.match(name[prefix:])
}

// An ignoreStack is the pattern files that apply in one directory, in
// increasing precedence: info/exclude, then the .gitignore files from the
// top of the work tree down.
type ignoreStack []*ignoreList

// ignored reports whether path (relative to the top of the work tree, name
// its last component) is ignored. The deepest file that has a matching
// rule decides, and within it the last matching rule. It does not look at
// the parent directories of path: the walker never enters an ignored
// directory, which is how git makes "you cannot re-include a file whose
// parent directory is excluded" hold.
func (s ignoreStack) ignored(path, name string, isDir bool) bool {
	for i := len(s) - 1; i >= 0; i-- {
		if decided, ign := s[i].match(path, name, isDir); decided {
			return ign
		}
	}
	return false
}

// push returns s with l added, leaving s itself unchanged (stacks are
// shared between sibling directories).
func (s ignoreStack) push(l *ignoreList) ignoreStack {
	if l == nil || len(l.rules) == 0 {
		return s
	}
	n := make(ignoreStack, len(s)+1)
	copy(n, s)
	n[len(s)] = l
	return n
}
