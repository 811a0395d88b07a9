// Package report renders a scan.Result in krait's output formats.
//
// Each format lives in its own subpackage (text, json, sarif, banditjson,
// github) that exposes
//
//	func Write(w io.Writer, r *scan.Result, opt report.Options) error
//
// and registers itself in Formats from its init function. Importing
// internal/report/all registers every built-in format; the command line
// does that and then calls Write or WriteFile by format name.
//
// Every format renders findings in the order of r.Findings (path, offset,
// rule id; see scan.Result.Sort) and never consults the clock, the
// environment or map order, so the same Result always gives the same
// bytes. The one exception, Bandit's generated_at timestamp, comes from
// Options.Now.
package report

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/scan"
)

// DefaultFormat is the format used when none is asked for.
const DefaultFormat = "text"

// Defaults for Options' tool fields.
const (
	DefaultToolName = "krait"
	DefaultToolURI  = "https://github.com/krait-dev/krait"
	// DefaultRulesURI is the page that documents every rule; a rule's
	// anchor is its id in lower case (…/rules.md#b602).
	DefaultRulesURI = "https://github.com/krait-dev/krait/blob/main/docs/rules.md"
)

// Options control how a Result is rendered. The zero value is valid:
// no colour, krait's name and URIs, paths as they are in the Result.
type Options struct {
	// Color enables ANSI colours in the text format. The command line
	// sets it when writing to a terminal and NO_COLOR is not set.
	Color bool
	// ToolName, ToolVersion and ToolURI describe the tool in SARIF's
	// tool.driver. Empty fields take DefaultToolName, Result.Version and
	// DefaultToolURI.
	ToolName, ToolVersion, ToolURI string
	// RulesURI is the page documenting the rules, for SARIF's helpUri and
	// Bandit's more_info of krait's own rules; empty means
	// DefaultRulesURI.
	RulesURI string
	// BaseDir is the directory that SARIF URIs (with uriBaseId
	// %SRCROOT%) and GitHub annotation paths are relative to. Empty
	// means the paths in the Result are already relative to the root.
	BaseDir string
	// ShowSuppressed makes the text format show suppressed findings,
	// marked as such. The machine-readable formats always include them
	// (marked) or always leave them out, as their consumers expect.
	ShowSuppressed bool
	// Quiet makes the text format print only the findings and the file
	// errors (krait scan -q): no summary, no counts, no warnings. The
	// machine-readable formats ignore it.
	Quiet bool
	// Now returns the time stamped into formats that carry one (Bandit's
	// generated_at); nil means time.Now. Tests set it.
	Now func() time.Time
}

// Tool returns the tool name, version and information URI, with the
// defaults applied.
func (o *Options) Tool(r *scan.Result) (name, version, uri string) {
	name, version, uri = o.ToolName, o.ToolVersion, o.ToolURI
	if name == "" {
		name = DefaultToolName
	}
	if version == "" && r != nil {
		version = r.Version
	}
	if uri == "" {
		uri = DefaultToolURI
	}
	return name, version, uri
}

// Time returns the current time as Options.Now tells it, in UTC.
func (o *Options) Time() time.Time {
	if o.Now != nil {
		return o.Now().UTC()
	}
	return time.Now().UTC()
}

// RuleURL returns the documentation URL of rule id: RulesURI (or
// DefaultRulesURI) with the id in lower case as the fragment.
func (o *Options) RuleURL(id string) string {
	base := o.RulesURI
	if base == "" {
		base = DefaultRulesURI
	}
	if i := strings.IndexByte(base, '#'); i >= 0 {
		base = base[:i]
	}
	return base + "#" + strings.ToLower(id)
}

// AdvisoryURL returns the osv.dev page of an advisory id, the
// documentation link of a dependency finding (whose rule id is the
// advisory's).
func AdvisoryURL(id string) string {
	return "https://osv.dev/vulnerability/" + url.PathEscape(id)
}

// LocateError resolves the place of a file error or warning the way
// Locate resolves a finding's: e.Line and e.Column are a line of the
// file's source text (for a notebook, of its extracted Python source)
// and a code-point column, and the result also has the UTF-16 column
// and, in a notebook, the cell and the line within it. When e has no
// line (Line 0), nothing is resolved. Without a Source for e.Path (a file that could not be
// read or decoded, an invalid notebook, whose line is one of the .ipynb
// file), the position is e's as it is.
func LocateError(r *scan.Result, e *scan.FileError) scan.Position {
	p := scan.Position{Line: e.Line, TextLine: e.Line, Column: e.Column, Column16: e.Column}
	if e.Line <= 0 {
		return p
	}
	var src *scan.Source
	if r != nil {
		src = r.Sources[e.Path]
	}
	if src == nil {
		return p
	}
	p.Column16 = Column16(src, e.Line, e.Column)
	if src.Cells != nil {
		// A line past the last cell (an error at the end of the text)
		// counts on from the last line that has a cell.
		for n := min(e.Line, len(src.Lines)); n >= 1; n-- {
			if cell, line := src.Cells.Cell(n); cell > 0 {
				p.Cell, p.Line = cell, line+e.Line-n
				break
			}
		}
	}
	return p
}

// Writer renders r to w in one format. It writes nothing else and
// returns the first write error.
type Writer func(w io.Writer, r *scan.Result, opt Options) error

// Formats maps a format name (as --format takes it) to its writer. The
// format subpackages fill it from their init functions (import
// internal/report/all for all of them); it is not modified afterwards.
var Formats = map[string]Writer{}

// Register adds a format. It panics if the name is taken: two formats
// with one name are a programming error.
func Register(name string, w Writer) {
	if _, dup := Formats[name]; dup {
		panic("report: format " + name + " registered twice")
	}
	Formats[name] = w
}

// Names returns the registered format names, sorted.
func Names() []string {
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the writer of format, or an error naming the known
// formats.
func Lookup(format string) (Writer, error) {
	if format == "" {
		format = DefaultFormat
	}
	w, ok := Formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Names(), ", "))
	}
	return w, nil
}

// Write renders r to w in format (DefaultFormat when empty).
func Write(w io.Writer, format string, r *scan.Result, opt Options) error {
	fw, err := Lookup(format)
	if err != nil {
		return err
	}
	return fw(w, r, opt)
}

// WriteFile renders r in format to the file at path, atomically: the
// report is written to a temporary file in the same directory, synced,
// and renamed over path. On any error the temporary file is removed and
// an existing file at path keeps its old content. A new file gets mode
// 0644; an existing file keeps its mode. A device or a pipe
// (/dev/null, /dev/stdout) is written in place; a directory is an error.
func WriteFile(path, format string, r *scan.Result, opt Options) (err error) {
	fw, err := Lookup(format)
	if err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, statErr := os.Stat(path); statErr == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("write report %s: is a directory", path)
		case !fi.Mode().IsRegular():
			// A device or a pipe (/dev/null, /dev/stdout, a FIFO): it
			// cannot be replaced, only written.
			return writeSpecial(path, fw, r, opt)
		}
		mode = fi.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = fw(bw, r, opt); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	return nil
}

// writeSpecial writes a report to a file that is not a regular one.
func writeSpecial(path string, fw Writer, r *scan.Result, opt Options) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	err = fw(bw, r, opt)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	return nil
}
