package unicodedata

import "golang.org/x/text/unicode/norm"

// NormalizeIdentifier returns the NFKC normal form of s, which is what
// CPython 3.13's parser stores for a non-ASCII identifier
// (unicodedata.normalize('NFKC', s)); identifiers are compared and looked up
// in this form, so "ﬁ" and "fi" are the same name. An all-ASCII s is
// returned unchanged without allocating, as are identifiers already in NFKC.
//
// s must be valid UTF-8 (identifiers never contain surrogates). The
// normalisation is done by golang.org/x/text/unicode/norm, whose tables are
// Unicode 15.0.0 under Go 1.26; the tests check that this agrees with
// CPython's Unicode 15.1.0 normalize() for every identifier character (the
// characters added in 15.1 have no decompositions and are not composed by
// NFC, so no difference is expected).
func NormalizeIdentifier(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFKC.String(s)
		}
	}
	return s
}
