package secrets

import (
	"reflect"
	"strings"
	"testing"
)

// naiveFind is find by brute force: every keyword at every offset.
func naiveFind(ks *keywordSet, s string) []hit {
	var out []hit
	for end := 1; end <= len(s); end++ {
		for wi, w := range ks.words {
			if end >= len(w) && asciiLower(s[end-len(w):end]) == w {
				out = append(out, hit{Word: int32(wi), End: int32(end)})
			}
		}
	}
	return out
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// sameHits compares hit lists as sets per end offset (the order of the
// keywords that end at one offset is not specified).
func sameHits(a, b []hit) bool {
	key := func(hs []hit) map[hit]int {
		m := map[hit]int{}
		for _, h := range hs {
			m[h]++
		}
		return m
	}
	return reflect.DeepEqual(key(a), key(b))
}

func TestKeywordSet(t *testing.T) {
	ks := newKeywordSet([]string{"he", "she", "his", "hers", "sk_live_", "sk", "akia", "private key"})
	for _, s := range []string{"", "ushers", "SHE said HIS", "x sk_live_abc SK", "-----BEGIN RSA PRIVATE KEY-----", "hhhhhe", "ɐkia AKIA\x00akia"} {
		if got, want := ks.find(s, nil), naiveFind(ks, s); !sameHits(got, want) {
			t.Errorf("find(%q) = %v, want %v", s, got, want)
		}
		if got, want := ks.any(s), len(naiveFind(ks, s)) > 0; got != want {
			t.Errorf("any(%q) = %v, want %v", s, got, want)
		}
	}
	// The detectors' own automaton.
	for _, s := range []string{"token ghp_abc", "AccountKey=x", "postgres://", "nothing here at all"} {
		if got, want := keywords.find(s, nil), naiveFind(keywords, s); !sameHits(got, want) {
			t.Errorf("keywords.find(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzKeywordSet checks the automaton against brute force on arbitrary
// keywords and texts.
func FuzzKeywordSet(f *testing.F) {
	f.Add("he,she,his,hers", "ushers")
	f.Add("a,aa,aaa", "aaaa")
	f.Add("private key,key-", "-----BEGIN PRIVATE KEY----- key-0")
	f.Fuzz(func(t *testing.T, words, text string) {
		var ws []string
		for _, w := range strings.Split(asciiLower(words), ",") {
			if w != "" && len(ws) < 40 {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 || len(text) > 4096 {
			return
		}
		distinct := map[byte]bool{}
		for _, w := range ws {
			for i := 0; i < len(w); i++ {
				distinct[w[i]] = true
			}
		}
		if len(distinct) > 200 {
			return
		}
		ks := newKeywordSet(ws)
		if got, want := ks.find(text, nil), naiveFind(ks, text); !sameHits(got, want) {
			t.Fatalf("find(%q) with %q = %v, want %v", text, ws, got, want)
		}
		if got, want := ks.any(text), len(naiveFind(ks, text)) > 0; got != want {
			t.Fatalf("any(%q) with %q = %v", text, ws, got)
		}
	})
}
