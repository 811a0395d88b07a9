package report_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/report"
	_ "github.com/krait-dev/krait/internal/report/all"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

func TestFormats(t *testing.T) {
	if got, want := strings.Join(report.Names(), " "), "bandit-json github json sarif text"; got != want {
		t.Errorf("formats = %s, want %s", got, want)
	}
	if _, err := report.Lookup("xml"); err == nil || !strings.Contains(err.Error(), "bandit-json, github, json, sarif, text") {
		t.Errorf("Lookup(xml) = %v", err)
	}
	// Every format renders the fixture and an empty result, and renders
	// them the same way twice.
	for _, name := range report.Names() {
		for i, r := range []*scan.Result{reporttest.Result(t), reporttest.Empty()} {
			var a, b bytes.Buffer
			opt := report.Options{Now: reporttest.Now}
			if err := report.Write(&a, name, r, opt); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := report.Write(&b, name, r, opt); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s: not deterministic", name)
			}
			if i == 0 && a.Len() == 0 {
				t.Errorf("%s: nothing written for the fixture", name)
			}
		}
	}
}

// failing is a format that writes part of a report and then fails.
func failing(w io.Writer, r *scan.Result, opt report.Options) error {
	io.WriteString(w, "partial")
	return errors.New("disk on fire")
}

func TestWriteFileAtomic(t *testing.T) {
	report.Register("test-failing", failing)
	defer delete(report.Formats, "test-failing")

	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old report\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	err := report.WriteFile(path, "test-failing", reporttest.Result(t), report.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || !strings.Contains(err.Error(), path) {
		t.Fatalf("WriteFile = %v, want the writer's error naming the file", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old report\n" {
		t.Errorf("after a failed write the file holds %q", got)
	}
	assertOnlyFile(t, dir, "report.json")

	// An unknown format fails before anything is touched.
	if err := report.WriteFile(path, "xml", reporttest.Result(t), report.Options{}); err == nil {
		t.Error("WriteFile with an unknown format succeeded")
	}
	if got, _ := os.ReadFile(path); string(got) != "old report\n" {
		t.Errorf("after an unknown format the file holds %q", got)
	}

	// A successful write replaces the content and keeps the mode.
	if err := report.WriteFile(path, "json", reporttest.Result(t), report.Options{}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	var want bytes.Buffer
	report.Write(&want, "json", reporttest.Result(t), report.Options{})
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("WriteFile wrote %q, want %q", got, want.Bytes())
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o640 {
		t.Errorf("mode = %v, want 0640 kept", fi.Mode().Perm())
	}
	assertOnlyFile(t, dir, "report.json")

	// A new file is created.
	fresh := filepath.Join(dir, "new.sarif")
	if err := report.WriteFile(fresh, "sarif", reporttest.Result(t), report.Options{}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(fresh); err != nil || fi.Size() == 0 {
		t.Errorf("new file: %v", err)
	}
	// A missing directory is an error, not a panic.
	if err := report.WriteFile(filepath.Join(dir, "no", "such", "dir.json"), "json", reporttest.Result(t), report.Options{}); err == nil {
		t.Error("WriteFile into a missing directory succeeded")
	}
}

func assertOnlyFile(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("directory holds %v, want %v (a temporary file left behind?)", got, names)
	}
}

func TestLocate(t *testing.T) {
	src := reporttest.NewSource("a.py", "x = 1\r\nf(a,\r\n  b)\r\n𝔘 = eval(s)\n")
	r := &scan.Result{Sources: map[string]*scan.Source{"a.py": src}}
	// A span ending with a line break ends on the line it covers.
	pl := report.Locate(r, "a.py", token.Span{Start: 0, End: 7})
	if pl.End.TextLine != 1 || pl.End.Column != 6 || pl.Text() != "x = 1" {
		t.Errorf("span with its line break: end %+v, text %q", pl.End, pl.Text())
	}
	pl = report.Locate(r, "a.py", reporttest.Span(t, src, "f(a,\r\n  b)", 0))
	if pl.Start.Line != 2 || pl.End.Line != 3 || pl.End.Column != 5 || pl.Lines() != "f(a,\n  b)" {
		t.Errorf("multi-line span: %+v %+v %q", pl.Start, pl.End, pl.Lines())
	}
	pl = report.Locate(r, "a.py", reporttest.Span(t, src, "eval(s)", 0))
	if pl.Start.Column != 5 || pl.Start.Column16 != 6 || pl.ByteColumn(pl.StartOff, pl.Start.TextLine) != 7 {
		t.Errorf("astral: %+v, byte column %d", pl.Start, pl.ByteColumn(pl.StartOff, pl.Start.TextLine))
	}
	if c := report.Column16(src, 4, 5); c != 6 {
		t.Errorf("Column16 = %d, want 6", c)
	}
	// Out-of-range spans are clamped; a missing source is not known.
	if pl := report.Locate(r, "a.py", token.Span{Start: 1000, End: 2000}); !pl.Known || pl.Text() != "" {
		t.Errorf("clamped span: %+v", pl)
	}
	if pl := report.Locate(r, "b.py", token.Span{}); pl.Known || pl.Lines() != "" {
		t.Errorf("missing source: %+v", pl)
	}
	if report.HasLine(src, 5) || !report.HasLine(src, 4) {
		t.Error("HasLine counts the empty line after the final newline")
	}
}

// cells is a notebook whose extracted source has cell 2 at lines 1-2
// and cell 4 at lines 3-5.
type cells struct{}

func (cells) Cell(line int) (int, int) {
	switch {
	case line >= 1 && line <= 2:
		return 2, line
	case line >= 3 && line <= 5:
		return 4, line - 2
	}
	return 0, 0
}

// TestLocateError: errors are located as findings are, UTF-16 columns
// and notebook cells included.
func TestLocateError(t *testing.T) {
	py := reporttest.NewSource("a.py", "s = '\U0001F600'; def\n")
	nb := reporttest.NewSource("n.ipynb", "x = 1\ny = 2\nz = 3\ndef f(:\n    pass\n")
	nb.Cells = cells{}
	r := &scan.Result{Sources: map[string]*scan.Source{"a.py": py, "n.ipynb": nb}}
	for _, tc := range []struct {
		e    scan.FileError
		want scan.Position
	}{
		{scan.FileError{Path: "a.py", Line: 1, Column: 10}, scan.Position{Line: 1, TextLine: 1, Column: 10, Column16: 11}},
		{scan.FileError{Path: "n.ipynb", Line: 4, Column: 7}, scan.Position{Cell: 4, Line: 2, TextLine: 4, Column: 7, Column16: 7}},
		// Past the last cell: counted on from its last line.
		{scan.FileError{Path: "n.ipynb", Line: 6, Column: 1}, scan.Position{Cell: 4, Line: 4, TextLine: 6, Column: 1, Column16: 1}},
		// No source (an invalid notebook's JSON error), no line: as given.
		{scan.FileError{Path: "bad.ipynb", Line: 3, Column: 2}, scan.Position{Line: 3, TextLine: 3, Column: 2, Column16: 2}},
		{scan.FileError{Path: "n.ipynb"}, scan.Position{}},
	} {
		if got := report.LocateError(r, &tc.e); got != tc.want {
			t.Errorf("LocateError(%+v) = %+v, want %+v", tc.e, got, tc.want)
		}
	}
}

func TestSuppression(t *testing.T) {
	for _, tc := range []struct {
		by                string
		inSource, blanket bool
	}{
		{"# nosec", true, true},
		{"#nosec", true, true},
		{"# nosec B602, B607", true, false},
		{"# NOSEC: B602", true, false},
		{"# noqa", true, true},
		{"# noqa: S602", true, false},
		{"baseline", false, false},
		{"per-file-ignores", false, false},
		{"# nosecurity", false, false},
		{"", false, false},
	} {
		if got := report.InSource(tc.by); got != tc.inSource {
			t.Errorf("InSource(%q) = %v", tc.by, got)
		}
		if got := report.Blanket(tc.by); got != tc.blanket {
			t.Errorf("Blanket(%q) = %v", tc.by, got)
		}
	}
}

func TestRelPath(t *testing.T) {
	base := t.TempDir()
	for _, tc := range []struct {
		base, path, want string
		inside           bool
	}{
		{"", "pkg/a.py", "pkg/a.py", true},
		{"", "./pkg/../a.py", "a.py", true},
		{"", "../a.py", "../a.py", false},
		{base, filepath.Join(base, "pkg", "a.py"), "pkg/a.py", true},
		{base, filepath.Join(filepath.Dir(base), "a.py"), filepath.ToSlash(filepath.Join(filepath.Dir(base), "a.py")), false},
	} {
		got, inside := report.RelPath(tc.base, tc.path)
		if got != tc.want || inside != tc.inside {
			t.Errorf("RelPath(%q, %q) = %q, %v; want %q, %v", tc.base, tc.path, got, inside, tc.want, tc.inside)
		}
	}
	if got, _ := report.URI("", "dir with space/ü.py"); got != "dir%20with%20space/%C3%BC.py" {
		t.Errorf("URI = %q", got)
	}
	if got, _ := report.URI("", "a:b.py"); got != "./a:b.py" {
		t.Errorf("URI of a path with a colon = %q", got)
	}
	if runtime.GOOS != "windows" {
		if got := report.FileURI("/tmp/a b.py"); got != "file:///tmp/a%20b.py" {
			t.Errorf("FileURI = %q", got)
		}
	}
}

func TestOptions(t *testing.T) {
	var o report.Options
	name, version, uri := o.Tool(&scan.Result{Version: "9.9"})
	if name != "krait" || version != "9.9" || uri != report.DefaultToolURI {
		t.Errorf("Tool() = %s %s %s", name, version, uri)
	}
	o.RulesURI = "https://example.com/rules.html#top"
	if got := o.RuleURL("KR601"); got != "https://example.com/rules.html#kr601" {
		t.Errorf("RuleURL = %s", got)
	}
}

// TestWriteFileSpecial checks that a report can go to a device (the
// benchmarks write to /dev/null) and not to a directory.
func TestWriteFileSpecial(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip(err)
	}
	if err := report.WriteFile(os.DevNull, "json", reporttest.Result(t), report.Options{}); err != nil {
		t.Errorf("WriteFile(%s) = %v", os.DevNull, err)
	}
	dir := t.TempDir()
	if err := report.WriteFile(dir, "json", reporttest.Result(t), report.Options{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("WriteFile(a directory) = %v, want an error", err)
	}
}
