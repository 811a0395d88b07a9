package source

import "strings"

// This file is a reference implementation of git's wildmatch for tests: a
// direct port of the backtracking algorithm of git's wildmatch.c (Rich
// $alz's matcher as modified by Wayne Davison), abort codes and all. The
// matcher krait uses (wildmatch.go) compiles patterns to an automaton
// instead, because this algorithm takes time exponential in the number of
// stars ("*a*a*a*a*b" on a long name) and a .gitignore in a scanned
// repository must not be able to stall a scan; FuzzWildmatch checks that
// the two agree.

// Results of the recursive matcher. The two abort values let an outer "*"
// stop retrying once an inner one has consumed the rest of the text.
const (
	wmMatch = iota
	wmNoMatch
	wmAbortAll
	wmAbortToStarStar
)

// refWildmatch reports whether text matches pattern, and whether it could
// decide within budget recursive calls.
func refWildmatch(pattern, text string, pathname bool, budget int) (match, ok bool) {
	r := refMatcher{budget: budget}
	m := r.dowild(pattern, 0, text, 0, pathname)
	return m == wmMatch, r.budget >= 0
}

type refMatcher struct{ budget int }

// dowild matches pat[p:] against text[t:]. Positions before p are the
// already matched part of the pattern: "**" looks back one byte to see
// whether it starts a component, and, as in git, a pattern that starts at
// p == 0 counts as starting a component.
func (r *refMatcher) dowild(pat string, p int, text string, t int, pathname bool) int {
	r.budget--
	if r.budget < 0 {
		return wmAbortAll
	}
	start := p
	for ; byteAt(pat, p) != 0; t, p = t+1, p+1 {
		pc := pat[p]
		tc := byteAt(text, t)
		if tc == 0 && pc != '*' {
			return wmAbortAll
		}
		switch pc {
		case '\\':
			// Literal match with the next character; a trailing
			// backslash compares with 0 and fails (tc is not 0 here).
			p++
			if tc != byteAt(pat, p) {
				return wmNoMatch
			}
			continue
		case '?':
			if pathname && tc == '/' {
				return wmNoMatch
			}
			continue
		case '*':
			var matchSlash bool
			p++
			if byteAt(pat, p) == '*' {
				prev := p - 2
				for p++; byteAt(pat, p) == '*'; p++ {
				}
				next := byteAt(pat, p)
				switch {
				case !pathname:
					matchSlash = true
				case (prev < start || pat[prev] == '/') &&
					(next == 0 || next == '/' || (next == '\\' && byteAt(pat, p+1) == '/')):
					// "**/" may match no directory at all:
					// "foo/**/bar" matches "foo/bar".
					if next == '/' && r.dowild(pat, p+1, text, t, pathname) == wmMatch {
						return wmMatch
					}
					matchSlash = true
				default:
					matchSlash = false
				}
			} else {
				matchSlash = !pathname
			}
			next := byteAt(pat, p)
			if next == 0 {
				// A trailing "**" matches everything, a trailing "*"
				// only what has no more slashes.
				if !matchSlash && strings.IndexByte(text[t:], '/') >= 0 {
					return wmNoMatch
				}
				return wmMatch
			}
			if !matchSlash && next == '/' {
				// One "*" then "/": skip to the next slash, which the
				// loop's increment consumes with the pattern's "/".
				i := strings.IndexByte(text[t:], '/')
				if i < 0 {
					return wmNoMatch
				}
				t += i
				continue
			}
			for tc != 0 {
				// When the "*" is followed by a literal, what comes
				// before that literal's next occurrence belongs to the
				// "*"; jump there (but not past a slash the "*" cannot
				// match).
				if !isGlobSpecial(next) {
					for {
						tc = byteAt(text, t)
						if tc == 0 || (!matchSlash && tc == '/') || tc == next {
							break
						}
						t++
					}
					if tc != next {
						return wmNoMatch
					}
				}
				if m := r.dowild(pat, p, text, t, pathname); m != wmNoMatch {
					if !matchSlash || m != wmAbortToStarStar {
						return m
					}
				} else if !matchSlash && tc == '/' {
					return wmAbortToStarStar
				}
				t++
				tc = byteAt(text, t)
			}
			return wmAbortAll
		case '[':
			p++
			pc = byteAt(pat, p)
			if pc == '^' {
				pc = '!'
			}
			negated := pc == '!'
			if negated {
				p++
				pc = byteAt(pat, p)
			}
			var prev byte
			matched := false
			for {
				if pc == 0 {
					return wmAbortAll
				}
				switch {
				case pc == '\\':
					p++
					pc = byteAt(pat, p)
					if pc == 0 {
						return wmAbortAll
					}
					if tc == pc {
						matched = true
					}
				case pc == '-' && prev != 0 && byteAt(pat, p+1) != 0 && byteAt(pat, p+1) != ']':
					p++
					pc = pat[p]
					if pc == '\\' {
						p++
						pc = byteAt(pat, p)
						if pc == 0 {
							return wmAbortAll
						}
					}
					if tc <= pc && tc >= prev {
						matched = true
					}
					pc = 0 // so that prev is 0: "a-c-e" is a-c, '-', 'e'
				case pc == '[' && byteAt(pat, p+1) == ':':
					p += 2
					s := p
					for pc = byteAt(pat, p); pc != 0 && pc != ']'; pc = byteAt(pat, p) {
						p++
					}
					if pc == 0 {
						return wmAbortAll
					}
					if p-s-1 < 0 || pat[p-1] != ':' {
						// No ":]": the "[" is an ordinary member.
						p = s - 2
						pc = '['
						if tc == pc {
							matched = true
						}
						break
					}
					m, ok := posixClass(pat[s:p-1], tc)
					if !ok {
						return wmAbortAll // malformed [:class:]
					}
					if m {
						matched = true
					}
					pc = 0
				default:
					if tc == pc {
						matched = true
					}
				}
				prev = pc
				p++
				pc = byteAt(pat, p)
				if pc == ']' {
					break
				}
			}
			if matched == negated || (pathname && tc == '/') {
				return wmNoMatch
			}
			continue
		default:
			if tc != pc {
				return wmNoMatch
			}
			continue
		}
	}
	if t < len(text) {
		return wmNoMatch
	}
	return wmMatch
}
