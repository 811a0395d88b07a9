// Package text renders a scan.Result for a terminal: one header per
// finding, a code frame that underlines its span, and a summary.
//
//	pkg/app.py:6:5: B602 [high/high] subprocess call with shell=True identified, security issue.
//	  |
//	5 | def run(cmd):
//	6 |     subprocess.call(cmd, shell=True)
//	  |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//	7 |     return 0
//	  |
//
// Lines and columns are 1-based and columns count code points (the
// header uses the span's first position, so it points at the first
// caret). Notebook findings read path:cell N:line:col, with lines counted
// within the cell; a frame never shows lines of another cell.
//
// In frames, tabs expand to the next multiple of 4 columns, each other
// code point takes one column, and characters that would disturb a
// terminal are made visible: C0 controls as their Control Pictures
// (U+2400…), DEL as U+2421, and C1 controls, format characters (the
// bidirectional overrides of a Trojan Source attack, zero-width spaces)
// and line or paragraph separators as <U+XXXX>. The carets are computed
// on the text as displayed, so they stay under the span.
//
// A span over several lines underlines its first line from the start
// column and its last line from the first non-blank column; the lines in
// between are elided as "...".
package text

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/scan"
)

func init() { report.Register("text", Write) }

// TabWidth is the distance between tab stops in code frames.
const TabWidth = 4

// ANSI styles.
const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[1;31m"
	yellow = "\x1b[1;33m"
	cyan   = "\x1b[1;36m"
	blue   = "\x1b[1;34m"
)

// Write renders r to w. Suppressed findings are left out unless
// opt.ShowSuppressed; the summary counts them either way. With
// opt.Quiet only the findings and the file errors are printed.
func Write(w io.Writer, r *scan.Result, opt report.Options) error {
	r = report.Redacted(r) // secrets are never shown (analysis.Finding.Redact)
	p := &printer{w: bufio.NewWriter(w), r: r, opt: opt, rules: report.RuleIndex(r)}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed && !opt.ShowSuppressed {
			continue
		}
		p.finding(f)
	}
	p.summary()
	return p.w.Flush()
}

type printer struct {
	w     *bufio.Writer
	r     *scan.Result
	opt   report.Options
	rules map[string]*analysis.Rule
}

// paint wraps s in style when colours are on.
func (p *printer) paint(style, s string) string {
	if !p.opt.Color || style == "" || s == "" {
		return s
	}
	return style + s + reset
}

func severityStyle(l analysis.Level) string {
	switch l {
	case analysis.High:
		return red
	case analysis.Medium:
		return yellow
	case analysis.Low:
		return cyan
	}
	return ""
}

// where formats a place as path:line:col (path:cell N:line:col in a
// notebook, path:cell N output:line:col in what the cell printed), or the
// bare path when the position is unknown.
func where(pl report.Place) string {
	path := sanitize(pl.Path)
	if !pl.Known {
		return path
	}
	if pl.Start.Cell > 0 && pl.Start.Output {
		return fmt.Sprintf("%s:cell %d output:%d:%d", path, pl.Start.Cell, pl.Start.Line, pl.Start.Column)
	}
	if pl.Start.Cell > 0 {
		return fmt.Sprintf("%s:cell %d:%d:%d", path, pl.Start.Cell, pl.Start.Line, pl.Start.Column)
	}
	return fmt.Sprintf("%s:%d:%d", path, pl.Start.Line, pl.Start.Column)
}

func (p *printer) finding(f *analysis.Finding) {
	pl := report.LocateFinding(p.r, f)
	sev := severityStyle(f.Severity)
	fmt.Fprintf(p.w, "%s: %s %s %s", p.paint(bold, where(pl)), p.paint(sev, f.RuleID),
		p.paint(sev, "["+f.Severity.String()+"/"+f.Confidence.String()+"]"), sanitize(f.Message))
	if f.Suppressed {
		mark := "(suppressed)"
		if f.SuppressedBy != "" {
			mark = "(suppressed by " + sanitize(f.SuppressedBy) + ")"
		}
		fmt.Fprintf(p.w, " %s", p.paint(dim, mark))
	}
	p.w.WriteByte('\n')
	gutter := 1
	if pl.Known {
		gutter = p.frame(&pl, sev)
	}
	if len(f.Related) > 0 {
		pad := strings.Repeat(" ", gutter)
		fmt.Fprintf(p.w, "%s %s data flow:\n", pad, p.paint(blue, "="))
		for i, loc := range f.Related {
			rp := report.Locate(p.r, loc.Path, loc.Span)
			fmt.Fprintf(p.w, "%s   %d. %s: %s\n", pad, i+1, where(rp), sanitize(loc.Message))
		}
	}
	p.w.WriteByte('\n')
}

// row is one line of a code frame.
type row struct {
	n      int    // text line; 0 for the elision row
	carets [2]int // display columns [from, to) to underline; to == 0: none
}

// frame prints the code frame of pl and returns its gutter width.
func (p *printer) frame(pl *report.Place, style string) int {
	src := pl.Src
	first, last := pl.Start.TextLine, pl.End.TextLine
	var rows []row
	if n := first - 1; report.HasLine(src, n) && report.SameCell(src, n, first) {
		rows = append(rows, row{n: n})
	}
	if first == last {
		d := expand(src.LineText(first))
		from, to := d.col(pl.Start.Column), d.col(pl.End.Column)
		rows = append(rows, row{n: first, carets: [2]int{from, max(to, from+1)}})
	} else {
		d := expand(src.LineText(first))
		from := d.col(pl.Start.Column)
		rows = append(rows, row{n: first, carets: [2]int{from, max(d.width(), from+1)}})
		if last-first > 1 {
			rows = append(rows, row{})
		}
		d = expand(src.LineText(last))
		to := d.col(pl.End.Column)
		from = d.col(d.firstNonBlank())
		if from >= to {
			from = 0
		}
		rows = append(rows, row{n: last, carets: [2]int{from, max(to, from+1)}})
	}
	if n := last + 1; report.HasLine(src, n) && report.SameCell(src, n, last) {
		rows = append(rows, row{n: n})
	}

	gutter := 1
	for _, rw := range rows {
		gutter = max(gutter, len(strconv.Itoa(lineNumber(src, rw.n))))
	}
	pad := strings.Repeat(" ", gutter)
	bar := p.paint(blue, "|")
	fmt.Fprintf(p.w, "%s %s\n", pad, bar)
	for _, rw := range rows {
		if rw.n == 0 {
			fmt.Fprintf(p.w, "%s\n", p.paint(blue, "..."))
			continue
		}
		num := strconv.Itoa(lineNumber(src, rw.n))
		text := expand(src.LineText(rw.n)).text
		fmt.Fprintf(p.w, "%s%s %s", strings.Repeat(" ", gutter-len(num)), p.paint(blue, num), bar)
		if text != "" {
			fmt.Fprintf(p.w, " %s", text)
		}
		p.w.WriteByte('\n')
		if c := rw.carets; c[1] > 0 {
			fmt.Fprintf(p.w, "%s %s %s%s\n", pad, bar, strings.Repeat(" ", c[0]),
				p.paint(style, strings.Repeat("^", c[1]-c[0])))
		}
	}
	fmt.Fprintf(p.w, "%s %s\n", pad, bar)
	return gutter
}

// lineNumber is text line n as the user counts it: within its cell in a
// notebook.
func lineNumber(src *scan.Source, n int) int {
	if src.Cells != nil && n > 0 {
		_, n = src.Cells.Cell(n)
	}
	return n
}

// displayLine is a source line as shown in a frame, and the display
// column at which each of its code points starts.
type displayLine struct {
	src  string // the line as in the source
	text string
	cols []int // cols[i]: display column (0-based) of code point i; one extra entry for the end
}

// expand renders line for display (see the package comment).
func expand(line string) displayLine {
	var b strings.Builder
	d := displayLine{src: line, cols: make([]int, 0, len(line)+1)}
	col := 0
	for _, r := range line {
		d.cols = append(d.cols, col)
		s := visible(r, col)
		b.WriteString(s)
		col += len([]rune(s))
	}
	d.cols = append(d.cols, col)
	d.text = b.String()
	return d
}

// col returns the display column of 1-based code-point column c, clamped
// to the line.
func (d displayLine) col(c int) int {
	return d.cols[max(0, min(c-1, len(d.cols)-1))]
}

func (d displayLine) width() int { return d.cols[len(d.cols)-1] }

// firstNonBlank returns the 1-based code-point column of the first
// character that is not a space, tab or form feed.
func (d displayLine) firstNonBlank() int {
	c := 1
	for _, r := range d.src {
		if r != ' ' && r != '\t' && r != '\f' {
			break
		}
		c++
	}
	return c
}

// visible returns how code point r, at display column col, is shown.
func visible(r rune, col int) string {
	switch {
	case r == '\t':
		return strings.Repeat(" ", TabWidth-col%TabWidth)
	case r < 0x20:
		return string(0x2400 + r)
	case r == 0x7f:
		return "\u2421"
	case r >= 0x80 && r < 0xa0, unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp):
		return fmt.Sprintf("<U+%04X>", r)
	}
	return string(r)
}

// sanitize makes control and format characters in a message or path
// visible, so that no input can drive the terminal.
func sanitize(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && visible(r, 0) != string(r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r == '\t' {
			b.WriteByte(' ')
			continue
		}
		b.WriteString(visible(r, 0))
	}
	return b.String()
}

func (p *printer) summary() {
	if p.opt.Quiet {
		p.problems("error", red, p.r.Errors)
		return
	}
	s := p.r.Summarize()
	plural := func(n int, one string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + one + "s"
	}
	scanned := fmt.Sprintf("%s scanned (%s)", plural(s.Files, "file"), plural(s.Lines, "line"))
	if s.Findings == 0 {
		fmt.Fprintf(p.w, "No findings in %s.\n", scanned)
	} else {
		fmt.Fprintf(p.w, "Found %s in %s.\n", p.paint(bold, plural(s.Findings, "finding")), scanned)
		levels := []analysis.Level{analysis.High, analysis.Medium, analysis.Low}
		if s.BySeverity[analysis.Undefined] > 0 {
			levels = append(levels, analysis.Undefined)
		}
		var parts []string
		for _, l := range levels {
			parts = append(parts, p.paint(severityStyle(l), l.String())+" "+strconv.Itoa(s.BySeverity[l]))
		}
		fmt.Fprintf(p.w, "By severity: %s\n", strings.Join(parts, ", "))
		// Dependency findings count under their rule, KR901, rather than
		// one line per advisory id.
		byRule := make(map[string]int, len(s.ByRule))
		for id, n := range s.ByRule {
			byRule[id] = n
		}
		for i := range p.r.Findings {
			if f := &p.r.Findings[i]; f.Advisory != nil && !f.Suppressed && p.rules[f.RuleID] == nil {
				if byRule[f.RuleID]--; byRule[f.RuleID] == 0 {
					delete(byRule, f.RuleID)
				}
				byRule[analysis.DependencyRule]++
			}
		}
		ids := make([]string, 0, len(byRule))
		idWidth, countWidth := 0, 0
		for id, n := range byRule {
			ids = append(ids, id)
			idWidth = max(idWidth, len(id))
			countWidth = max(countWidth, len(strconv.Itoa(n)))
		}
		sort.Strings(ids)
		fmt.Fprintf(p.w, "By rule:\n")
		for _, id := range ids {
			name := ""
			if rule := p.rules[id]; rule != nil {
				name = "  " + rule.Name
			}
			fmt.Fprintf(p.w, "  %-*s %*d%s\n", idWidth, id, countWidth, byRule[id], name)
		}
	}
	if s.Suppressed > 0 {
		hint := " (not shown; --show-suppressed lists them)"
		if p.opt.ShowSuppressed {
			hint = " (shown above)"
		}
		fmt.Fprintf(p.w, "Suppressed: %d%s\n", s.Suppressed, hint)
	}
	p.problems("error", red, p.r.Errors)
	p.problems("warning", yellow, p.r.Warnings)
}

// problems prints file errors or warnings as path:line:col: kind: message
// (path:cell N:line:col in a notebook, as findings).
func (p *printer) problems(kind, style string, es []scan.FileError) {
	if len(es) == 0 {
		return
	}
	if !p.opt.Quiet {
		title := strings.ToUpper(kind[:1]) + kind[1:] + "s"
		fmt.Fprintf(p.w, "%s: %d\n", p.paint(style, title), len(es))
	}
	for i := range es {
		e := &es[i]
		pos := sanitize(e.Path)
		if at := report.LocateError(p.r, e); at.Line > 0 {
			if at.Cell > 0 {
				pos += ":cell " + strconv.Itoa(at.Cell)
			}
			pos += ":" + strconv.Itoa(at.Line)
			if at.Column > 0 {
				pos += ":" + strconv.Itoa(at.Column)
			}
		}
		fmt.Fprintf(p.w, "%s: %s %s\n", p.paint(bold, pos), p.paint(style, kind+":"), sanitize(e.Message))
	}
}
