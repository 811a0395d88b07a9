package secrets

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/fold"
	"github.com/krait-dev/krait/python/token"
)

// CellOutput is the text of the outputs of one notebook cell — what it
// printed (a token read from a vault, an environment dump), displayed or
// raised — as Jupyter shows them below the cell, one output after the
// other, each ending with a line break. Lines of Text are the lines of
// the cell's output area, the way a reader counts them.
type CellOutput struct {
	// Cell is the cell's 1-based position among all cells, markdown and
	// raw cells included (source.Cell.Number).
	Cell int
	Text string
	// Parts are the pieces of Text that are scanned apart, so that no
	// match runs from one into the next: each stream output, each
	// textual representation of a rich output, each traceback.
	Parts []OutputPart
}

// OutputPart is a byte range [Start, End) of CellOutput.Text. Output is
// the 0-based index of the output it belongs to among the cell's: the
// representations of one rich output (text/plain, text/html) share it.
type OutputPart struct {
	Start, End int
	Output     int
}

// ansiRe matches the terminal escape sequences (colours) of IPython's
// tracebacks and of programs' output.
var ansiRe = regexp.MustCompile("\x1b\\[[0-?]*[ -/]*[@-~]")

// textual reports whether a MIME type of a rich output holds text worth
// scanning: text/*, JSON and JavaScript, not images or PDF (base64).
func textual(mime string) bool {
	return strings.HasPrefix(mime, "text/") || mime == "application/json" ||
		mime == "application/javascript" || strings.HasSuffix(mime, "+json")
}

// v3Keys are the textual representations of a rich output in nbformat 3,
// where they are keys of the output itself, in the order they are read.
var v3Keys = []string{"text", "html", "markdown", "latex", "json", "javascript"}

// NotebookOutputs returns the outputs of the code cells of a notebook
// (nbformat 4, cells at the top level, or 3, cells in worksheets), for the
// cells that have some text output, in cell order. Streams give their
// text, rich outputs (execute_result, display_data; pyout in nbformat 3)
// their textual representations, text/plain first, and errors (pyerr)
// their traceback, or "ename: evalue" without one. Terminal escape
// sequences are removed. Image data is left out. An output of an
// unexpected shape is skipped; data that is not a JSON object with cells
// is an error.
func NotebookOutputs(data []byte) ([]CellOutput, error) {
	type rawCell struct {
		Outputs []json.RawMessage `json:"outputs"`
	}
	var nb struct {
		Cells      []json.RawMessage `json:"cells"`
		Worksheets []struct {
			Cells []json.RawMessage `json:"cells"`
		} `json:"worksheets"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, err
	}
	cells := nb.Cells
	if cells == nil {
		if nb.Worksheets == nil {
			return nil, errors.New(`not a notebook: no "cells"`)
		}
		for _, ws := range nb.Worksheets {
			cells = append(cells, ws.Cells...)
		}
	}
	var out []CellOutput
	for i, raw := range cells {
		var c rawCell
		if json.Unmarshal(raw, &c) != nil || len(c.Outputs) == 0 {
			continue
		}
		co := CellOutput{Cell: i + 1}
		var b strings.Builder
		add := func(text string, output int) {
			text = ansiRe.ReplaceAllString(text, "")
			if strings.TrimSpace(text) == "" {
				return
			}
			if !strings.HasSuffix(text, "\n") && !strings.HasSuffix(text, "\r") {
				text += "\n"
			}
			start := b.Len()
			b.WriteString(text)
			co.Parts = append(co.Parts, OutputPart{Start: start, End: b.Len(), Output: output})
		}
		for k, rawOut := range c.Outputs {
			var o map[string]json.RawMessage
			if json.Unmarshal(rawOut, &o) != nil {
				continue
			}
			var kind string
			_ = json.Unmarshal(o["output_type"], &kind)
			switch kind {
			case "stream":
				add(outputText(o["text"]), k)
			case "error", "pyerr":
				var tb []string
				if json.Unmarshal(o["traceback"], &tb) == nil && len(tb) > 0 {
					add(strings.Join(tb, "\n"), k)
					continue
				}
				var name, value string
				_ = json.Unmarshal(o["ename"], &name)
				_ = json.Unmarshal(o["evalue"], &value)
				add(name+": "+value, k)
			default: // execute_result, display_data, pyout, update_display_data
				var bundle map[string]json.RawMessage
				if json.Unmarshal(o["data"], &bundle) == nil && bundle != nil {
					mimes := make([]string, 0, len(bundle))
					for m := range bundle {
						if textual(m) {
							mimes = append(mimes, m)
						}
					}
					sort.Slice(mimes, func(a, b int) bool {
						if (mimes[a] == "text/plain") != (mimes[b] == "text/plain") {
							return mimes[a] == "text/plain"
						}
						return mimes[a] < mimes[b]
					})
					for _, m := range mimes {
						add(outputText(bundle[m]), k)
					}
					continue
				}
				for _, key := range v3Keys {
					if v, ok := o[key]; ok {
						add(outputText(v), k)
					}
				}
			}
		}
		if len(co.Parts) > 0 {
			co.Text = b.String()
			out = append(out, co)
		}
	}
	return out, nil
}

// outputText decodes the text of an output: a string, a list of strings
// (concatenated), or JSON data (a JSON MIME type), indented so that its
// keys and values are on lines of their own.
func outputText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		_ = json.Unmarshal(raw, &s)
		return s
	case '[':
		var parts []string
		if json.Unmarshal(raw, &parts) == nil {
			return strings.Join(parts, "")
		}
	}
	var b bytes.Buffer
	if json.Indent(&b, raw, "", "  ") != nil {
		return ""
	}
	return b.String()
}

// ScanCellOutput finds the credentials in the outputs of a notebook cell
// for the given rules, as ScanText does for a configuration file; the
// findings' spans index out.Text. Each part is scanned apart, and a secret
// that two representations of one output show (text/plain and text/html)
// is reported once.
func ScanCellOutput(path string, out CellOutput, rules []*analysis.Rule) []analysis.Finding {
	var fs []analysis.Finding
	type seenKey struct {
		output      int
		rule, print string
	}
	seen := map[seenKey]bool{}
	for _, p := range out.Parts {
		text := out.Text[p.Start:p.End]
		// Most outputs hold no keyword and no name a keyed detector
		// reads: ScanText need not look at them.
		if !keywords.any(text) && !fold.ContainsAny(text, keyedStems...) {
			continue
		}
		for _, f := range ScanText(path, text, rules) {
			k := seenKey{p.Output, f.RuleID, f.Fingerprint}
			if f.Fingerprint != "" && seen[k] {
				continue
			}
			seen[k] = true
			Shift(&f, int32(p.Start))
			fs = append(fs, f)
		}
	}
	sortFindings(fs)
	return fs
}

// Shift moves the spans of a finding made on a piece of text by d bytes,
// for the text the piece is put in.
func Shift(f *analysis.Finding, d int32) {
	mv := func(s *token.Span) {
		if *s != (token.Span{}) {
			s.Start += d
			s.End += d
		}
	}
	mv(&f.Span)
	mv(&f.Extent)
	mv(&f.Stmt)
	if len(f.Redact) > 0 {
		f.Redact = append([]token.Span(nil), f.Redact...)
		for i := range f.Redact {
			mv(&f.Redact[i])
		}
	}
}
