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
// within it, in findings, errors and warnings alike (within its outputs
// for a finding with "output": true).
//
// Suppressed findings are included with "suppressed": true and
// "suppressed_by" naming what suppressed them ("# nosec", "baseline", …);
// the key is absent for findings that are not suppressed.
//
// A finding of the dependency audit has the advisory's id as "rule_id",
// "vulnerable_dependency" (rule KR901) as "rule_name", the pin in the
// dependency file as its place, and two more keys, absent on other
// findings:
//
//	"package": {"name": "django", "version": "3.2.0"},
//	"advisory": {"id": "PYSEC-2021-98", "aliases": ["CVE-2021-33203", "GHSA-68w8-qjq3-2gfm"],
//	             "summary": "...", "fixed_in": ["2.2.24", "3.1.12", "3.2.4"]}
//
// "version" is "" for an unpinned requirement, whose range is then in
// "specifier" (a key present only then). "aliases" and "fixed_in" are []
// when empty.
//
// A secret finding (KR8xx) has "fingerprint", a hash of its rule and
// secret that [tool.krait.secrets] ignore takes; in a notebook, a secret
// that a cell printed has "output": true, and its "line" counts in the
// cell's outputs. Both keys are absent otherwise.
//
// A taint finding (KR6xx, KR7xx) has "trace": its data flow from the
// source to the sink, a list of {"path", "line", "column", "message"}
// (with "cell" in a notebook); the key is absent on other findings.
//
// "warnings" lists the problems that did not stop the analysis (an
// unknown id in a # nosec, an unpinned or unauditable dependency, a
// skipped dependency audit), in the shape of "errors".
package json

import (
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
	Warnings []Error   `json:"warnings"`
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
	// Package and Advisory are set on the findings of the dependency
	// audit only.
	Package  *Package  `json:"package,omitempty"`
	Advisory *Advisory `json:"advisory,omitempty"`
	// Trace is the data flow of a taint finding, from the source to the
	// sink, one step per place; absent on other findings.
	Trace []Step `json:"trace,omitempty"`
	// Fingerprint identifies a secret finding by a hash of its rule and
	// secret (analysis.Finding.Fingerprint), for [tool.krait.secrets]
	// ignore; absent on other findings.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Output is set on a finding in the outputs of a notebook cell (what
	// the cell printed) rather than in its code; Line then counts in
	// the cell's outputs. Absent otherwise.
	Output bool `json:"output,omitempty"`
}

// Step is one step of a taint finding's data flow.
type Step struct {
	Path string `json:"path"`
	// Cell is the notebook cell (1-based); absent for plain files.
	Cell    int    `json:"cell,omitempty"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// Package is the dependency of a dependency finding.
type Package struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	// Specifier is the range of an unpinned requirement; absent when
	// Version is set.
	Specifier string `json:"specifier,omitempty"`
}

// Advisory is the advisory of a dependency finding.
type Advisory struct {
	ID      string   `json:"id"`
	Aliases []string `json:"aliases"`
	Summary string   `json:"summary"`
	FixedIn []string `json:"fixed_in"`
}

// Error is a file that could not be analysed, or another problem at a
// place. Line and Column are 0 when unknown. In a notebook, Cell is the
// 1-based cell and Line counts within it, as in a Finding.
type Error struct {
	Path string `json:"path"`
	// Cell is the notebook cell (1-based); absent for plain files.
	Cell    int    `json:"cell,omitempty"`
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
	r = report.Redacted(r) // secrets are never shown (analysis.Finding.Redact)
	rules := report.RuleIndex(r)
	s := r.Summarize()
	out := &Report{
		Version:  r.Version,
		Findings: make([]Finding, 0, len(r.Findings)),
		Errors:   make([]Error, 0, len(r.Errors)),
		Summary:  Summary{Files: s.Files, Findings: s.Findings, Errors: s.Errors, Suppressed: s.Suppressed},
		Warnings: make([]Error, 0, len(r.Warnings)),
	}
	for i := range r.Findings {
		out.Findings = append(out.Findings, finding(r, rules, &r.Findings[i]))
	}
	for i := range r.Errors {
		out.Errors = append(out.Errors, fileError(r, &r.Errors[i]))
	}
	for i := range r.Warnings {
		out.Warnings = append(out.Warnings, fileError(r, &r.Warnings[i]))
	}
	return out
}

// fileError converts a file error or warning, locating it in its cell
// in a notebook.
func fileError(r *scan.Result, e *scan.FileError) Error {
	at := report.LocateError(r, e)
	return Error{Path: e.Path, Cell: at.Cell, Line: at.Line, Column: at.Column, Message: e.Message}
}

func finding(r *scan.Result, rules map[string]*analysis.Rule, f *analysis.Finding) Finding {
	pl := report.LocateFinding(r, f)
	jf := Finding{
		RuleID:      f.RuleID,
		Path:        f.Path,
		Cell:        pl.Start.Cell,
		Line:        pl.Start.Line,
		Column:      pl.Start.Column,
		EndLine:     pl.End.Line,
		EndColumn:   pl.End.Column,
		Severity:    f.Severity.String(),
		Confidence:  f.Confidence.String(),
		CWE:         f.CWE,
		Message:     f.Message,
		Snippet:     pl.Lines(),
		Suppressed:  f.Suppressed,
		Fingerprint: f.Fingerprint,
		Output:      pl.Start.Output,
	}
	if rule := rules[f.RuleID]; rule != nil {
		jf.RuleName = rule.Name
	} else if rule := rules[analysis.DependencyRule]; rule != nil && f.Advisory != nil {
		jf.RuleName = rule.Name
	}
	if p := f.Package; p != nil {
		jf.Package = &Package{Name: p.Name, Version: p.Version}
		if p.Version == "" {
			jf.Package.Specifier = p.Specifier
		}
	}
	if a := f.Advisory; a != nil {
		jf.Advisory = &Advisory{ID: a.ID, Aliases: nonNil(a.Aliases), Summary: a.Summary, FixedIn: nonNil(a.FixedIn)}
	}
	for _, loc := range f.Related {
		rp := report.Locate(r, loc.Path, loc.Span)
		jf.Trace = append(jf.Trace, Step{Path: loc.Path, Cell: rp.Start.Cell, Line: rp.Start.Line, Column: rp.Start.Column, Message: loc.Message})
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

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Write renders r to w.
func Write(w io.Writer, r *scan.Result, opt report.Options) error {
	return report.WriteJSON(w, Build(r))
}
