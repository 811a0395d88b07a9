package report

import (
	"bytes"
	"encoding/json"
	"io"
)

// WriteJSON writes v to w as JSON indented by two spaces, HTML characters
// unescaped, with a final newline: the layout of the json and sarif
// formats.
func WriteJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(IndentJSON(make([]byte, 0, buf.Len()*2), buf.Bytes()))
	return err
}

// IndentJSON is json.Indent(dst, src, "", "  ") for the compact, valid JSON
// that encoding/json writes, a single pass without json.Indent's
// validating scanner (which was a quarter of a large report's time).
// Empty objects and arrays stay {} and []; the trailing newline is kept.
func IndentJSON(dst, src []byte) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			// Copy the string, escapes included.
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
