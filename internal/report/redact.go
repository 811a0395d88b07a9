package report

import (
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

// Redacted returns r with the spans that findings ask to hide
// (analysis.Finding.Redact) masked, for a writer to render: the text of
// every Source that has such spans, so that no code frame, snippet or
// context region of any finding shows them, and the messages of that
// file's findings that quote the hidden text. Every format's writer
// calls it first. r itself is not modified; without spans to hide, r is
// returned as it is.
//
// Masking keeps every offset, column and line: each hidden character
// becomes '*' when it is ASCII, and a character of the same UTF-8 length
// and UTF-16 width otherwise; line breaks stay.
func Redacted(r *scan.Result) *scan.Result {
	if r == nil {
		return r
	}
	var spans map[string][]token.Span
	for i := range r.Findings {
		f := &r.Findings[i]
		if len(f.Redact) > 0 {
			if spans == nil {
				spans = map[string][]token.Span{}
			}
			spans[f.Path] = append(spans[f.Path], f.Redact...)
		}
	}
	if spans == nil {
		return r
	}
	out := *r
	out.Sources = make(map[string]*scan.Source, len(r.Sources))
	for p, s := range r.Sources {
		out.Sources[p] = s
	}
	hidden := map[string][]string{} // path → the hidden texts, for messages
	for path, sp := range spans {
		src := r.Sources[path]
		if src == nil {
			continue
		}
		masked := *src
		masked.Text = Mask(src.Text, sp)
		out.Sources[path] = &masked
		for _, s := range sp {
			if t := spanText(src.Text, s); utf8.RuneCountInString(t) >= 4 {
				hidden[path] = append(hidden[path], t)
			}
		}
	}
	out.Findings = append([]analysis.Finding(nil), r.Findings...)
	for i := range out.Findings {
		f := &out.Findings[i]
		ts := hidden[f.Path]
		if len(ts) == 0 {
			continue
		}
		f.Message = maskIn(f.Message, ts)
		if len(f.Related) > 0 {
			f.Related = append([]analysis.Location(nil), f.Related...)
			for j := range f.Related {
				f.Related[j].Message = maskIn(f.Related[j].Message, ts)
			}
		}
	}
	return &out
}

// spanText returns the text of s in text, clamped.
func spanText(text string, s token.Span) string {
	a, b := max(0, int(s.Start)), min(len(text), int(s.End))
	if a >= b {
		return ""
	}
	return text[a:b]
}

// maskIn masks the occurrences of the hidden texts in a message.
func maskIn(msg string, hidden []string) string {
	for _, t := range hidden {
		if strings.Contains(msg, t) {
			msg = strings.ReplaceAll(msg, t, maskString(t))
		}
	}
	return msg
}

// Mask returns text with the characters in the spans masked (see
// Redacted). Spans may overlap and be unsorted; offsets outside the text
// are clamped, and a span that starts or ends inside a character covers
// all of it.
func Mask(text string, spans []token.Span) string {
	b := []byte(text)
	for _, s := range spans {
		a, e := max(0, int(s.Start)), min(len(b), int(s.End))
		for a > 0 && a < len(b) && !utf8.RuneStart(b[a]) {
			a--
		}
		for i := a; i < e; {
			r, n := utf8.DecodeRune(b[i:])
			if r != '\n' && r != '\r' {
				copy(b[i:i+n], maskRune(n))
			}
			i += n
		}
	}
	return string(b)
}

// maskString masks every character of s.
func maskString(s string) string {
	return Mask(s, []token.Span{{Start: 0, End: int32(len(s))}})
}

// maskRune returns the mask of a character of n bytes: the same length
// in UTF-8, one code point, and as many UTF-16 units (two for four
// bytes).
func maskRune(n int) []byte {
	switch n {
	case 2:
		return []byte("·") // U+00B7
	case 3:
		return []byte("∗") // U+2217
	case 4:
		return []byte("\U0001D7CE") // MATHEMATICAL BOLD DIGIT ZERO
	}
	return []byte("*")
}
