// Package suppress finds the suppression comments of a file — Bandit's
// "# nosec" and "# nosec B602, B607", Ruff's "# noqa: S602" — and decides
// which findings they silence.
//
// The lines a comment may be on follow Bandit, widened to the whole
// statement: Bandit honours a "# nosec" on any line of the node its check
// inspected (any line of a multi-line call, of a function definition for
// the checks on definitions, of a string's parent expression); krait also
// honours one on any line of the statement the finding is in (for a
// compound statement, its header), so a comment at the end of a
// multi-line statement always works. The scan passes those line ranges to
// Match.
//
// What a "# nosec" names follows Bandit too. The words after "nosec" (up
// to another '#') that are rule ids (B602, Ruff's S602 and krait's
// KR101) or Bandit test names (assert_used, blacklist names such as
// import_pickle) are the rules it silences; other words are prose. A comment that names no known rule, including
// one that names only unknown ids ("# nosec B999"), silences every rule,
// as Bandit's does; the scan warns about the unknown ids. Two deliberate
// differences: "nosec" matches in any case, and "B602,B607" without a
// space names both rules (Bandit's pattern keeps only the last).
//
// "# noqa" follows Ruff: "# noqa: S602" silences B602 (S plus the digits
// of a Bandit id) and krait ids given as they are; a bare "# noqa" is not
// a security suppression (linters use it for everything), so it silences
// nothing.
package suppress

import (
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/fold"

	"github.com/krait-dev/krait/python/ast"
)

// Kind is the kind of a suppression comment.
type Kind uint8

// The kinds of suppression comment.
const (
	NoSec Kind = iota // # nosec
	NoQA              // # noqa: ...
)

// Directive is one suppression comment.
type Directive struct {
	Kind Kind
	Line int
	// IDs are the rules the comment names (canonical ids: upper case,
	// S-codes turned into B-ids, test names resolved); empty for a bare
	// # nosec.
	IDs []string
	// Unknown are words shaped like rule ids that name no rule.
	Unknown []string
	// Span is the comment's byte range in the file.
	Span ast.Range
	// Used is set once the directive suppressed a finding.
	Used bool
}

// All reports whether the directive silences every rule.
func (d *Directive) All() bool { return d.Kind == NoSec && len(d.IDs) == 0 }

// Covers reports whether the directive silences rule id.
func (d *Directive) Covers(id string) bool {
	if d.All() {
		return true
	}
	for _, x := range d.IDs {
		if x == id {
			return true
		}
	}
	return false
}

// Index holds a file's directives by line.
type Index struct {
	byLine map[int][]*Directive
	all    []*Directive
}

var (
	nosecRe = regexp.MustCompile(`(?i)#\s*nosec`)
	noqaRe  = regexp.MustCompile(`(?i)#\s*noqa\s*:\s*(.*)$`)
	wordRe  = regexp.MustCompile(`[A-Za-z0-9_]+`)
)

// Resolver returns the canonical id of the rule a word of a suppression
// comment names: the word itself for a rule id in canonical form (B602,
// KR101), the id of a Bandit test name; "" when the word names no rule.
type Resolver func(word string) string

// Parse collects the directives in the comments of f. A nil resolve takes
// every id-shaped word as a rule id.
func Parse(f *ast.File, resolve Resolver) *Index {
	ix := &Index{byLine: make(map[int][]*Directive)}
	for _, c := range f.Comments {
		text := f.Src[c.Start:c.End]
		if d := ParseComment(text, resolve); d != nil {
			d.Span = c.Range
			d.Line = f.Position(c.Start).Line
			ix.byLine[d.Line] = append(ix.byLine[d.Line], d)
			ix.all = append(ix.all, d)
		}
	}
	return ix
}

// ParseComment parses one comment, '#' included, and returns its
// directive or nil.
func ParseComment(text string, resolve Resolver) *Directive {
	hasNosec, hasNoqa := false, false
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == 'n' || c == 'N' {
			hasNosec = hasNosec || fold.HasPrefix(text[i:], "nosec")
			hasNoqa = hasNoqa || fold.HasPrefix(text[i:], "noqa")
		}
	}
	if !hasNosec && !hasNoqa {
		return nil
	}
	if resolve == nil {
		resolve = func(w string) string {
			if IsCode(w) {
				return w
			}
			return ""
		}
	}
	if loc := nosecRe.FindStringIndex(text); hasNosec && loc != nil {
		rest := text[loc[1]:]
		if i := strings.IndexByte(rest, '#'); i >= 0 {
			rest = rest[:i]
		}
		d := &Directive{Kind: NoSec}
		for _, w := range wordRe.FindAllString(rest, -1) {
			c := Canonical(w)
			if id := resolve(c); id != "" {
				d.IDs = append(d.IDs, id)
			} else if IsCode(c) {
				d.Unknown = append(d.Unknown, c)
			}
		}
		return d
	}
	if hasNoqa {
		m := noqaRe.FindStringSubmatch(text)
		if m == nil {
			return nil
		}
		rest := m[1]
		if i := strings.IndexByte(rest, '#'); i >= 0 {
			rest = rest[:i]
		}
		d := &Directive{Kind: NoQA}
		for _, w := range wordRe.FindAllString(rest, -1) {
			u := strings.ToUpper(w)
			if !strings.HasPrefix(u, "S") && !strings.HasPrefix(u, "KR") {
				continue // another linter's code (E501)
			}
			c := Canonical(u)
			if !IsCode(c) {
				continue
			}
			if id := resolve(c); id != "" {
				d.IDs = append(d.IDs, id)
			} else {
				d.Unknown = append(d.Unknown, c)
			}
		}
		if len(d.IDs) == 0 && len(d.Unknown) == 0 {
			return nil
		}
		return d
	}
	return nil
}

// Canonical spells an id-shaped word as krait does: upper case, Ruff's
// S602 as B602. Other words are returned unchanged.
func Canonical(w string) string {
	u := strings.ToUpper(w)
	if len(u) > 1 && u[0] == 'S' && u[1] >= '0' && u[1] <= '9' {
		u = "B" + u[1:]
	}
	if IsCode(u) {
		return u
	}
	return w
}

// IsCode reports whether s is shaped like a rule id: B and three digits or
// KR and three digits.
func IsCode(s string) bool {
	var digits string
	switch {
	case strings.HasPrefix(s, "KR"):
		digits = s[2:]
	case strings.HasPrefix(s, "B"):
		digits = s[1:]
	default:
		return false
	}
	if len(digits) != 3 {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Lines is an inclusive range of 1-based lines.
type Lines struct{ First, Last int }

// Match returns a directive on one of the line ranges that silences rule
// id, or nil.
func (ix *Index) Match(id string, ranges ...Lines) *Directive {
	if len(ix.all) == 0 {
		return nil
	}
	for _, r := range ranges {
		for l := r.First; l <= r.Last; l++ {
			for _, d := range ix.byLine[l] {
				if d.Covers(id) {
					d.Used = true
					return d
				}
			}
		}
	}
	return nil
}

// Directives returns all directives in source order.
func (ix *Index) Directives() []*Directive { return ix.all }
