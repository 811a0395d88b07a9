package pyrepr

import "unicode/utf8"

// Surrogate range and the bytes of its generalized UTF-8 encoding.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// AppendRune appends the generalized UTF-8 encoding of the code point r to
// dst and returns the extended slice: ordinary UTF-8, except that a
// surrogate U+D800..U+DFFF is written as its 3-byte sequence
// 0xED 0xA0..0xBF 0x80..0xBF. Runes outside 0..0x10FFFF are written as
// U+FFFD, as utf8.AppendRune does.
func AppendRune(dst []byte, r rune) []byte {
	if surrogateMin <= r && r <= surrogateMax {
		return append(dst, 0xED, 0xA0|byte(r>>6)&0x1F, 0x80|byte(r)&0x3F)
	}
	return utf8.AppendRune(dst, r)
}

// DecodeRune decodes the first code point of s, which is in generalized
// UTF-8, and returns it with its width in bytes. A surrogate's 3-byte
// sequence decodes to the surrogate itself. Otherwise it behaves like
// utf8.DecodeRuneInString: an empty s gives (utf8.RuneError, 0) and an
// invalid byte gives (utf8.RuneError, 1).
func DecodeRune(s string) (r rune, size int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}
