package scan

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/internal/suppress"
	"github.com/krait-dev/krait/internal/taint"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/encoding"
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
	// Resolve maps the words of suppression comments to rule ids (see
	// suppress.Resolver); ids it does not know get a warning. Nil takes
	// every id-shaped word as a rule id.
	Resolve suppress.Resolver
	// Taint, when set, builds the file's taint IR with these models.
	Taint *taint.Models
	// Arena, when set, is the memory AnalyzeFile parses into; it is reset
	// before AnalyzeFile returns (nothing in a FileResult refers to the
	// tree), so that a worker parsing file after file reuses it.
	Arena *parser.Arena
}

// FileResult is the analysis of one file.
type FileResult struct {
	Findings []analysis.Finding
	Errors   []FileError
	Warnings []FileError
	Source   *Source
	Lines    int
	// Taint is the file's taint IR (when FileOptions.Taint is set).
	Taint *taint.Module
	// Suppress holds the file's suppression comments when it has some,
	// for findings made later (the taint analysis).
	Suppress *suppress.Index
}

// AnalyzeFile parses one Python source, runs the analyzer over it and
// applies its suppression comments. A file that cannot be parsed gives an
// error and no findings; its Source is kept when its text could be
// decoded, so that the reports can locate the error (UTF-16 columns for
// SARIF, notebook cells).
func AnalyzeFile(path string, src []byte, a *analysis.Analyzer, opt FileOptions) FileResult {
	if opt.Arena != nil {
		defer opt.Arena.Reset()
	}
	f, err := parser.ParseFileOptions(path, src, parser.Options{Arena: opt.Arena})
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			res := FileResult{Errors: []FileError{{Path: path, Line: max(se.Line, 1), Column: max(se.Col, 1),
				Message: se.Kind + ": " + se.Msg}}}
			// Decoding again costs little, and only files that fail.
			if dec, derr := encoding.Decode(src); derr == nil {
				res.Source = &Source{Path: path, Text: dec.Text, Lines: lineStarts(dec.Text)}
			}
			return res
		}
		return FileResult{Errors: []FileError{{Path: path, Message: err.Error()}}}
	}
	return AnalyzeParsed(path, f, a, opt)
}

// buildTaint builds a file's taint IR; a panic in it is an error for the
// file (its other findings stand).
func buildTaint(path string, f *ast.File, m *semantic.Model, models *taint.Models) (mod *taint.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return taint.Build(path, f, m, models), nil
}

// AnalyzeParsed is AnalyzeFile for a parsed file.
func AnalyzeParsed(path string, f *ast.File, a *analysis.Analyzer, opt FileOptions) FileResult {
	m := semantic.New(f, opt.ModuleName, opt.IsPackage)
	findings, errs := a.Run(path, f, m)
	res := FileResult{Findings: findings, Lines: len(f.Lines)}
	if opt.Taint != nil {
		var err error
		if res.Taint, err = buildTaint(path, f, m, opt.Taint); err != nil {
			res.Errors = append(res.Errors, FileError{Path: path, Message: "internal error: taint analysis: " + err.Error()})
		}
	}
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
		ix := suppress.Parse(f, opt.Resolve)
		if len(ix.Directives()) > 0 {
			res.Suppress = ix
		}
		for i := range res.Findings {
			fd := &res.Findings[i]
			line := fd.Line
			if line == 0 {
				line = f.Position(fd.Span.Start).Line
			}
			if d := ix.Match(fd.RuleID, lines(f, fd.Extent), lines(f, fd.Stmt), suppress.Lines{First: line, Last: line}); d != nil {
				fd.Suppressed = true
				fd.SuppressedBy = strings.TrimSpace(f.Src[d.Span.Start:d.Span.End])
			}
		}
		for _, d := range ix.Directives() {
			for _, id := range d.Unknown {
				msg := fmt.Sprintf("unknown rule id %s in suppression comment", id)
				if d.All() {
					msg += "; like Bandit, krait takes it as a bare # nosec that silences every rule"
				}
				res.Warnings = append(res.Warnings, FileError{Path: path, Line: d.Line,
					Column: runeColumn(f, d.Span.Start), Message: msg})
			}
		}
	}
	if len(res.Findings) > 0 || len(res.Errors) > 0 {
		res.Source = &Source{Path: path, Text: f.Src, Lines: f.Lines}
	}
	return res
}

// runeColumn returns the 1-based column of off in code points.
func runeColumn(f *ast.File, off int32) int {
	line := f.Position(off).Line
	start := f.Lines[line-1]
	return utf8.RuneCountInString(f.Src[start:off]) + 1
}

// lines returns the lines a span covers.
func lines(f *ast.File, s token.Span) suppress.Lines {
	return suppress.Lines{First: f.Position(s.Start).Line, Last: f.Position(max(s.End-1, s.Start)).Line}
}
