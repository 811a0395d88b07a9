// Package json renders a scan.Result as krait's JSON report:
//
//	{
//	  "version": "0.1.0",
//	  "findings": [
//	    {
//	      "rule_id": "B602",
//	      "rule_name": "subprocess_popen_with_shell_equals_true",
//	      "path": "pkg/mod.py",
//	      "line": 12,
//	      "column": 5,
//	      "end_line": 12,
//	      "end_column": 37,
//	      "severity": "high",
//	      "confidence": "high",
//	      "cwe": 78,
//	      "message": "subprocess call with shell=True identified, security issue.",
//	      "snippet": "    subprocess.call(cmd, shell=True)",
//	      "suppressed": false
//	    }
//	  ],
//	  "errors": [{"path": "pkg/bad.py", "line": 3, "column": 7, "message": "invalid syntax"}],
//	  "summary": {"files": 12, "findings": 1, "errors": 1, "suppressed": 0}
//	}
//
// Output is indented by two spaces, keys come in the order above, and
// empty lists are [] (never null).
//
// Positions are 1-based; columns count Unicode code points. column is the
// span's first code point; end_line/end_column the position just past
// the span, so end_column is one more than the column of its last
// character (as Ruff reports it, and as SARIF's endColumn). "line" is
// the line Bandit reports when the rule sets one (Finding.Line), else the
// span's first line; column, end_line and end_column always describe the
// span. "snippet" holds the whole source lines the span covers, joined
// by "\n". In a notebook, "cell" is the 1-based cell and lines count
// within it.
//
// Suppressed findings are included with "suppressed": true and
// "suppressed_by" naming what suppressed them ("# nosec", "baseline", …);
// the key is absent for findings that are not suppressed.
package json

import (
	"encoding/json"
	"io"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/scan"
)

func init() { report.Register("json", Write) }

// Report is the JSON document. Its fields are in output order; add new
// ones at the end of the struct they belong to.
type Report struct {
	Version  string    `json:"version"`
	Findings []Finding `json:"findings"`
	Errors   []Error   `json:"errors"`
	Summary  Summary   `json:"summary"`
}

// Finding is one finding.
type Finding struct {
	RuleID   string `json:"rule_id"`
	RuleName string `json:"rule_name"`
	Path     string `json:"path"`
	// Cell is the notebook cell (1-based); absent for plain files.
	Cell       int    `json:"cell,omitempty"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndLine    int    `json:"end_line"`
	EndColumn  int    `json:"end_column"`
	Severity   string `json:"severity"`
	Confidence string `json:"confidence"`
	// CWE is the weakness id; 0 when the rule has none.
	CWE        int    `json:"cwe"`
	Message    string `json:"message"`
	Snippet    string `json:"snippet"`
	Suppressed bool   `json:"suppressed"`
	// SuppressedBy is set exactly when Suppressed is.
	SuppressedBy *string `json:"suppressed_by,omitempty"`
}

// Error is a file that could not be analysed, or another problem at a
// place. Line and Column are 0 when unknown.
type Error struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// Summary counts files, unsuppressed findings, errors and suppressed
// findings.
type Summary struct {
	Files      int `json:"files"`
	Findings   int `json:"findings"`
	Errors     int `json:"errors"`
	Suppressed int `json:"suppressed"`
}

// Build converts r to the JSON document.
func Build(r *scan.Result) *Report {
	rules := report.RuleIndex(r)
	s := r.Summarize()
	out := &Report{
		Version:  r.Version,
		Findings: make([]Finding, 0, len(r.Findings)),
		Errors:   make([]Error, 0, len(r.Errors)),
		Summary:  Summary{Files: s.Files, Findings: s.Findings, Errors: s.Errors, Suppressed: s.Suppressed},
	}
	for i := range r.Findings {
		out.Findings = append(out.Findings, finding(r, rules, &r.Findings[i]))
	}
	for _, e := range r.Errors {
		out.Errors = append(out.Errors, Error{Path: e.Path, Line: e.Line, Column: e.Column, Message: e.Message})
	}
	return out
}

func finding(r *scan.Result, rules map[string]*analysis.Rule, f *analysis.Finding) Finding {
	pl := report.LocateFinding(r, f)
	jf := Finding{
		RuleID:     f.RuleID,
		Path:       f.Path,
		Cell:       pl.Start.Cell,
		Line:       pl.Start.Line,
		Column:     pl.Start.Column,
		EndLine:    pl.End.Line,
		EndColumn:  pl.End.Column,
		Severity:   f.Severity.String(),
		Confidence: f.Confidence.String(),
		CWE:        f.CWE,
		Message:    f.Message,
		Snippet:    pl.Lines(),
		Suppressed: f.Suppressed,
	}
	if rule := rules[f.RuleID]; rule != nil {
		jf.RuleName = rule.Name
	}
	if f.Line > 0 {
		jf.Line = f.Line
		if pl.Src != nil && pl.Src.Cells != nil {
			_, jf.Line = pl.Src.Cells.Cell(f.Line)
		}
	}
	if f.Suppressed {
		by := f.SuppressedBy
		jf.SuppressedBy = &by
	}
	return jf
}

// Write renders r to w.
func Write(w io.Writer, r *scan.Result, opt report.Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(Build(r))
}
