package scan

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/internal/suppress"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
	"github.com/krait-dev/krait/python/token"
)

// FileOptions adjust the analysis of one file.
type FileOptions struct {
	// IgnoreNoSec disables # nosec and # noqa comments.
	IgnoreNoSec bool
	// ModuleName and IsPackage locate the module for relative imports.
	ModuleName string
	IsPackage  bool
	// Names maps rule ids to Bandit test names, for "# nosec assert_used".
	Names map[string]string
	// Known reports whether a word in a suppression comment names a rule:
	// a canonical id (B602, KR101) or a Bandit test name. Unknown ids get
	// a warning. Nil takes every id-shaped word as known.
	Known func(word string) bool
}

// FileResult is the analysis of one file.
type FileResult struct {
	Findings []analysis.Finding
	Errors   []FileError
	Warnings []FileError
	Source   *Source
	Lines    int
}

// AnalyzeFile parses one Python source, runs the analyzer over it and
// applies its suppression comments. A file that cannot be parsed gives an
// error and no findings.
func AnalyzeFile(path string, src []byte, a *analysis.Analyzer, opt FileOptions) FileResult {
	f, err := parser.ParseFile(path, src)
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			return FileResult{Errors: []FileError{{Path: path, Line: max(se.Line, 1), Column: max(se.Col, 1),
				Message: se.Kind + ": " + se.Msg}}}
		}
		return FileResult{Errors: []FileError{{Path: path, Message: err.Error()}}}
	}
	return AnalyzeParsed(path, f, a, opt)
}

// AnalyzeParsed is AnalyzeFile for a parsed file.
func AnalyzeParsed(path string, f *ast.File, a *analysis.Analyzer, opt FileOptions) FileResult {
	m := semantic.New(f, opt.ModuleName, opt.IsPackage)
	findings, errs := a.Run(path, f, m)
	res := FileResult{Findings: findings, Lines: len(f.Lines)}
	if n := len(f.Lines); n > 0 && int(f.Lines[n-1]) == len(f.Src) {
		res.Lines = n - 1 // the last line start is the end of the text
	}
	for _, e := range errs {
		var re *analysis.RuleError
		line := 0
		if errors.As(e, &re) {
			line = re.Line
		}
		res.Errors = append(res.Errors, FileError{Path: path, Line: line, Message: "internal error: " + e.Error()})
	}
	if !opt.IgnoreNoSec {
		ix := suppress.Parse(f, opt.Known)
		for i := range res.Findings {
			fd := &res.Findings[i]
			line := fd.Line
			if line == 0 {
				line = f.Position(fd.Span.Start).Line
			}
			if d := ix.Match(fd.RuleID, opt.Names[fd.RuleID], lines(f, fd.Extent), lines(f, fd.Stmt), suppress.Lines{First: line, Last: line}); d != nil {
				fd.Suppressed = true
				fd.SuppressedBy = "# nosec"
				if d.Kind == suppress.NoQA {
					fd.SuppressedBy = "# noqa"
				}
			}
		}
		for _, d := range ix.Directives() {
			for _, id := range d.Unknown {
				msg := fmt.Sprintf("unknown rule id %s in suppression comment", id)
				if d.All() {
					msg += "; like Bandit, krait takes it as a bare # nosec that silences every rule"
				}
				res.Warnings = append(res.Warnings, FileError{Path: path, Line: d.Line,
					Column: f.Position(d.Span.Start).Col + 1, Message: msg})
			}
		}
	}
	if len(res.Findings) > 0 || len(res.Errors) > 0 {
		res.Source = &Source{Path: path, Text: f.Src, Lines: f.Lines}
	}
	return res
}

// lines returns the lines a span covers.
func lines(f *ast.File, s token.Span) suppress.Lines {
	return suppress.Lines{First: f.Position(s.Start).Line, Last: f.Position(max(s.End-1, s.Start)).Line}
}

// ModuleName derives a dotted module name from a file's path relative to
// root ("pkg/sub/mod.py" → "pkg.sub.mod", "pkg/__init__.py" → "pkg",
// isPackage true). The name is only used for relative imports.
func ModuleName(root, path string) (name string, isPackage bool) {
	rel, err := filepath.Rel(root, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = path
	}
	rel = filepath.ToSlash(rel)
	rel = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(rel, ".py"), ".pyi"), ".pyw")
	if strings.HasSuffix(rel, "/__init__") || rel == "__init__" {
		isPackage = true
		rel = strings.TrimSuffix(strings.TrimSuffix(rel, "__init__"), "/")
	}
	parts := strings.Split(rel, "/")
	var keep []string
	for _, p := range parts {
		if p == "" || p == "." {
			continue
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, "."), isPackage
}
