// Package github renders a scan.Result as GitHub Actions workflow
// commands, which the Actions runner turns into annotations on the pull
// request's diff:
//
//	::error file=pkg/app.py,line=6,col=2,endLine=6,endColumn=34,title=B602::subprocess call with shell=True identified, security issue.
//
// The command is error for high severity, warning for medium and notice
// for low. Lines and columns are 1-based, columns count code points, and
// endColumn is the column just past the span (as Ruff writes it). Paths
// are relative to Options.BaseDir when it is set and the file is inside
// it, with forward slashes. In a notebook the annotation names the file
// only (its lines are not the notebook file's) and the message starts
// with "cell N, line L: ", or "cell N output, line L: " for a secret in
// what the cell printed.
//
// Property values and messages are escaped as @actions/core escapes
// them: % \r \n always, and : , in property values. Suppressed findings
// are left out. Each file error is an ::error and each warning a
// ::warning, with the file and, when known, its line and column (in a
// notebook, the message starts with "cell N, line L: " as a finding's).
package github

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/scan"
)

func init() { report.Register("github", Write) }

// Command returns the workflow command for a severity: error, warning
// or notice.
func Command(sev analysis.Level) string {
	switch sev {
	case analysis.High:
		return "error"
	case analysis.Low:
		return "notice"
	}
	return "warning"
}

// EscapeData escapes a command's message.
func EscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// EscapeProperty escapes a property value.
func EscapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// property is one key=value of a command.
type property struct {
	key, value string
}

func command(w *bufio.Writer, name string, props []property, msg string) {
	w.WriteString("::" + name)
	for i, p := range props {
		if i == 0 {
			w.WriteByte(' ')
		} else {
			w.WriteByte(',')
		}
		w.WriteString(p.key + "=" + EscapeProperty(p.value))
	}
	w.WriteString("::" + EscapeData(msg) + "\n")
}

// Write renders r to w.
func Write(w io.Writer, r *scan.Result, opt report.Options) error {
	r = report.Redacted(r) // secrets are never shown (analysis.Finding.Redact)
	bw := bufio.NewWriter(w)
	path := func(p string) string {
		rel, _ := report.RelPath(opt.BaseDir, p)
		return rel
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed {
			continue
		}
		pl := report.LocateFinding(r, f)
		props := []property{{"file", path(f.Path)}}
		msg := f.Message
		switch {
		case pl.Known && pl.Start.Cell > 0 && pl.Start.Output:
			msg = "cell " + strconv.Itoa(pl.Start.Cell) + " output, line " + strconv.Itoa(pl.Start.Line) + ": " + msg
		case pl.Known && pl.Start.Cell > 0:
			msg = "cell " + strconv.Itoa(pl.Start.Cell) + ", line " + strconv.Itoa(pl.Start.Line) + ": " + msg
		case pl.Known:
			props = append(props,
				property{"line", strconv.Itoa(pl.Start.Line)}, property{"col", strconv.Itoa(pl.Start.Column)},
				property{"endLine", strconv.Itoa(pl.End.Line)}, property{"endColumn", strconv.Itoa(pl.End.Column)})
		case f.Line > 0:
			props = append(props, property{"line", strconv.Itoa(f.Line)})
		}
		if len(f.Related) > 0 {
			// The data flow of a taint finding, one step per line of
			// the annotation.
			msg += "\nData flow:"
			for k, loc := range f.Related {
				rp := report.Locate(r, loc.Path, loc.Span)
				at := path(loc.Path)
				if rp.Known {
					at += ":" + strconv.Itoa(rp.Start.Line)
				}
				msg += "\n" + strconv.Itoa(k+1) + ". " + at + ": " + loc.Message
			}
		}
		props = append(props, property{"title", f.RuleID})
		command(bw, Command(f.Severity), props, msg)
	}
	problems := func(name string, es []scan.FileError) {
		for i := range es {
			e := &es[i]
			props := []property{{"file", path(e.Path)}}
			msg := e.Message
			switch at := report.LocateError(r, e); {
			case at.Line > 0 && at.Cell > 0:
				msg = "cell " + strconv.Itoa(at.Cell) + ", line " + strconv.Itoa(at.Line) + ": " + msg
			case at.Line > 0:
				props = append(props, property{"line", strconv.Itoa(at.Line)})
				if at.Column > 0 {
					props = append(props, property{"col", strconv.Itoa(at.Column)})
				}
			}
			command(bw, name, props, msg)
		}
	}
	problems("error", r.Errors)
	problems("warning", r.Warnings)
	return bw.Flush()
}
