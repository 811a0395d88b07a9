package text_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
	"github.com/krait-dev/krait/internal/report/text"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

func render(t *testing.T, r *scan.Result, opt report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := text.Write(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  report.Options
	}{
		{"report.txt", report.Options{}},
		{"report-suppressed.txt", report.Options{ShowSuppressed: true}},
		{"report-color.txt", report.Options{Color: true, ShowSuppressed: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reporttest.Golden(t, tc.name, render(t, reporttest.Result(t), tc.opt))
		})
	}
	t.Run("deps.txt", func(t *testing.T) {
		reporttest.Golden(t, "deps.txt", render(t, reporttest.Deps(t), report.Options{ShowSuppressed: true}))
	})
	t.Run("empty.txt", func(t *testing.T) {
		reporttest.Golden(t, "empty.txt", render(t, reporttest.Empty(), report.Options{}))
	})
}

// TestNoColor checks that without Color no escape sequence is written.
func TestNoColor(t *testing.T) {
	out := render(t, reporttest.Result(t), report.Options{ShowSuppressed: true})
	if bytes.IndexByte(out, 0x1b) >= 0 {
		t.Errorf("escape sequence in uncoloured output:\n%s", out)
	}
}

// frame renders one finding over src, with span sub, and returns the
// lines of its code frame.
func frame(t *testing.T, src, sub string) string {
	t.Helper()
	s := reporttest.NewSource("x.py", src)
	sp := reporttest.Span(t, s, sub, 0)
	r := &scan.Result{Sources: map[string]*scan.Source{"x.py": s}, Findings: []analysis.Finding{
		{RuleID: "B1", Path: "x.py", Span: sp, Message: "m", Severity: analysis.Low, Confidence: analysis.Low},
	}}
	out := string(render(t, r, report.Options{}))
	out = out[strings.IndexByte(out, '\n')+1:]
	return out[:strings.Index(out, "\n\n")+1]
}

func TestFrame(t *testing.T) {
	for _, tc := range []struct{ name, src, sub, want string }{
		{"first line", "eval(x)\ny = 1\n", "eval(x)",
			"  |\n1 | eval(x)\n  | ^^^^^^^\n2 | y = 1\n  |\n"},
		{"last line without newline", "a = 1\neval(x)", "x",
			"  |\n1 | a = 1\n2 | eval(x)\n  |      ^\n  |\n"},
		{"tabs", "if x:\n\t\tf(\ty)\n", "y",
			"  |\n1 | if x:\n2 |         f(  y)\n  |             ^\n  |\n"},
		{"wide and astral", "s = '日本𝔘'; eval(s)\n", "eval(s)",
			"  |\n1 | s = '日本𝔘'; eval(s)\n  |            ^^^^^^^\n  |\n"},
		{"trojan source", "x = '\u202e' + y\n", "y",
			"  |\n1 | x = '<U+202E>' + y\n  |                  ^\n  |\n"},
		{"control character", "x = '\x1b[2J' + y\n", "y",
			"  |\n1 | x = '\u241b[2J' + y\n  |              ^\n  |\n"},
		{"two lines", "f(a,\n  b)\n", "f(a,\n  b)",
			"  |\n1 | f(a,\n  | ^^^^\n2 |   b)\n  |   ^^\n  |\n"},
		{"elided middle", "x = 0\nf(a,\n  b,\n  c,\n  d)\nz = 0\n", "f(a,\n  b,\n  c,\n  d)",
			"  |\n1 | x = 0\n2 | f(a,\n  | ^^^^\n...\n5 |   d)\n  |   ^^\n6 | z = 0\n  |\n"},
		{"empty span", "f()\n", "", "  |\n1 | f()\n  | ^\n  |\n"},
		{"span ending with newline", "f(x)\ny\n", "f(x)\n",
			"  |\n1 | f(x)\n  | ^^^^\n2 | y\n  |\n"},
		{"gutter width", "\n\n\n\n\n\n\n\n\nx\ny\n", "x",
			"   |\n 9 |\n10 | x\n   | ^\n11 | y\n   |\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := frame(t, tc.src, tc.sub); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestNotebookFrame checks that a frame stays inside its cell.
func TestNotebookFrame(t *testing.T) {
	s := reporttest.NewSource("n.ipynb", "a = 1\nb = 2\neval(x)\nc = 3\n", 1, 3)
	r := &scan.Result{Sources: map[string]*scan.Source{"n.ipynb": s}, Findings: []analysis.Finding{
		{RuleID: "B307", Path: "n.ipynb", Span: token.Span{Start: 12, End: 19}, Message: "eval",
			Severity: analysis.Medium, Confidence: analysis.High},
	}}
	got := string(render(t, r, report.Options{}))
	want := "n.ipynb:cell 2:1:1: B307 [medium/high] eval\n  |\n1 | eval(x)\n  | ^^^^^^^\n2 | c = 3\n  |\n\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got\n%s\nwant prefix\n%s", got, want)
	}
}
