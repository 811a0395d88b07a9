package source

import (
	"math/bits"
	"strings"
)

// This file implements git's wildmatch, the glob dialect of .gitignore
// files, also used for exclude patterns:
//
//   - "*" and "?" do not match "/" when pathname is set (git's
//     WM_PATHNAME); "**" does when it is a whole path component: "**/x"
//     (any leading directories, or none), "x/**" (everything inside x),
//     "x/**/y" (any directories between, or none). Elsewhere ("a**b", or a
//     "**" that is not at the start of the pattern or after "/") it is an
//     ordinary "*". Without pathname every star matches anything.
//   - "[...]" classes: "!" or "^" negates, ranges "a-z", POSIX classes
//     "[:alpha:]" (ASCII, as in the C locale), "\" escapes; a class never
//     matches "/" when pathname is set. A class without its "]", or with an
//     unknown "[:name:]", makes the pattern match nothing.
//   - "\" makes the next character literal; a trailing "\" makes the
//     pattern match nothing.
//
// git matches by backtracking (wildmatch.c), which takes time exponential
// in the number of stars: "*a*a*a*a*b/c" against a directory with a
// 200-character name takes git 0.8 s, each further "*a" multiplies that by
// about 200. A .gitignore in a scanned repository must not stall a scan, so
// patterns are compiled here to a small automaton run in time linear in
// the text. wildmatch_ref_test.go keeps a port of git's algorithm, and
// FuzzWildmatch checks that both agree.

type globOp uint8

const (
	opLit      globOp = iota // one byte
	opAny                    // "?"
	opClass                  // "[...]"
	opStar                   // "*": a run of bytes without "/" (any bytes without pathname)
	opStarStar               // "**" as a component: any run of bytes
	opFork                   // no byte: continues at the next token or skips it
	opDirs                   // after opFork, for "**/": a run of bytes ending in "/"
)

type globTok struct {
	op    globOp
	c     byte
	class *[256]bool
}

// A glob is a compiled wildmatch pattern: a sequence of tokens, run as a
// nondeterministic automaton whose states are the positions between them.
type glob struct {
	toks     []globTok
	never    bool // the pattern matches nothing
	pathname bool
	// For patterns of fewer than 64 tokens: bit j of skip1 (skip2) says
	// that state j also reaches state j+1 (j+2) without a byte.
	skip1, skip2 uint64
}

// byteAt returns s[i], or 0 past the end, where git's C code reads the
// terminating NUL.
func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func isGlobSpecial(c byte) bool {
	return c == '*' || c == '?' || c == '[' || c == '\\'
}

// compileGlob compiles a wildmatch pattern; with pathname set, "*", "?"
// and classes stop at "/". The pattern ends at a NUL byte, as a C string.
func compileGlob(pat string, pathname bool) *glob {
	if i := strings.IndexByte(pat, 0); i >= 0 {
		pat = pat[:i]
	}
	g := &glob{pathname: pathname}
	add := func(t globTok) { g.toks = append(g.toks, t) }
	for p := 0; p < len(pat); {
		switch c := pat[p]; c {
		case '\\':
			if p+1 >= len(pat) {
				g.never = true
				return g
			}
			add(globTok{op: opLit, c: pat[p+1]})
			p += 2
		case '?':
			add(globTok{op: opAny})
			p++
		case '*':
			prev := p - 1
			for p < len(pat) && pat[p] == '*' {
				p++
			}
			next := byteAt(pat, p)
			switch {
			case p-prev-1 == 1 || !pathname:
				add(globTok{op: opStar})
			case (prev < 0 || pat[prev] == '/') && next == '/':
				// "" or a run ending in "/" (the pattern's "/").
				add(globTok{op: opFork})
				add(globTok{op: opDirs})
				p++
			case (prev < 0 || pat[prev] == '/') && (next == 0 || next == '\\' && byteAt(pat, p+1) == '/'):
				add(globTok{op: opStarStar})
			default:
				add(globTok{op: opStar})
			}
		case '[':
			class, end, ok := compileClass(pat, p, pathname)
			if !ok {
				g.never = true
				return g
			}
			add(globTok{op: opClass, class: class})
			p = end
		default:
			add(globTok{op: opLit, c: c})
			p++
		}
	}
	if len(g.toks) < 64 {
		for j, t := range g.toks {
			switch t.op {
			case opStar, opStarStar:
				g.skip1 |= 1 << j
			case opFork:
				g.skip1 |= 1 << j
				g.skip2 |= 1 << j
			}
		}
	}
	return g
}

// compileClass compiles the class that starts at pat[p] == '[' as git's
// wildmatch reads it, and returns the index after its "]". ok is false for
// a class git aborts on (no "]", an unknown "[:name:]").
func compileClass(pat string, p int, pathname bool) (class *[256]bool, end int, ok bool) {
	var set [256]bool
	p++
	pc := byteAt(pat, p)
	if pc == '^' {
		pc = '!'
	}
	negated := pc == '!'
	if negated {
		p++
		pc = byteAt(pat, p)
	}
	var prev byte
	for {
		if pc == 0 {
			return nil, 0, false
		}
		switch {
		case pc == '\\':
			p++
			pc = byteAt(pat, p)
			if pc == 0 {
				return nil, 0, false
			}
			set[pc] = true
		case pc == '-' && prev != 0 && byteAt(pat, p+1) != 0 && byteAt(pat, p+1) != ']':
			p++
			pc = pat[p]
			if pc == '\\' {
				p++
				pc = byteAt(pat, p)
				if pc == 0 {
					return nil, 0, false
				}
			}
			for c := int(prev); c <= int(pc); c++ {
				set[c] = true
			}
			pc = 0 // so that prev is 0: "a-c-e" is a-c, "-", "e"
		case pc == '[' && byteAt(pat, p+1) == ':':
			s := p + 2
			q := s
			for byteAt(pat, q) != 0 && pat[q] != ']' {
				q++
			}
			if byteAt(pat, q) == 0 {
				return nil, 0, false
			}
			if q-s-1 < 0 || pat[q-1] != ':' {
				// No ":]": the "[" is an ordinary member.
				set['['] = true
				break
			}
			name := pat[s : q-1]
			if _, known := posixClass(name, 'a'); !known {
				return nil, 0, false
			}
			for c := 1; c < 256; c++ {
				if in, _ := posixClass(name, byte(c)); in {
					set[c] = true
				}
			}
			p = q
			pc = 0
		default:
			set[pc] = true
		}
		prev = pc
		p++
		pc = byteAt(pat, p)
		if pc == ']' {
			break
		}
	}
	if negated {
		for c := range set {
			set[c] = !set[c]
		}
	}
	if pathname {
		set['/'] = false
	}
	set[0] = false
	return &set, p + 1, true
}

// posixClass reports whether c is in the POSIX class name (C locale), and
// whether name is a class at all.
func posixClass(name string, c byte) (in, ok bool) {
	alpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	digit := c >= '0' && c <= '9'
	graph := c > ' ' && c < 0x7f
	switch name {
	case "alnum":
		return alpha || digit, true
	case "alpha":
		return alpha, true
	case "blank":
		return c == ' ' || c == '\t', true
	case "cntrl":
		return c < ' ' || c == 0x7f, true
	case "digit":
		return digit, true
	case "graph":
		return graph, true
	case "lower":
		return c >= 'a' && c <= 'z', true
	case "print":
		return graph || c == ' ', true
	case "punct":
		return graph && !alpha && !digit, true
	case "space":
		return c == ' ' || c >= '\t' && c <= '\r', true
	case "upper":
		return c >= 'A' && c <= 'Z', true
	case "xdigit":
		return digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F', true
	}
	return false, false
}

// match reports whether text matches g. It runs the pattern as a
// nondeterministic automaton whose states are the token positions 0…n: a
// set of states is advanced over each byte, so the time is O(len(text) ×
// len(toks)) whatever the pattern.
func (g *glob) match(text string) bool {
	if g.never {
		return false
	}
	if len(g.toks) >= 64 {
		return g.matchLong(text)
	}
	n := len(g.toks)
	cur := g.closure(1)
	for i := 0; i < len(text) && cur != 0; i++ {
		b := text[i]
		var next uint64
		for s := cur &^ (1 << n); s != 0; s &= s - 1 {
			j := bits.TrailingZeros64(s)
			if g.step(j, b) {
				next |= 1 << (j + 1)
			}
			if g.loops(j, b) {
				next |= 1 << j
			}
		}
		cur = g.closure(next)
	}
	return cur&(1<<n) != 0
}

// closure adds to a state set the states reached without a byte: past a
// star (which may match nothing) and both ways from a fork.
func (g *glob) closure(s uint64) uint64 {
	// These edges only go forward, so visiting the states in increasing
	// order (including those added on the way) reaches them all.
	eps := g.skip1 | g.skip2
	for e := s & eps; e != 0; {
		j := bits.TrailingZeros64(e)
		e &^= 1 << j
		var add uint64
		if g.skip1&(1<<j) != 0 {
			add |= 1 << (j + 1)
		}
		if g.skip2&(1<<j) != 0 {
			add |= 1 << (j + 2)
		}
		s |= add
		e |= add & eps
	}
	return s
}

// step reports whether byte b takes state j to state j+1.
func (g *glob) step(j int, b byte) bool {
	t := &g.toks[j]
	switch t.op {
	case opLit:
		return b == t.c
	case opAny:
		return !g.pathname || b != '/'
	case opClass:
		return t.class[b]
	case opDirs:
		return b == '/'
	}
	return false
}

// loops reports whether byte b keeps state j in place (a star consuming
// it).
func (g *glob) loops(j int, b byte) bool {
	switch g.toks[j].op {
	case opStar:
		return !g.pathname || b != '/'
	case opStarStar, opDirs:
		return true
	}
	return false // opFork is left without a byte, by closure
}

// matchLong is match for patterns of 64 tokens or more.
func (g *glob) matchLong(text string) bool {
	n := len(g.toks)
	cur, next := make([]bool, n+1), make([]bool, n+1)
	closure := func(s []bool) {
		for j := 0; j < n; j++ {
			if !s[j] {
				continue
			}
			switch g.toks[j].op {
			case opStar, opStarStar:
				s[j+1] = true
			case opFork:
				s[j+1], s[j+2] = true, true
			}
		}
	}
	cur[0] = true
	closure(cur)
	for i := 0; i < len(text); i++ {
		b := text[i]
		clear(next)
		any := false
		for j := 0; j < n; j++ {
			if !cur[j] {
				continue
			}
			if g.step(j, b) {
				next[j+1], any = true, true
			}
			if g.loops(j, b) {
				next[j], any = true, true
			}
		}
		if !any {
			return false
		}
		closure(next)
		cur, next = next, cur
	}
	return cur[n]
}
