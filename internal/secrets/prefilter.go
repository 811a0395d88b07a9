package secrets

// keywordSet finds occurrences of a fixed set of keywords in a text in one
// pass, in any ASCII case: an Aho-Corasick automaton compiled to a DFA
// over byte classes.
//
// Every byte of every scanned Python string and configuration file goes
// through next, so the automaton is laid out for that loop: bytes map to
// a small number of classes (the distinct lower-case bytes of the
// keywords, plus one class for every other byte), and the transition
// table is a dense []uint16 of states × classes — about 30 KiB for the
// detectors' 100-odd keywords, which stays in cache. A profile of a scan
// of the CPython standard library showed the loop at about 1 ns a byte,
// against 6–8 ns for a first-byte table with prefix comparisons (the
// keywords start with few distinct letters, so most bytes had candidates).
type keywordSet struct {
	words  []string   // the keywords, lower case
	class  [256]uint8 // byte → class
	nclass int
	// delta maps state*nclass + class to the next state*nclass; states
	// at or above accept (premultiplied too) end keywords. It is a full
	// 64 Ki table so that a uint16 index needs no bounds check; only the
	// first states*nclass entries are used (and touched).
	delta         *[1 << 16]uint16
	start, accept uint16
	out           [][]int32 // state → indexes of the keywords that end here
}

// newKeywordSet compiles the keywords (lower case, not empty). It panics
// on an upper-case or empty keyword or on keywords of more than
// 255 distinct bytes: the keyword table is a programming error then.
func newKeywordSet(words []string) *keywordSet {
	ks := &keywordSet{words: words}
	// Classes: 0 for bytes in no keyword.
	for _, w := range words {
		if w == "" {
			panic("secrets: empty keyword")
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				panic("secrets: keyword not in lower case: " + w)
			}
			if ks.class[c] == 0 {
				ks.nclass++
				if ks.nclass > 255 {
					panic("secrets: too many keyword bytes")
				}
				ks.class[c] = uint8(ks.nclass)
			}
		}
	}
	ks.nclass++
	for c := 'A'; c <= 'Z'; c++ {
		ks.class[c] = ks.class[c-'A'+'a']
	}
	// The trie, with goto transitions in a map while building.
	type node struct {
		next map[uint8]int
		fail int
		out  []int32
	}
	nodes := []node{{next: map[uint8]int{}}}
	for wi, w := range words {
		s := 0
		for i := 0; i < len(w); i++ {
			c := ks.class[w[i]]
			t, ok := nodes[s].next[c]
			if !ok {
				t = len(nodes)
				nodes = append(nodes, node{next: map[uint8]int{}})
				nodes[s].next[c] = t
			}
			s = t
		}
		nodes[s].out = append(nodes[s].out, int32(wi))
	}
	// Breadth-first: failure links, outputs and goto transitions.
	n := ks.nclass
	goto_ := make([]int, len(nodes)*n)
	outs := make([][]int32, len(nodes))
	queue := []int{0}
	outs[0] = nodes[0].out
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s != 0 {
			outs[s] = append(append([]int32(nil), nodes[s].out...), outs[nodes[s].fail]...)
		}
		for c := 1; c < n; c++ {
			t, ok := nodes[s].next[uint8(c)]
			switch {
			case ok:
				if s != 0 {
					nodes[t].fail = goto_[nodes[s].fail*n+c]
				}
				goto_[s*n+c] = t
				queue = append(queue, t)
			case s != 0:
				goto_[s*n+c] = goto_[nodes[s].fail*n+c]
			}
		}
	}
	// Renumber the states so that those with outputs come last (the hot
	// loop tests one comparison), and store them premultiplied by the
	// number of classes (it adds the class, with no multiplication).
	order := make([]int, 0, len(nodes)) // new → old
	for s := range nodes {
		if len(outs[s]) == 0 {
			order = append(order, s)
		}
	}
	ks.accept = uint16(len(order) * n)
	for s := range nodes {
		if len(outs[s]) > 0 {
			order = append(order, s)
		}
	}
	renum := make([]int, len(nodes)) // old → new
	for nw, old := range order {
		renum[old] = nw
	}
	if len(nodes)*n > 1<<16 {
		panic("secrets: keyword automaton too large")
	}
	ks.delta = new([1 << 16]uint16)
	ks.out = make([][]int32, len(nodes))
	for nw, old := range order {
		ks.out[nw] = outs[old]
		for c := 0; c < n; c++ {
			ks.delta[nw*n+c] = uint16(renum[goto_[old*n+c]] * n)
		}
	}
	ks.start = uint16(renum[0] * n)
	return ks
}

// hit is an occurrence of keyword Word ending at byte offset End
// (exclusive).
type hit struct {
	Word int32
	End  int32
}

// find appends the occurrences of the keywords in s to hits and returns
// it, in order of their end offsets.
func (ks *keywordSet) find(s string, hits []hit) []hit {
	delta, class, accept, n := ks.delta, &ks.class, ks.accept, uint16(ks.nclass)
	state := ks.start
	for i := 0; i < len(s); i++ {
		state = delta[state+uint16(class[s[i]])]
		if state >= accept {
			for _, w := range ks.out[state/n] {
				hits = append(hits, hit{Word: w, End: int32(i + 1)})
			}
		}
	}
	return hits
}

// any reports whether s holds a keyword. It is the hot loop of the
// secret rules (every string literal goes through it): unrolled by four,
// with no bounds checks, it runs at about five instructions a byte.
func (ks *keywordSet) any(s string) bool {
	delta, class, accept := ks.delta, &ks.class, ks.accept
	state := ks.start
	for len(s) >= 4 {
		state = delta[state+uint16(class[s[0]])]
		if state >= accept {
			return true
		}
		state = delta[state+uint16(class[s[1]])]
		if state >= accept {
			return true
		}
		state = delta[state+uint16(class[s[2]])]
		if state >= accept {
			return true
		}
		state = delta[state+uint16(class[s[3]])]
		if state >= accept {
			return true
		}
		s = s[4:]
	}
	for i := 0; i < len(s); i++ {
		state = delta[state+uint16(class[s[i]])]
		if state >= accept {
			return true
		}
	}
	return false
}
