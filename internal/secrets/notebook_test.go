package secrets_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	rules "github.com/krait-dev/krait/internal/rules/secrets"
	"github.com/krait-dev/krait/internal/secrets"
)

// TestNotebookOutputs scans the outputs of the notebooks in
// testdata/notebook and compares the findings with FILE.want ("LINE:
// IDS"): tokens a cell printed, an environment dump, a password in a
// traceback and a private key, but not the token in a code cell (the
// Python rules report it), nor anything in base64 image data.
func TestNotebookOutputs(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "notebook", "*.ipynb"))
	if len(files) == 0 {
		t.Fatal("no notebooks")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			text := unsplit(string(data))
			path := "notebooks/" + filepath.Base(file)
			fs, err := secrets.ScanNotebookOutputs(path, text, rules.Rules())
			if err != nil {
				t.Fatal(err)
			}
			ws := wants(t, file, text)
			lines := lineStarts(text)
			for _, f := range fs {
				line := sort.Search(len(lines), func(i int) bool { return lines[i] > int(f.Span.Start) })
				checkRedaction(t, text, f)
				matched := false
				for _, w := range ws {
					if !w.met && w.line == line && w.id == f.RuleID {
						if w.sev != "" && w.sev != f.Severity.String() || w.con != "" && w.con != f.Confidence.String() {
							t.Errorf("%s:%d: %s is %s/%s, want %s/%s", path, line, f.RuleID, f.Severity, f.Confidence, w.sev, w.con)
						}
						w.met, matched = true, true
						break
					}
				}
				if !matched {
					t.Errorf("%s:%d: unexpected %s", path, line, f.RuleID)
				}
			}
			for _, w := range ws {
				if !w.met {
					t.Errorf("%s:%d: expected %s, not reported", path, w.line, w.id)
				}
			}
		})
	}
}

// TestNotebookOutputsErrors checks that a file that is not a notebook is
// an error, and one without outputs has no findings.
func TestNotebookOutputsErrors(t *testing.T) {
	for _, text := range []string{"", "[]", `{"cells": {}}`, `{"cells": [1]}`, `{"cells": [{"outputs": [}]}`} {
		if _, err := secrets.ScanNotebookOutputs("x.ipynb", text, rules.Rules()); err == nil {
			t.Errorf("%q: no error", text)
		}
	}
	for _, text := range []string{`{"cells": []}`, `{"cells": [{"cell_type": "code", "source": "x = 1", "outputs": []}], "nbformat": 4}`,
		`{"worksheets": [{"cells": [{"input": "x", "outputs": [{"text": "ok"}]}]}], "nbformat": 3}`} {
		fs, err := secrets.ScanNotebookOutputs("x.ipynb", text, rules.Rules())
		if err != nil || len(fs) != 0 {
			t.Errorf("%q: %d findings, %v", text, len(fs), err)
		}
	}
}

// TestNotebookOutputsV3 finds a token in the outputs of an nbformat 3
// notebook, whose cells are in worksheets.
func TestNotebookOutputsV3(t *testing.T) {
	text := unsplit(`{"worksheets": [{"cells": [{"cell_type": "code", "input": "print(t)",
 "outputs": [{"output_type": "stream", "text": "ghp_@@KRAITFAKEpQ2vX9mL4rT7yB1nC6dF3hJ8kZ0\n"}]}]}], "nbformat": 3}`)
	fs, err := secrets.ScanNotebookOutputs("x.ipynb", text, rules.Rules())
	if err != nil || len(fs) != 1 || fs[0].RuleID != "KR803" {
		t.Errorf("%d findings, %v", len(fs), err)
	}
}
