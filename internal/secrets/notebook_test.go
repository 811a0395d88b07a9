package secrets_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	rules "github.com/krait-dev/krait/internal/rules/secrets"
	"github.com/krait-dev/krait/internal/secrets"
)

// TestNotebookOutputs scans the outputs of the notebooks in
// testdata/notebook and compares the findings with FILE.want ("CELL:LINE:
// IDS", the line counting in the cell's outputs): tokens a cell printed,
// an environment dump, a password in a traceback and a private key, but
// not the token in a code cell (the Python rules report it), nor
// anything in base64 image data.
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
			outs, err := secrets.NotebookOutputs([]byte(unsplit(string(data))))
			if err != nil {
				t.Fatal(err)
			}
			ws := cellWants(t, file+".want")
			path := "notebooks/" + filepath.Base(file)
			for _, out := range outs {
				lines := lineStarts(out.Text)
				for _, f := range secrets.ScanCellOutput(path, out, rules.Rules()) {
					line := sort.Search(len(lines), func(i int) bool { return lines[i] > int(f.Span.Start) })
					checkRedaction(t, out.Text, f)
					at := strconv.Itoa(out.Cell) + ":" + strconv.Itoa(line)
					matched := false
					for _, w := range ws {
						if !w.met && w.at == at && w.id == f.RuleID {
							if w.sev != "" && w.sev != f.Severity.String() || w.con != "" && w.con != f.Confidence.String() {
								t.Errorf("%s: cell %s: %s is %s/%s, want %s/%s", path, at, f.RuleID, f.Severity, f.Confidence, w.sev, w.con)
							}
							w.met, matched = true, true
							break
						}
					}
					if !matched {
						t.Errorf("%s: cell %s: unexpected %s", path, at, f.RuleID)
					}
				}
			}
			for _, w := range ws {
				if !w.met {
					t.Errorf("%s: cell %s: expected %s, not reported", path, w.at, w.id)
				}
			}
		})
	}
}

type cellWant struct {
	at, id, sev, con string
	met              bool
}

// cellWants reads "CELL:LINE: ID(severity/confidence) ..." lines.
func cellWants(t *testing.T, path string) []*cellWant {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []*cellWant
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		cell, rest, _ := strings.Cut(l, ":")
		line, items, ok := strings.Cut(rest, ":")
		if !ok {
			t.Fatalf("%s: %q", path, l)
		}
		for _, item := range strings.Fields(items) {
			m := itemRe.FindStringSubmatch(item)
			if m == nil {
				t.Fatalf("%s: bad item %q", path, item)
			}
			out = append(out, &cellWant{at: cell + ":" + line, id: m[1], sev: m[2], con: m[3]})
		}
	}
	return out
}

// TestNotebookOutputsText checks the text NotebookOutputs gives: streams
// joined, text/plain before other representations, images left out, a
// traceback without its colours, "ename: evalue" without a traceback,
// JSON data indented, and cell numbers that count every cell.
func TestNotebookOutputsText(t *testing.T) {
	nb := `{"cells": [
 {"cell_type": "markdown", "source": "# t"},
 {"cell_type": "code", "source": "x", "outputs": [
  {"output_type": "stream", "name": "stdout", "text": ["a\n", "b"]},
  {"output_type": "execute_result", "data": {"text/html": "<b>h</b>", "image/png": "iVBOR", "text/plain": ["p"], "application/json": {"k": "v"}}}
 ]},
 {"cell_type": "code", "source": "y", "outputs": []},
 {"cell_type": "code", "source": "z", "outputs": [
  {"output_type": "error", "ename": "E", "evalue": "v", "traceback": ["\u001b[0;31mE\u001b[0m: v"]},
  {"output_type": "error", "ename": "KeyError", "evalue": "'k'", "traceback": []},
  5
 ]}
], "nbformat": 4}`
	outs, err := secrets.NotebookOutputs([]byte(nb))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range outs {
		got = append(got, strconv.Itoa(o.Cell)+"|"+o.Text)
	}
	want := []string{"2|a\nb\np\n{\n  \"k\": \"v\"\n}\n<b>h</b>\n", "4|E: v\nKeyError: 'k'\n"}
	if strings.Join(got, "#") != strings.Join(want, "#") {
		t.Errorf("NotebookOutputs =\n%q\nwant\n%q", got, want)
	}
	if n := len(outs[0].Parts); n != 4 || outs[0].Parts[1].Output != 1 || outs[0].Parts[3].Output != 1 {
		t.Errorf("parts = %+v", outs[0].Parts)
	}
}

// TestNotebookOutputsErrors checks that a file that is not a notebook is
// an error, and one without outputs has none.
func TestNotebookOutputsErrors(t *testing.T) {
	for _, text := range []string{"", "[]", `{"cells": {}}`, `{}`, `{"cells": [{"outputs": [}]}`} {
		if _, err := secrets.NotebookOutputs([]byte(text)); err == nil {
			t.Errorf("%q: no error", text)
		}
	}
	for _, text := range []string{`{"cells": []}`, `{"cells": [1]}`, `{"cells": [{"cell_type": "code", "source": "x = 1", "outputs": []}], "nbformat": 4}`,
		`{"cells": [{"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBOR"}}]}]}`} {
		outs, err := secrets.NotebookOutputs([]byte(text))
		if err != nil || len(outs) != 0 {
			t.Errorf("%q: %d outputs, %v", text, len(outs), err)
		}
	}
}

// TestNotebookOutputsV3 finds a token in the outputs of an nbformat 3
// notebook, whose cells are in worksheets, and one in a pyout's text.
func TestNotebookOutputsV3(t *testing.T) {
	text := unsplit(`{"worksheets": [{"cells": [{"cell_type": "markdown", "source": "x"}, {"cell_type": "code", "input": "print(t)",
 "outputs": [{"output_type": "stream", "text": "ghp_@@KRAITFAKEpQ2vX9mL4rT7yB1nC6dF3hJ8kZ0\n"},
  {"output_type": "pyout", "text": ["'glpat-@@KRAITFAKEx9vL4rT7yB1n'"]}]}]}], "nbformat": 3}`)
	outs, err := secrets.NotebookOutputs([]byte(text))
	if err != nil || len(outs) != 1 || outs[0].Cell != 2 {
		t.Fatalf("outputs %+v, %v", outs, err)
	}
	fs := secrets.ScanCellOutput("x.ipynb", outs[0], rules.Rules())
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.RuleID)
	}
	if strings.Join(ids, " ") != "KR803 KR804" {
		t.Errorf("findings %v", ids)
	}
}
