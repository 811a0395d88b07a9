package secrets_test

import (
	"os"
	"path/filepath"
	"testing"

	rules "github.com/krait-dev/krait/internal/rules/secrets"
	"github.com/krait-dev/krait/internal/secrets"
)

// FuzzScanText runs the configuration-file scanner on arbitrary text:
// nothing may panic, and every finding's spans must lie in the text.
func FuzzScanText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "config", "*"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil && len(data) < 1<<16 {
			f.Add(filepath.Base(p), unsplit(string(data)))
		}
	}
	f.Add(".env", "PASSWORD=\"x\ny\"\n")
	rs := rules.Rules()
	f.Fuzz(func(t *testing.T, name, text string) {
		if len(text) > 1<<16 {
			return
		}
		for _, fd := range secrets.ScanText("cfg/"+filepath.Base("x"+name), text, rs) {
			if fd.Span.Start < 0 || fd.Span.End > int32(len(text)) || fd.Span.Start > fd.Span.End {
				t.Fatalf("%s: span %v outside the text (%d bytes)", fd.RuleID, fd.Span, len(text))
			}
			for _, r := range fd.Redact {
				if r.Start < fd.Span.Start || r.End > fd.Span.End {
					t.Fatalf("%s: redaction %v outside the finding %v", fd.RuleID, r, fd.Span)
				}
			}
		}
	})
}

// FuzzNotebookOutputs reads arbitrary notebooks' outputs and scans them:
// nothing may panic, and findings must lie in the output's text.
func FuzzNotebookOutputs(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "notebook", "*.ipynb"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"cells":[{"cell_type":"code","source":[],"outputs":[{"output_type":"stream","text":["x"]}]}],"nbformat":4}`))
	rs := rules.Rules()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		outs, err := secrets.NotebookOutputs(data)
		if err != nil {
			return
		}
		for _, out := range outs {
			for _, fd := range secrets.ScanCellOutput("x.ipynb", out, rs) {
				if fd.Span.Start < 0 || fd.Span.End > int32(len(out.Text)) || fd.Span.Start > fd.Span.End {
					t.Fatalf("%s: span %v outside the output text (%d bytes)", fd.RuleID, fd.Span, len(out.Text))
				}
			}
		}
	})
}
