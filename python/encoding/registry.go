package encoding

import (
	"fmt"
	"strings"
)

//go:generate go run ../../tools/genencoding

// kind says how a codec module of Python's encodings package decodes.
type kind uint8

const (
	kindNotext kind = iota // not a text encoding (rot13, hex, zlib, ...)
	kindUndefined
	kindAscii
	kindLatin1
	kindCharmap // single-byte table
	kindUtf8
	kindUtf8sig
	kindUtf16
	kindUtf16le
	kindUtf16be
	kindUtf32
	kindUtf32le
	kindUtf32be
	kindUtf7
	kindUnicodeescape
	kindRawunicodeescape
	kindPunycode
	kindIdna
	kindCjk
)

// module is a codec module of Python's encodings package.
type module struct {
	name string // canonical codec name (CodecInfo.name)
	kind kind
}

// codec is a resolved codec, ready to decode.
type codec struct {
	module string // module name in the encodings package
	name   string
	kind   kind
	arg    string // the name as handed to the codec registry
}

// pyNormalize is the normalisation of encodings.normalize_encoding (with
// the lower-casing that the codec registry does first), for the characters
// a cookie name can hold: runs of anything but ASCII letters, digits and
// '.' become one '_', dropped at either end.
func pyNormalize(s string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

// lookup finds the codec for a name the way codecs.lookup does through the
// encodings package's search function, and rejects the codecs that
// bytes.decode refuses.
func lookup(name string) (*codec, error) {
	norm := pyNormalize(name)
	alias, ok := aliases[norm]
	if !ok {
		alias, ok = aliases[strings.ReplaceAll(norm, ".", "_")]
	}
	cands := []string{norm}
	if ok {
		cands = []string{alias, norm}
	}
	for _, m := range cands {
		if m == "" || strings.Contains(m, ".") {
			continue
		}
		mod, found := modules[m]
		if !found {
			continue
		}
		switch mod.kind {
		case kindNotext:
			return nil, &Error{Col: -1, Msg: fmt.Sprintf("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", name)}
		case kindUndefined:
			return nil, &Error{Col: -1, Msg: "undefined encoding"}
		}
		return &codec{module: m, name: mod.name, kind: mod.kind, arg: name}, nil
	}
	return nil, &Error{Col: -1, Msg: "unknown encoding: " + name}
}

// decodeError is a UnicodeDecodeError as str() shows it: the codec failed
// on the bytes [start, end) of its input, the first of which is first.
func decodeError(codec string, first byte, start, end int, reason string) *Error {
	if end-start == 1 {
		return &Error{Col: -1, Msg: fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, first, start, reason)}
	}
	return &Error{Col: -1, Msg: fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)}
}

func unsupported(format string, args ...any) *Error {
	return &Error{Col: -1, Msg: "krait: " + fmt.Sprintf(format, args...), Unsupported: true}
}

// translate returns b as CPython's tokenizer sees it before decoding:
// "\r\n" and "\r" turned into "\n", and a "\n" added at the end of a
// non-empty input that lacks one.
func translate(b []byte) []byte {
	out := make([]byte, 0, len(b)+1)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	return out
}

// translatedPos maps a position in b to the position it has in translate(b)
// (each "\r\n" before it counts once).
func translatedPos(b []byte, pos int) int {
	if pos > len(b) { // past the end: the newline CPython adds
		return translatedPos(b, len(b)) + pos - len(b)
	}
	n := pos
	for i := 0; i+1 < pos; i++ {
		if b[i] == '\r' && b[i+1] == '\n' {
			n--
		}
	}
	return n
}

// needsFinalNL reports whether CPython adds a newline after b.
func needsFinalNL(b []byte) bool {
	return len(b) > 0 && b[len(b)-1] != '\n' && b[len(b)-1] != '\r'
}

// decode decodes the source body (the file without its BOM). unterminated
// tells whether the text CPython's tokenizer gets lacks a final newline.
func (c *codec) decode(body []byte) (text string, unterminated bool, err error) {
	switch c.kind {
	case kindAscii:
		text, err = decodeASCII(body)
		return text, false, err
	case kindLatin1:
		return decodeLatin1(body), false, nil
	case kindCharmap:
		t := charmap(c.module)
		if t.r[0x0a] == '\n' && t.r[0x0d] == '\r' {
			text, err = decodeCharmap(t, body)
			return text, false, err
		}
		// EBCDIC: CPython decodes the translated bytes.
		text, err = decodeCharmap(t, translate(body))
		return text, err == nil && !strings.HasSuffix(text, "\n"), err
	case kindUtf8, kindUtf8sig:
		text, err = decodeUTF8(body)
		return text, false, err
	case kindCjk:
		return decodeCJK(c, body)
	}
	data := translate(body)
	var rs []rune
	switch c.kind {
	case kindUtf16:
		rs, err = decodeUTF16(data, orderBOM)
	case kindUtf16le:
		rs, err = decodeUTF16(data, orderLE)
	case kindUtf16be:
		rs, err = decodeUTF16(data, orderBE)
	case kindUtf32:
		rs, err = decodeUTF32(data, orderBOM)
	case kindUtf32le:
		rs, err = decodeUTF32(data, orderLE)
	case kindUtf32be:
		rs, err = decodeUTF32(data, orderBE)
	case kindUtf7:
		rs, err = decodeUTF7(data)
	case kindUnicodeescape:
		rs, err = decodeUnicodeEscape(data, false)
	case kindRawunicodeescape:
		rs, err = decodeUnicodeEscape(data, true)
	case kindPunycode:
		rs, err = decodePunycode(data)
	case kindIdna:
		rs, err = decodeIDNA(data)
	default:
		return "", false, unsupported("codec %s is not implemented", c.name)
	}
	if err != nil {
		return "", false, err
	}
	text, err = encodeUTF8(rs)
	return text, err == nil && len(rs) > 0 && rs[len(rs)-1] != '\n', err
}

// encodeUTF8 turns decoded characters into UTF-8, failing on surrogates as
// CPython's str.encode("utf-8") does.
func encodeUTF8(rs []rune) (string, error) {
	for i, r := range rs {
		if r < 0xd800 || r > 0xdfff {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] >= 0xd800 && rs[j] <= 0xdfff {
			j++
		}
		if j-i == 1 {
			return "", &Error{Col: -1, Msg: fmt.Sprintf("'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed", r, i)}
		}
		return "", &Error{Col: -1, Msg: fmt.Sprintf("'utf-8' codec can't encode characters in position %d-%d: surrogates not allowed", i, j-1)}
	}
	return string(rs), nil
}
