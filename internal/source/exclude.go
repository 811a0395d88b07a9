package source

import (
	"path/filepath"
	"strings"
)

// DefaultExcludes are the exclude patterns used when Options.Exclude is
// nil: version control metadata, virtual environments, tool caches and
// build output, which are not the project's own source, and Jupyter's
// checkpoint copies of notebooks (which would report every finding of a
// notebook twice).
var DefaultExcludes = []string{".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "__pycache__", "node_modules", "build", "dist", "*.egg-info", "site-packages", ".ipynb_checkpoints"}

// maxBraceExpansions bounds the patterns one "{a,b}" pattern expands to.
const maxBraceExpansions = 1024

// An excludeSet is a compiled list of exclude patterns.
type excludeSet struct {
	names    map[string]bool // literal base names, any kind of entry
	dirNames map[string]bool // literal base names, directories only
	suffixes []excludeSuffix // "*.egg-info": a suffix of the base name
	base     []excludeGlob   // other wildcard patterns on the base name
	rel      []excludeGlob   // patterns on the path relative to the root
	abs      []excludeGlob   // patterns on the absolute path
}

type excludeSuffix struct {
	suffix  string
	dirOnly bool
}

type excludeGlob struct {
	glob    *glob
	dirOnly bool
}

// compileExcludes compiles patterns with Ruff's exclude semantics (see the
// package documentation).
func compileExcludes(patterns []string) *excludeSet {
	e := &excludeSet{names: map[string]bool{}, dirNames: map[string]bool{}}
	for _, raw := range patterns {
		for _, p := range expandBraces(filepath.ToSlash(raw)) {
			e.add(p)
		}
	}
	return e
}

func (e *excludeSet) add(p string) {
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	dirOnly := false
	for len(p) > 1 && strings.HasSuffix(p, "/") {
		p, dirOnly = p[:len(p)-1], true
	}
	switch {
	case p == "" || p == ".":
		return
	case strings.HasPrefix(p, "/") || filepath.IsAbs(filepath.FromSlash(p)):
		e.abs = append(e.abs, excludeGlob{compileGlob(filepath.ToSlash(filepath.Clean(filepath.FromSlash(p))), true), dirOnly})
	case strings.Contains(p, "/"):
		e.rel = append(e.rel, excludeGlob{compileGlob(p, true), dirOnly})
	case simpleLength(p) == len(p):
		if dirOnly {
			e.dirNames[p] = true
		} else {
			e.names[p] = true
		}
	case p[0] == '*' && simpleLength(p[1:]) == len(p)-1:
		// The common "*.egg-info", matched as a suffix without the
		// automaton (the walk tests every name against it).
		e.suffixes = append(e.suffixes, excludeSuffix{p[1:], dirOnly})
	default:
		e.base = append(e.base, excludeGlob{compileGlob(p, true), dirOnly})
	}
}

// needsAbs reports whether match needs the absolute path of entries.
func (e *excludeSet) needsAbs() bool { return len(e.abs) > 0 }

// match reports whether an entry is excluded. name is its base name, rel
// its path relative to the scan root and abs its absolute path (both with
// "/" separators; abs may be "" when needsAbs is false).
func (e *excludeSet) match(name, rel, abs string, isDir bool) bool {
	if e.names[name] || isDir && e.dirNames[name] {
		return true
	}
	for _, x := range e.suffixes {
		if (isDir || !x.dirOnly) && strings.HasSuffix(name, x.suffix) {
			return true
		}
	}
	for _, g := range e.base {
		if (isDir || !g.dirOnly) && g.glob.match(name) {
			return true
		}
	}
	for _, g := range e.rel {
		if (isDir || !g.dirOnly) && g.glob.match(rel) {
			return true
		}
	}
	for _, g := range e.abs {
		if (isDir || !g.dirOnly) && g.glob.match(abs) {
			return true
		}
	}
	return false
}

// expandBraces expands "{a,b}" alternatives, nested or not, as globset does
// for Ruff: "src/{a,b}/*.py" is "src/a/*.py" and "src/b/*.py". A brace
// escaped with "\" or without its partner is literal. The expansion stops
// growing at maxBraceExpansions patterns.
func expandBraces(p string) []string {
	open, close, commas := -1, -1, []int(nil)
	depth := 0
	for i := 0; i < len(p) && close < 0; i++ {
		switch p[i] {
		case '\\':
			i++
		case '{':
			if depth == 0 {
				open = i
				commas = commas[:0]
			}
			depth++
		case ',':
			if depth == 1 {
				commas = append(commas, i)
			}
		case '}':
			if depth > 0 {
				depth--
				if depth == 0 {
					close = i
				}
			}
		}
	}
	if open < 0 || close < 0 {
		return []string{p}
	}
	head, tail := p[:open], p[close+1:]
	var alts []string
	start := open + 1
	for _, c := range commas {
		alts = append(alts, p[start:c])
		start = c + 1
	}
	alts = append(alts, p[start:close])
	var out []string
	for _, a := range alts {
		for _, x := range expandBraces(head + a + tail) {
			if len(out) == maxBraceExpansions {
				return out
			}
			out = append(out, x)
		}
	}
	return out
}
