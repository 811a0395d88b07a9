// Package fold has ASCII case-insensitive string tests for hot paths,
// where strings.ToLower's allocation or a regular expression costs too
// much.
package fold

// Contains reports whether s contains word in any ASCII case. word must
// be lower case.
func Contains(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if HasPrefix(s[i:], word) {
			return true
		}
	}
	return false
}

// ContainsAny reports whether s contains one of the lower-case words in
// any ASCII case.
func ContainsAny(s string, words ...string) bool {
	// One pass over s, trying the words whose first letter matches.
	var first [256]bool
	for _, w := range words {
		if w == "" {
			return true
		}
		first[w[0]] = true
		if 'a' <= w[0] && w[0] <= 'z' {
			first[w[0]-'a'+'A'] = true
		}
	}
	for i := 0; i < len(s); i++ {
		if !first[s[i]] {
			continue
		}
		for _, w := range words {
			if HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// HasPrefix reports whether s starts with word in any ASCII case. word
// must be lower case.
func HasPrefix(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for j := 0; j < len(word); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[j] {
			return false
		}
	}
	return true
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
