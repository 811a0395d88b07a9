package report

import (
	"net/url"
	"path/filepath"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

// Place is a byte span resolved against its file's source.
//
// End is the position just past the span: its Column is the 1-based
// column of the first code point after the span (Ruff's and SARIF's
// convention), so a span "abc" at column 5 ends at column 8. A span that
// ends right after a line break is treated as ending at the end of that
// line, so it never reaches into a line it does not touch.
type Place struct {
	Path string
	// Src is the file's source; nil when the Result has none for Path,
	// and then Known is false and the positions are zero except for a
	// line a finding gave explicitly.
	Src   *scan.Source
	Known bool
	// Start and End are the span's first position and the position just
	// past it; StartOff and EndOff the matching byte offsets in Src.Text.
	Start, End       scan.Position
	StartOff, EndOff int32
}

// Locate resolves span sp of the file at path.
func Locate(r *scan.Result, path string, sp token.Span) Place {
	p := Place{Path: path}
	if r != nil {
		p.Src = r.Sources[path]
	}
	if p.Src == nil || len(p.Src.Lines) == 0 {
		p.Src = nil
		return p
	}
	n := int32(len(p.Src.Text))
	start, end := clamp(sp.Start, 0, n), clamp(sp.End, 0, n)
	if end < start {
		end = start
	}
	p.Known = true
	p.StartOff, p.EndOff = start, end
	p.Start = p.Src.Position(start)
	p.End = p.Src.Position(end)
	if end > start && p.End.Column == 1 && p.End.TextLine > p.Start.TextLine {
		// The span ends with a line break: end it on the line it covers.
		prev := p.End.TextLine - 1
		p.EndOff = p.Src.Lines[prev-1] + int32(len(p.Src.LineText(prev)))
		p.End = p.Src.Position(p.EndOff)
	}
	return p
}

func clamp(v, lo, hi int32) int32 {
	return max(lo, min(v, hi))
}

// LocateFinding resolves f's span.
func LocateFinding(r *scan.Result, f *analysis.Finding) Place {
	return Locate(r, f.Path, f.Span)
}

// ByteColumn returns the 0-based UTF-8 byte column of offset off on its
// line (CPython's col_offset).
func (p *Place) ByteColumn(off int32, textLine int) int {
	if p.Src == nil || textLine < 1 || textLine > len(p.Src.Lines) {
		return 0
	}
	return int(off - p.Src.Lines[textLine-1])
}

// Text returns the source text of the span ("" when unknown).
func (p *Place) Text() string {
	if p.Src == nil {
		return ""
	}
	return p.Src.Text[p.StartOff:p.EndOff]
}

// Lines returns the source lines the span covers, without their line
// breaks, joined by "\n" ("" when unknown).
func (p *Place) Lines() string {
	if p.Src == nil {
		return ""
	}
	var b strings.Builder
	for n := p.Start.TextLine; n <= p.End.TextLine; n++ {
		if n > p.Start.TextLine {
			b.WriteByte('\n')
		}
		b.WriteString(p.Src.LineText(n))
	}
	return b.String()
}

// HasLine reports whether the 1-based line n exists in src. An empty
// "line" after a final line break does not count, matching Python's
// readlines and linecache.
func HasLine(src *scan.Source, n int) bool {
	if src == nil || n < 1 || n > len(src.Lines) {
		return false
	}
	return n == 1 || int(src.Lines[n-1]) < len(src.Text)
}

// SameCell reports whether text lines a and b of src are in the same
// notebook cell, both in its code or both in its outputs (always true for
// a plain file).
func SameCell(src *scan.Source, a, b int) bool {
	if src == nil || src.Cells == nil {
		return true
	}
	ca, _ := src.Cells.Cell(a)
	cb, _ := src.Cells.Cell(b)
	return ca == cb && src.InOutput(a) == src.InOutput(b)
}

// Column16 converts a 1-based code-point column on text line n of src to
// a 1-based UTF-16 column (SARIF's). It returns col unchanged when the
// line is unknown.
func Column16(src *scan.Source, n, col int) int {
	if src == nil || col < 1 || !HasLine(src, n) {
		return col
	}
	c16 := 1
	i := 1
	for _, r := range src.LineText(n) {
		if i >= col {
			break
		}
		i++
		c16++
		if r >= 0x10000 {
			c16++
		}
	}
	return c16 + (col - i)
}

// RuleIndex maps each rule id of r.Rules to the rule.
func RuleIndex(r *scan.Result) map[string]*analysis.Rule {
	m := make(map[string]*analysis.Rule, len(r.Rules))
	for _, rule := range r.Rules {
		m[rule.ID] = rule
	}
	return m
}

// InSource reports whether a suppression, as Finding.SuppressedBy names
// it, is a comment in the file ("# nosec", "# nosec B602", "# noqa:
// S602") rather than something outside it (a baseline, a per-file
// ignore in the configuration).
func InSource(suppressedBy string) bool {
	_, ok := directive(suppressedBy)
	return ok
}

// Blanket reports whether an in-source suppression names no rule ids (a
// bare "# nosec"), which Bandit counts as "nosec" rather than
// "skipped_tests".
func Blanket(suppressedBy string) bool {
	rest, ok := directive(suppressedBy)
	return ok && strings.Trim(rest, " \t:,") == ""
}

// directive strips "# nosec"/"# noqa" from s and returns what follows.
func directive(s string) (rest string, ok bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimPrefix(s, "#"))
	for _, word := range []string{"nosec", "noqa"} {
		if len(s) >= len(word) && strings.EqualFold(s[:len(word)], word) {
			rest = s[len(word):]
			if rest == "" || strings.ContainsRune(" \t:,", rune(rest[0])) {
				return rest, true
			}
		}
	}
	return "", false
}

// RelPath returns path relative to base with forward slashes, and
// whether it is inside base. With an empty base a relative path is taken
// as relative to the root already; an absolute path is then not inside.
func RelPath(base, path string) (string, bool) {
	if base == "" {
		if filepath.IsAbs(path) {
			return filepath.ToSlash(path), false
		}
		rel := filepath.ToSlash(filepath.Clean(path))
		return rel, rel != ".." && !strings.HasPrefix(rel, "../")
	}
	absBase, err1 := filepath.Abs(base)
	absPath, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(path), false
	}
	rel, err := filepath.Rel(absBase, absPath)
	if err != nil {
		return filepath.ToSlash(absPath), false
	}
	rel = filepath.ToSlash(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return filepath.ToSlash(absPath), false
	}
	return rel, true
}

// URI returns the SARIF artifact URI of path: relative to base (and to
// be used with uriBaseId %SRCROOT%) when inside is true, otherwise an
// absolute file: URI.
func URI(base, path string) (uri string, inside bool) {
	rel, inside := RelPath(base, path)
	if inside {
		return (&url.URL{Path: rel}).String(), true
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return FileURI(abs), false
}

// FileURI returns the file: URI of the absolute path abs.
func FileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/x → /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
