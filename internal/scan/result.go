// Package scan runs krait's pipeline over a set of paths: discover the
// files, read and parse them, build each module's semantic model, run the
// rules, apply suppressions, and collect findings and per-file errors into
// a Result that the report formats render.
package scan

import (
	"sort"

	"github.com/krait-dev/krait/internal/analysis"
)

// Result is the outcome of a scan.
type Result struct {
	// Version is krait's version.
	Version string
	// Findings are sorted by path, position and rule id. Suppressed
	// findings are included, marked.
	Findings []analysis.Finding
	// Errors lists the files that could not be analysed, and other
	// problems (a rule that broke, an unknown id in a # nosec), sorted
	// by path and line.
	Errors []FileError
	// Warnings are problems that did not stop any analysis (an unknown
	// rule id in a # nosec comment, an expired ignore).
	Warnings []FileError
	// Files is the number of files scanned, Lines their total lines.
	Files, Lines int
	// Rules are the rules that ran, sorted by id.
	Rules []*analysis.Rule
	// Sources holds the text of every file that has findings or errors,
	// for snippets and code frames.
	Sources map[string]*Source
}

// FileError is a file that could not be analysed, or another problem
// attached to a place. Line and Column are 1-based (0 when unknown);
// Column counts Unicode code points.
type FileError struct {
	Path    string
	Line    int
	Column  int
	Message string
}

// Source is the text of one scanned file, as the findings' spans index
// it.
type Source struct {
	Path string
	Text string
	// Lines holds the byte offset at which each line starts.
	Lines []int32
	// Cells maps lines of a notebook's Python text to its cells; nil for
	// a plain Python file.
	Cells CellMap
}

// CellMap maps a 1-based line of a notebook's extracted Python source to
// the cell (1-based) and the line within that cell.
type CellMap interface {
	Cell(line int) (cell, lineInCell int)
}

// Position is a resolved location: 1-based line and column (columns count
// Unicode code points), and for notebooks the cell.
type Position struct {
	Line, Column int
	// Column16 is the 1-based column in UTF-16 code units (SARIF).
	Column16 int
	// Cell is the 1-based notebook cell (0 for plain files); Line is then
	// the line within the cell.
	Cell int
	// TextLine is the 1-based line in Source.Text (equal to Line for plain
	// files), for Source.LineText.
	TextLine int
	// Output is set when the position is in the outputs of notebook cell
	// Cell (what it printed) rather than in its code; Line then counts in
	// the cell's outputs. See NotebookCells.
	Output bool
}

// Summary counts findings by severity and rule.
type Summary struct {
	Files, Lines, Findings, Suppressed, Errors int
	BySeverity                                 map[analysis.Level]int
	ByRule                                     map[string]int
}

// Summarize counts r's unsuppressed findings.
func (r *Result) Summarize() Summary {
	s := Summary{Files: r.Files, Lines: r.Lines, Errors: len(r.Errors),
		BySeverity: make(map[analysis.Level]int), ByRule: make(map[string]int)}
	for _, f := range r.Findings {
		if f.Suppressed {
			s.Suppressed++
			continue
		}
		s.Findings++
		s.BySeverity[f.Severity]++
		s.ByRule[f.RuleID]++
	}
	return s
}

// Sort puts findings and errors in their deterministic order.
func (r *Result) Sort() {
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := &r.Findings[i], &r.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.RuleID < b.RuleID
	})
	for _, es := range [][]FileError{r.Errors, r.Warnings} {
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].Path != es[j].Path {
				return es[i].Path < es[j].Path
			}
			return es[i].Line < es[j].Line
		})
	}
	sort.Slice(r.Rules, func(i, j int) bool { return r.Rules[i].ID < r.Rules[j].ID })
}

// Position resolves byte offset off in the source.
func (s *Source) Position(off int32) Position {
	i := sort.Search(len(s.Lines), func(i int) bool { return s.Lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	start := s.Lines[i]
	if off > int32(len(s.Text)) {
		off = int32(len(s.Text))
	}
	prefix := s.Text[start:off]
	p := Position{Line: i + 1, TextLine: i + 1, Column: 1, Column16: 1}
	for _, r := range prefix {
		p.Column++
		p.Column16++
		if r >= 0x10000 {
			p.Column16++
		}
	}
	if s.Cells != nil {
		p.Cell, p.Line = s.Cells.Cell(p.Line)
		p.Output = s.InOutput(p.TextLine)
	}
	return p
}

// OutputMap is implemented by a CellMap whose source also holds cells'
// outputs (NotebookCells).
type OutputMap interface {
	// InOutput reports whether a 1-based line of the source is in a
	// cell's outputs.
	InOutput(line int) bool
}

// InOutput reports whether the 1-based line n of the source (as
// Position.TextLine) is in the outputs of a notebook cell.
func (s *Source) InOutput(n int) bool {
	om, ok := s.Cells.(OutputMap)
	return ok && om.InOutput(n)
}

// LineText returns the text of the 1-based line n (of the whole source,
// not of a notebook cell), without its line break.
func (s *Source) LineText(n int) string {
	if n < 1 || n > len(s.Lines) {
		return ""
	}
	start := s.Lines[n-1]
	end := int32(len(s.Text))
	if n < len(s.Lines) {
		end = s.Lines[n]
	}
	t := s.Text[start:end]
	for len(t) > 0 && (t[len(t)-1] == '\n' || t[len(t)-1] == '\r') {
		t = t[:len(t)-1]
	}
	return t
}
