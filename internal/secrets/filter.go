package secrets

import (
	"math"
	"strings"

	"github.com/krait-dev/krait/internal/fold"
)

// vectors are credentials that providers publish in their documentation
// as examples; code and configuration quote them, and they give access to
// nothing. They are never reported.
var vectors = map[string]bool{
	// AWS: "Managing access keys" and the SDK guides.
	"AKIAIOSFODNN7EXAMPLE":                     true,
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": true,
	"AKIAI44QH8DHBEXAMPLE":                     true,
	"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY": true,
	// jwt.io's default token (HS256, secret "your-256-bit-secret").
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c": true,
	// Azurite's and the storage emulator's well-known development
	// account key (devstoreaccount1).
	"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==": true,
}

// IsVector reports whether s is a published documentation example.
func IsVector(s string) bool { return vectors[s] }

// placeholderWords are words that mark a value as a stand-in for the real
// secret. They are matched in any case, anywhere in the value.
var placeholderWords = []string{
	"example", "sample", "placeholder", "changeme", "change_me", "change-me", "changeit",
	"your_", "your-", "yourkey", "yoursecret", "yourtoken", "yourpassword", "your.",
	"xxxx", "****", "....", "redacted", "dummy", "replace_me", "replaceme", "replace-me",
	"insert_", "insert-", "enter_", "enter-", "fill_in", "fillme", "_here", "-here",
	"notasecret", "not_a_secret", "not-a-secret", "secret_key_here", "todo",
}

// IsPlaceholder reports whether a value stands in for a secret: it has a
// placeholder word, or is a template variable ("${VAR}", "$VAR", "{{ var
// }}", "%(var)s", "{var}", "<your-key>").
func IsPlaceholder(s string) bool {
	if fold.ContainsAny(s, placeholderWords...) {
		return true
	}
	if strings.Contains(s, "${") || strings.Contains(s, "{{") || strings.Contains(s, "%(") || strings.Contains(s, "$(") {
		return true
	}
	t := strings.TrimSpace(s)
	if len(t) >= 2 {
		switch {
		case t[0] == '<' && t[len(t)-1] == '>',
			t[0] == '{' && t[len(t)-1] == '}',
			t[0] == '[' && t[len(t)-1] == ']' && !strings.ContainsAny(t[1:len(t)-1], "[]"):
			return true
		case t[0] == '$' && isEnvName(t[1:]):
			return true
		}
	}
	return false
}

// isEnvName reports whether s is spelled like an environment variable.
func isEnvName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || c == '_' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Entropy returns the Shannon entropy of s in bits per byte.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// IsLowQuality reports whether a candidate secret is too regular to be
// one: a run of one character, a sequence ("abcdef", "123456", "fedcba"),
// or a handful of distinct characters repeated.
func IsLowQuality(s string) bool {
	if len(s) < 4 {
		return true
	}
	var seen [256]bool
	distinct := 0
	steps := 0 // neighbours equal, or one apart
	for i := 0; i < len(s); i++ {
		if !seen[s[i]] {
			seen[s[i]] = true
			distinct++
		}
		if i > 0 {
			d := int(s[i]) - int(s[i-1])
			if d >= -1 && d <= 1 {
				steps++
			}
		}
	}
	if distinct <= 3 || distinct*4 < min(len(s), 32) {
		return true
	}
	return steps*2 >= len(s)
}

// charClasses counts the classes of characters s uses: lower-case
// letters, upper-case letters, digits, others.
func charClasses(s string) int {
	var lower, upper, digit, other int
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			lower = 1
		case 'A' <= c && c <= 'Z':
			upper = 1
		case '0' <= c && c <= '9':
			digit = 1
		default:
			other = 1
		}
	}
	return lower + upper + digit + other
}

// isHex reports whether s is all hexadecimal digits.
func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return s != ""
}

// isUUID reports whether s is spelled as a UUID.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if !isHex(s[i : i+1]) {
			return false
		}
	}
	return true
}

// looksLikeWords reports whether s is made of words and separators — an
// identifier, a setting's name, a sentence fragment — rather than random
// characters: only letters and separators ('_', '-', '.', ' ', '/', ':'),
// at least 30% vowels (y counts) among the letters, and no run of five
// consonants. Random letters have about 23% vowels and long consonant
// runs; English identifiers 35 to 45% and short runs.
func looksLikeWords(s string) bool {
	letters, vowels, run := 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ' || c == '/' || c == ':':
			run = 0
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letters++
			switch c | 0x20 {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowels++
				run = 0
			default:
				if run++; run >= 5 {
					return false
				}
			}
		default:
			return false
		}
	}
	if letters > 0 && vowels*10 >= letters*3 {
		return true
	}
	return wordParts(s)
}

// wordParts reports whether s has two or more parts between separators,
// each of letters with a vowel (or of at most three letters):
// "password_for_the_ldap_bind".
func wordParts(s string) bool {
	parts, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !(s[i] == '_' || s[i] == '-' || s[i] == '.' || s[i] == ' ' || s[i] == '/' || s[i] == ':') {
			continue
		}
		if p := s[start:i]; p != "" {
			parts++
			if len(p) > 3 && !strings.ContainsAny(strings.ToLower(p), "aeiouy") {
				return false
			}
		}
		start = i + 1
	}
	return parts >= 2
}

// plausibleToken reports whether the random part of a provider token is
// random enough: not a placeholder, not a run or sequence, and of some
// entropy.
func plausibleToken(s string) bool {
	if IsPlaceholder(s) || IsLowQuality(s) {
		return false
	}
	return Entropy(s) >= 3.0
}

// readable reports whether s reads as words rather than random
// characters, where looksLikeWords gives up on digits and case: an
// identifier or setting name ("s3_disable_express_session_auth"), a type
// path ("AWS::S3::DisableExpressSessionAuth"), a phrase with digits
// ("PassWordMustBeAtLeast6Chars."). s is split into parts at every byte
// that is not a letter and where a lower-case letter is followed by an
// upper-case one; it is readable when at least two parts have three or
// more letters, those parts hold three quarters of the letters, and every
// part of four or more letters has a vowel and no run of four
// consonants. Random tokens fail on the last test: in
// "hI5iIg/NrdMFPE+PoJsbfsrFxJpdaen" the part MFPE has no vowel.
func readable(s string) bool {
	letters, long, longParts := 0, 0, 0
	ok := true
	part := func(p string) {
		if len(p) >= 3 {
			longParts++
			long += len(p)
		}
		if len(p) < 4 {
			return
		}
		vowel, run := false, 0
		for i := 0; i < len(p); i++ {
			switch p[i] | 0x20 {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowel, run = true, 0
			default:
				if run++; run >= 4 {
					ok = false
				}
			}
		}
		if !vowel {
			ok = false
		}
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		isLetter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if isLetter {
			letters++
		}
		split := !isLetter || i > 0 && 'a' <= s[i-1] && s[i-1] <= 'z' && 'A' <= c && c <= 'Z'
		if split && start >= 0 {
			part(s[start:i])
			start = -1
		}
		if isLetter && start < 0 {
			start = i
		}
	}
	return ok && longParts >= 2 && long*4 >= letters*3
}

// looksLikeRegex reports whether s is a regular expression: it has a
// group construct, a class, an escape or a range that passwords do not.
func looksLikeRegex(s string) bool {
	for _, m := range []string{"(?", "[^", `\d`, `\w`, `\s`, `\b`, `\x`, "]{", "]+", "]*", "0-9", "a-z", "A-Z", ".*", ".+"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// looksLikeDate reports whether s starts with an ISO 8601 date
// (2016-09-08, 2016-09-08T21:47:36Z).
func looksLikeDate(s string) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isHashLike reports whether s is a UUID or hexadecimal digits of a hash
// or id (16 or more): what a token of an API (an idempotency or
// pagination token) or a checksum looks like, and rarely a password.
func isHashLike(s string) bool {
	return isUUID(s) || len(s) >= 16 && isHex(s)
}
