package bandit

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// bidiChars are the bidirectional control characters, in Bandit's order.
var bidiChars = []rune{'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f'}

// B613 reports bidirectional control characters in a source file.
var B613 = &analysis.Rule{
	ID:    "B613",
	Name:  "trojansource",
	Title: "Bidirectional control character in source (Trojan Source)",
	Why: "Bidirectional overrides make editors and review tools display code in a different order than Python " +
		"reads it, so a reviewer can approve code that does something else (CVE-2021-42574).",
	Bad:  "access_level = \"user\"\nif access_level != \"user\u202e \u2066# Check if admin\u2069 \u2066\":",
	Good: "access_level = \"user\"\nif access_level != \"user\":  # check if admin",
	Notes: "As in Bandit, one finding per file: the first line (as Python's str.splitlines counts lines) holding such a " +
		"character, at the first of them in Bandit's order; a # nosec must be on that line.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        838,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		src := p.File.Src
		if !containsBidi(src) {
			return nil
		}
		lineno := 0
		for start := 0; start < len(src); {
			end, next := pySplitLine(src, start)
			lineno++
			line := src[start:end]
			for _, r := range bidiChars {
				i := strings.IndexRune(line, r)
				if i < 0 {
					continue
				}
				off := int32(start + i)
				span := token.Span{Start: off, End: off + int32(utf8.RuneLen(r))}
				f := analysis.Finding{Span: span, Extent: span, Stmt: span,
					Message: fmt.Sprintf("A Python source file contains bidirectional control characters ('\\u%04x').", r)}
				if p.Line(off) != lineno {
					f.Line = lineno
				}
				p.Report(f)
				return nil
			}
			start = next
		}
		return nil
	},
}

func containsBidi(s string) bool {
	for _, r := range bidiChars {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// pySplitLine finds the line starting at start as Python's str.splitlines
// does: it ends at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, U+2028 or
// U+2029. It returns the end of the line and the start of the next.
func pySplitLine(s string, start int) (end, next int) {
	for i := start; i < len(s); {
		c := s[i]
		switch c {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e:
			return i, i + 1
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				return i, i + 2
			}
			return i, i + 1
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0x85 || r == 0x2028 || r == 0x2029 {
			return i, i + size
		}
		i += size
	}
	return len(s), len(s)
}
