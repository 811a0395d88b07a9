package scan

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/source"
	"github.com/krait-dev/krait/internal/suppress"
	"github.com/krait-dev/krait/internal/taint"
	"github.com/krait-dev/krait/python/encoding"
	"github.com/krait-dev/krait/python/parser"
)

// Options configure a scan.
type Options struct {
	// Roots are the files and directories to scan ("." when empty).
	Roots []string
	// Discover tunes file discovery (excludes, .gitignore).
	Discover source.Options
	// Rules are the rules to run; RuleOptions their configured options
	// by id (rules without an entry use their defaults).
	Rules       []*analysis.Rule
	RuleOptions map[string]any
	// Jobs is the number of files analysed in parallel; 0 means one per
	// CPU.
	Jobs int
	// IgnoreNoSec disables # nosec and # noqa comments.
	IgnoreNoSec bool
	// PerFileIgnores suppress rules in the files they match.
	PerFileIgnores []PerFileIgnore
	// SecretIgnores suppress the findings of accepted secrets by their
	// fingerprints, wherever the secrets are.
	SecretIgnores []SecretIgnore
	// MaxFileSize is the largest file analysed (0: source.MaxFileSize).
	MaxFileSize int64
	// Severity and Confidence drop the findings below them.
	Severity, Confidence analysis.Level
	// Resolve maps the words of suppression comments to rule ids (see
	// FileOptions.Resolve).
	Resolve suppress.Resolver
	// Taint runs the taint analysis with these models when set;
	// TaintRules are the selected taint rules by class.
	Taint      *taint.Models
	TaintRules map[taint.Class]*analysis.Rule
	// Version is krait's version, for the Result.
	Version string
}

// PerFileIgnore suppresses the rules with one of the id prefixes IDs in
// the files for which Match is true.
type PerFileIgnore struct {
	Match func(path string) bool
	IDs   []string
	// Source says where the ignore was configured ("pyproject.toml:12").
	Source string
}

// SecretIgnore suppresses the findings whose Fingerprint (analysis.Finding;
// set by the secret rules) is Fingerprint, in any file and on any line:
// an accepted secret stays ignored when it moves.
type SecretIgnore struct {
	Fingerprint string
	// SuppressedBy is the suppressed findings' Finding.SuppressedBy,
	// naming the ignore: "secrets.ignore (pyproject.toml:12): revoked".
	SuppressedBy string
}

// Run scans the roots: it discovers the files, analyses them in parallel
// and returns the findings and every problem, in a deterministic order.
// Files that cannot be read, decoded or parsed are in Result.Errors; the
// scan goes on without them.
func Run(opt Options) *Result {
	entries, derrs := source.Discover(opt.Roots, opt.Discover)
	res := &Result{Version: opt.Version, Rules: append([]*analysis.Rule(nil), opt.Rules...), Sources: make(map[string]*Source)}
	if opt.Taint != nil {
		// The taint rules run in the project phase, not per node; the
		// report needs their metadata all the same.
		for _, r := range opt.TaintRules {
			res.Rules = append(res.Rules, r)
		}
		sort.Slice(res.Rules, func(i, j int) bool { return res.Rules[i].ID < res.Rules[j].ID })
	}
	for _, e := range derrs {
		res.Errors = append(res.Errors, FileError{Path: e.Path, Message: reason(e.Path, e)})
	}
	var files []source.Entry
	for _, e := range entries {
		switch {
		case e.Kind == source.KindPython, e.Kind == source.KindNotebook, e.Kind == source.KindConfig:
			files = append(files, e)
		case e.Explicit && e.Kind == source.KindOther:
			// Discover returns a named file of unknown type as Python
			// (a script without an extension); KindOther is a binary
			// or a well-known text file (README.md).
			res.Warnings = append(res.Warnings, FileError{Path: e.Path, Message: "not a Python file or notebook: not scanned"})
		}
	}
	a := analysis.NewAnalyzer(opt.Rules, opt.RuleOptions)
	out := make([]FileResult, len(files))
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, max(len(files), 1))
	mods := &moduleNames{dirs: make(map[string]string)}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			arena := parser.NewArena() // the worker's, reused file after file
			for i := range next {
				out[i] = analyzeEntry(files[i], a, &opt, mods, arena)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	var modules []*taint.Module
	suppressions := map[string]*suppress.Index{}
	for i := range out {
		fr := &out[i]
		if fr.Taint != nil {
			modules = append(modules, fr.Taint)
		}
		if fr.Suppress != nil {
			suppressions[files[i].Path] = fr.Suppress
		}
		res.Files++
		res.Lines += fr.Lines
		res.Errors = append(res.Errors, fr.Errors...)
		res.Warnings = append(res.Warnings, fr.Warnings...)
		kept := fr.Findings[:0]
		for _, f := range fr.Findings {
			if f.Severity < opt.Severity || f.Confidence < opt.Confidence {
				continue
			}
			applySecretIgnores(&f, opt.SecretIgnores)
			applyPerFileIgnores(&f, opt.PerFileIgnores)
			kept = append(kept, f)
		}
		res.Findings = append(res.Findings, kept...)
		if fr.Source != nil && (len(kept) > 0 || len(fr.Errors) > 0) {
			res.Sources[fr.Source.Path] = fr.Source
		}
	}
	if opt.Taint != nil && len(modules) > 0 {
		findings, err := solveTaint(opt.Taint, modules, opt.TaintRules)
		if err != nil {
			where := "."
			if len(opt.Roots) > 0 {
				where = opt.Roots[0]
			}
			res.Errors = append(res.Errors, FileError{Path: where, Message: "internal error: taint analysis: " + err.Error()})
		}
		for _, f := range findings {
			if f.Severity < opt.Severity || f.Confidence < opt.Confidence {
				continue
			}
			src := res.source(f.Path)
			if src == nil {
				// The file changed or went away since it was analysed:
				// say so rather than drop the finding.
				res.Errors = append(res.Errors, FileError{Path: f.Path,
					Message: f.RuleID + " finding not reported: the file could not be read again to locate it"})
				continue
			}
			for _, r := range f.Related {
				res.source(r.Path)
			}
			if ix := suppressions[f.Path]; ix != nil && !opt.IgnoreNoSec {
				first, last := src.Position(f.Span.Start).TextLine, src.Position(max(f.Span.End-1, f.Span.Start)).TextLine
				if d := ix.Match(f.RuleID, suppress.Lines{First: first, Last: last}); d != nil {
					f.Suppressed = true
					f.SuppressedBy = strings.TrimSpace(src.Text[d.Span.Start:d.Span.End])
				}
			}
			applyPerFileIgnores(&f, opt.PerFileIgnores)
			res.Findings = append(res.Findings, f)
		}
	}
	res.Sort()
	return res
}

// solveTaint runs the project-wide taint analysis; a panic in it is an
// error, and the rest of the scan's results stand.
func solveTaint(models *taint.Models, modules []*taint.Module, rules map[taint.Class]*analysis.Rule) (fs []analysis.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			fs, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return taint.Findings(taint.NewProject(models, modules).Solve(), rules), nil
}

// source returns the Source of a scanned file, loading it again when the
// scan did not keep it (a file whose only findings come from the
// project-wide analysis).
func (r *Result) source(path string) *Source {
	if s := r.Sources[path]; s != nil {
		return s
	}
	s, err := LoadSource(path)
	if err != nil {
		return nil
	}
	r.Sources[path] = s
	return s
}

// LoadSource reads and decodes a Python file or notebook as the scan saw
// it.
func LoadSource(path string) (*Source, error) {
	data, err := source.Read(path, 0)
	if err != nil {
		return nil, err
	}
	if source.Classify(path) == source.KindNotebook {
		nb, err := source.ParseNotebook(data)
		if err != nil {
			return nil, err
		}
		text, cells := nb.Python()
		return &Source{Path: path, Text: text, Lines: lineStarts(text), Cells: cells}, nil
	}
	dec, err := encoding.Decode(data)
	if err != nil {
		return nil, err
	}
	return &Source{Path: path, Text: dec.Text, Lines: lineStarts(dec.Text)}, nil
}

// analyzeEntry reads, parses and analyses one file.
func analyzeEntry(e source.Entry, a *analysis.Analyzer, opt *Options, mods *moduleNames, arena *parser.Arena) FileResult {
	if e.Kind == source.KindConfig {
		return analyzeConfig(e, a.Rules(), opt) // secrets only (config.go)
	}
	data, err := source.Read(e.Path, opt.MaxFileSize)
	if err != nil {
		return FileResult{Errors: []FileError{{Path: e.Path, Message: reason(e.Path, err)}}}
	}
	fopt := FileOptions{IgnoreNoSec: opt.IgnoreNoSec, Resolve: opt.Resolve, Taint: opt.Taint, Arena: arena}
	fopt.ModuleName, fopt.IsPackage = mods.name(e.Path)
	if e.Kind != source.KindNotebook {
		return AnalyzeFile(e.Path, data, a, fopt)
	}
	nb, err := source.ParseNotebook(data)
	if err != nil {
		fe := FileError{Path: e.Path, Message: "invalid notebook: " + err.Error()}
		var ne *source.NotebookError
		if errors.As(err, &ne) && ne.Line > 0 {
			fe.Line, fe.Column = ne.Line, ne.Column
			fe.Message = "invalid notebook: " + ne.Msg
		}
		return FileResult{Errors: []FileError{fe}}
	}
	if !nb.IsPython() {
		return FileResult{Warnings: []FileError{{Path: e.Path, Message: fmt.Sprintf("notebook language is %s, not Python: not scanned", nb.Language)}}}
	}
	src, cells := nb.Python()
	fr := AnalyzeFile(e.Path, []byte(src), a, fopt)
	if fr.Source == nil && len(fr.Errors) > 0 {
		fr.Source = &Source{Path: e.Path, Text: src, Lines: lineStarts(src)}
	}
	if fr.Source != nil {
		fr.Source.Cells = cells
	}
	scanOutputs(&fr, e.Path, data, src, cells, a.Rules())
	return fr
}

// lineStarts returns the byte offset of each line of s.
func lineStarts(s string) []int32 {
	ls := []int32{0}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			ls = append(ls, int32(i+1))
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			ls = append(ls, int32(i+1))
		}
	}
	return ls
}

// reason returns the message of err without the leading "PATH: ".
func reason(path string, err error) string {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, path+": "); ok {
		msg = rest
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && !strings.Contains(msg, pe.Err.Error()) {
		msg += ": " + pe.Err.Error()
	}
	return msg
}

// applySecretIgnores suppresses f when it is a secret that an ignore
// names by its fingerprint. A # nosec comment that suppressed f already
// keeps its say.
func applySecretIgnores(f *analysis.Finding, ignores []SecretIgnore) {
	if f.Suppressed || f.Fingerprint == "" {
		return
	}
	for _, ig := range ignores {
		if ig.Fingerprint == f.Fingerprint {
			f.Suppressed = true
			f.SuppressedBy = ig.SuppressedBy
			return
		}
	}
}

func applyPerFileIgnores(f *analysis.Finding, ignores []PerFileIgnore) {
	if f.Suppressed {
		return
	}
	for _, ig := range ignores {
		if !ig.Match(f.Path) {
			continue
		}
		for _, id := range ig.IDs {
			if id == "ALL" || strings.HasPrefix(f.RuleID, id) {
				f.Suppressed = true
				f.SuppressedBy = "per-file-ignores"
				if ig.Source != "" {
					f.SuppressedBy += " (" + ig.Source + ")"
				}
				return
			}
		}
	}
}

// moduleNames finds the dotted module name of a file from the packages
// around it (the directories holding an __init__.py), as Python would
// import it; the name resolves relative imports. Directories are looked
// at once.
type moduleNames struct {
	mu   sync.Mutex
	dirs map[string]string // directory → its package name ("" when none)
}

func (m *moduleNames) name(path string) (string, bool) {
	dir, file := filepath.Split(path)
	base := strings.TrimSuffix(file, filepath.Ext(file))
	pkg := m.pkg(filepath.Clean(dir))
	if base == "__init__" {
		return pkg, true
	}
	if pkg == "" {
		return base, false
	}
	return pkg + "." + base, false
}

// pkg returns the package name of dir, "" when it is not a package.
func (m *moduleNames) pkg(dir string) string {
	m.mu.Lock()
	name, ok := m.dirs[dir]
	m.mu.Unlock()
	if ok {
		return name
	}
	if st, err := os.Stat(filepath.Join(dir, "__init__.py")); err == nil && st.Mode().IsRegular() {
		abs, err := filepath.Abs(dir)
		if err == nil {
			parent := filepath.Dir(abs)
			name = filepath.Base(abs)
			if parent != abs {
				if p := m.pkg(parent); p != "" {
					name = p + "." + name
				}
			}
		}
	}
	m.mu.Lock()
	m.dirs[dir] = name
	m.mu.Unlock()
	return name
}
