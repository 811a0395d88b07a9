package github_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/github"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
	"github.com/krait-dev/krait/internal/scan"
)

func render(t *testing.T, r *scan.Result, opt report.Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := github.Write(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "report.txt", []byte(render(t, reporttest.Result(t), report.Options{})))
	reporttest.Golden(t, "deps.txt", []byte(render(t, reporttest.Deps(t), report.Options{})))
}

func TestEscape(t *testing.T) {
	if got, want := github.EscapeData("100% a:b, c\r\nd"), "100%25 a:b, c%0D%0Ad"; got != want {
		t.Errorf("EscapeData = %q, want %q", got, want)
	}
	if got, want := github.EscapeProperty("100% a:b, c\r\nd"), "100%25 a%3Ab%2C c%0D%0Ad"; got != want {
		t.Errorf("EscapeProperty = %q, want %q", got, want)
	}
}

func TestEscapedPath(t *testing.T) {
	r := &scan.Result{Findings: []analysis.Finding{{RuleID: "B1", Path: "a,b:c.py", Line: 3,
		Message: "x\ny", Severity: analysis.High}}}
	if got, want := render(t, r, report.Options{}), "::error file=a%2Cb%3Ac.py,line=3,title=B1::x%0Ay\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestBaseDir(t *testing.T) {
	base := t.TempDir()
	r := &scan.Result{Errors: []scan.FileError{{Path: filepath.Join(base, "pkg", "a.py"), Line: 2, Message: "bad"}}}
	if got, want := render(t, r, report.Options{BaseDir: base}), "::error file=pkg/a.py,line=2::bad\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
