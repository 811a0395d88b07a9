package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/python/parser"
)

func readNotebook(t *testing.T, name string) *Notebook {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "notebooks", name))
	if err != nil {
		t.Fatal(err)
	}
	nb, err := ParseNotebook(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return nb
}

// analysisPython is what Python makes of testdata/notebooks/analysis.ipynb.
const analysisPython = `pass
import os
import subprocess
pass
password = "hunter2"
subprocess.call("ls " + password, shell=True)

total = 0
for i in range(10):
    total += i



files = None
for f in files:
    pass
    print(f)
pass
pass
x = "what?"  # really?
y = (1
%2)
def f():
    pass

f()
import matplotlib.pyplot as plt
plt.plot([1, 2])
s = '''
%not a magic
!nor this
'''
`

func TestNotebookAnalysis(t *testing.T) {
	nb := readNotebook(t, "analysis.ipynb")
	if nb.Language != "python" || !nb.IsPython() {
		t.Errorf("Language = %q", nb.Language)
	}
	var kinds []string
	for i, c := range nb.Cells {
		if c.Index != i || c.Number != i+1 {
			t.Errorf("cell %d: Index %d, Number %d", i, c.Index, c.Number)
		}
		kinds = append(kinds, c.Kind)
	}
	if got := strings.Join(kinds, " "); got != "markdown code code code code code code raw code code code code code markdown" {
		t.Errorf("kinds: %s", got)
	}
	if c := nb.Cells[3]; c.ID != "c3" || c.ExecutionCount == nil || *c.ExecutionCount != 3 ||
		c.Source != "password = \"hunter2\"\nsubprocess.call(\"ls \" + password, shell=True)" {
		t.Errorf("cell 4: %+v", c)
	}
	if nb.Cells[4].ExecutionCount != nil || nb.Cells[4].Source != "" {
		t.Errorf("empty cell: %+v", nb.Cells[4])
	}
	if nb.Cells[0].Source != "# Data loading\n\nThis notebook loads the data.\n![chart](attachment:chart.png)" {
		t.Errorf("markdown source: %q", nb.Cells[0].Source)
	}

	src, m := nb.Python()
	if src != analysisPython {
		t.Errorf("Python():\n%s\nwant:\n%s", src, analysisPython)
	}
	if _, err := parser.ParseFile("analysis.ipynb", []byte(src)); err != nil {
		t.Errorf("Python() does not parse: %v", err)
	}
	if m.Lines() != strings.Count(src, "\n") {
		t.Errorf("Lines() = %d, source has %d", m.Lines(), strings.Count(src, "\n"))
	}
	for _, tc := range []struct{ line, cell, lineInCell int }{
		{0, 0, 0}, {1, 2, 1}, {3, 2, 3}, {4, 3, 1}, {5, 4, 1}, {6, 4, 2}, {7, 6, 1}, {10, 6, 4}, {11, 7, 1},
		{14, 9, 1}, {16, 9, 3}, {18, 10, 1}, {22, 10, 5}, {23, 11, 1}, {26, 11, 4}, {27, 12, 1}, {32, 13, 4},
		{33, 0, 0}, {-1, 0, 0},
	} {
		cell, l := m.Cell(tc.line)
		if cell != tc.cell || l != tc.lineInCell {
			t.Errorf("Cell(%d) = %d, %d, want %d, %d", tc.line, cell, l, tc.cell, tc.lineInCell)
		}
		if tc.cell != 0 {
			if got := m.Line(tc.cell, tc.lineInCell); got != tc.line {
				t.Errorf("Line(%d, %d) = %d, want %d", tc.cell, tc.lineInCell, got, tc.line)
			}
		}
	}
	if m.Line(5, 1) != 0 || m.Line(2, 4) != 0 || m.Line(1, 1) != 0 {
		t.Error("Line of a line that is not in the source is not 0")
	}
}

func TestNotebookFormat3(t *testing.T) {
	nb := readNotebook(t, "nbformat3.ipynb")
	if nb.Language != "python" || len(nb.Cells) != 4 {
		t.Fatalf("%+v", nb)
	}
	c := nb.Cells[1]
	if c.Kind != "code" || c.Number != 2 || c.Source != "import os\nos.system('id')" || c.ExecutionCount == nil || *c.ExecutionCount != 1 {
		t.Errorf("code cell: %+v", c)
	}
	if nb.Cells[0].Kind != "heading" || nb.Cells[3].ExecutionCount != nil {
		t.Errorf("cells: %+v", nb.Cells)
	}
	src, m := nb.Python()
	if src != "import os\nos.system('id')\npass\nprint(1)\n" {
		t.Errorf("Python() = %q", src)
	}
	if cell, l := m.Cell(4); cell != 4 || l != 2 {
		t.Errorf("Cell(4) = %d, %d", cell, l)
	}
}

func TestNotebookOtherLanguage(t *testing.T) {
	nb := readNotebook(t, "r_kernel.ipynb")
	if nb.Language != "r" || nb.IsPython() {
		t.Errorf("Language = %q, IsPython = %v", nb.Language, nb.IsPython())
	}
	for meta, want := range map[string]string{
		`{}`:                                    "python",
		`{"kernelspec": {"language": "julia"}}`: "julia",
		`{"kernelspec": {"language": "python"}, "language_info": {"name": "Python"}}`: "python",
		`{"language_info": {"name": 3}, "kernelspec": {"language": "scala"}}`:         "scala",
		`{"kernelspec": "odd", "language_info": []}`:                                  "python",
		`"not an object"`: "python",
	} {
		nb, err := ParseNotebook([]byte(`{"cells": [], "metadata": ` + meta + `}`))
		if err != nil || nb.Language != want {
			t.Errorf("metadata %s: %v, %v, want %q", meta, nb, err, want)
		}
	}
}

func TestNotebookErrors(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "notebooks", "malformed.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseNotebook(data)
	var ne *NotebookError
	if !errors.As(err, &ne) || ne.Line != 53 || ne.Column != 4 ||
		err.Error() != `line 53, column 4: invalid JSON: invalid character '"' after object key:value pair` {
		t.Errorf("malformed.ipynb: %v", err)
	}
	for src, want := range map[string]string{
		``:                              "line 1, column 1: invalid JSON: unexpected end of JSON input",
		"{\n  \"cells\": [\n    {,}":    `line 3, column 6: invalid JSON: invalid character ',' looking for beginning of object key string`,
		`[]`:                            "line 1, column 1: notebook: want an object, got array",
		`{}`:                            `not a notebook: no "cells"`,
		`{"cells": null}`:               `not a notebook: no "cells"`,
		`{"cells": {}}`:                 "line 1, column 11: cells: want an array, got object",
		`{"cells": [1]}`:                "line 1, column 12: cells: want an object, got number",
		`{"cells": [{"cell_type": 1}]}`: "line 1, column 26: cells.cell_type: want a string, got number",
		`{"cells": [{"cell_type": "code", "source": 1}]}`:                   "cell 1: source: want a string or a list of strings",
		`{"cells": [{}, {"cell_type": "code", "source": [1]}]}`:             "cell 2: source: want a string or a list of strings",
		`{"worksheets": [{"cells": [{"cell_type": "code", "input": {}}]}]}`: "cell 1: source: want a string or a list of strings",
	} {
		_, err := ParseNotebook([]byte(src))
		if err == nil || err.Error() != want {
			t.Errorf("ParseNotebook(%q) = %v, want %q", src, err, want)
		}
	}
}

// cellsPython builds a notebook of code cells and returns its Python.
func cellsPython(t *testing.T, sources ...string) (string, LineMap) {
	t.Helper()
	nb := &Notebook{}
	for i, s := range sources {
		nb.Cells = append(nb.Cells, Cell{Index: i, Number: i + 1, Kind: "code", Source: s})
	}
	return nb.Python()
}

func TestNotebookPython(t *testing.T) {
	cases := []struct {
		name    string
		sources []string
		want    string
	}{
		{"no final newline does not join cells", []string{"x = 1", "y = 2"}, "x = 1\ny = 2\n"},
		{"empty and blank cells", []string{"", "\n", "   ", "x"}, "\n   \nx\n"},
		{"line breaks kept and counted", []string{"a = 1\r\nb = 2\rc = 3\n"}, "a = 1\r\nb = 2\rc = 3\n"},
		{"magic at the end of a block keeps the block", []string{"if x:\n    %time f()\n", "else:\n\t!ls\n"},
			"if x:\n    pass\nelse:\n\tpass\n"},
		{"shell escapes", []string{"!pip install -r requirements.txt\n!!ls\n"}, "pass\npass\n"},
		{"autocall escapes", []string{",f a b\n;f a b\n/f a\n"}, "pass\npass\npass\n"},
		{"continued magic", []string{"%time x = \\\n    1 + \\\n    2\ny = 1\n"}, "pass\n\n\ny = 1\n"},
		{"assignment magics", []string{"files = !ls\nout=%sx ls\na, b = !cmd\nd[0] = !ls\n"},
			"files = None\nout= None\na, b = None\nd[0] = None\n"},
		{"not assignment magics", []string{"x == 1\nx != 1\nx %= 3\nf(a=b)\nx = 5 % 3\nx = '!'\nx = y # = !z\n"},
			"x == 1\nx != 1\nx %= 3\nf(a=b)\nx = 5 % 3\nx = '!'\nx = y # = !z\n"},
		{"help", []string{"obj?\nobj??\n?obj\n??obj\nos.path.join?  \n"}, "pass\npass\npass\npass\npass\n"},
		{"question marks that are not help", []string{"x = '?'\ny = 1  # why?\nz = \"\"\"\nwhat?\n\"\"\"\n"},
			"x = '?'\ny = 1  # why?\nz = \"\"\"\nwhat?\n\"\"\"\n"},
		{"help over bracketed lines", []string{"f(a,\n  b)?\nx = 1\n"}, "pass\n\nx = 1\n"},
		{"escapes inside brackets and strings are Python", []string{"x = (1\n%2)\ns = '''\n!a\n%b\n'''\nt = 'a\\\n%b'\n"},
			"x = (1\n%2)\ns = '''\n!a\n%b\n'''\nt = 'a\\\n%b'\n"},
		{"continuation line is not a logical line start", []string{"x = 1 + \\\n%2\n"}, "x = 1 + \\\n%2\n"},
		{"python cell magic", []string{"\n  \n%%time -n 3\nx = 1\n%who\n"}, "\n  \n\nx = 1\npass\n"},
		{"other cell magic", []string{"%%bash\necho hi\nif [ x ]; then\n", "y = 2"}, "\n\n\ny = 2\n"},
		{"cell magic not first is a line magic", []string{"x = 1\n%%time\n"}, "x = 1\npass\n"},
		{"cells are independent", []string{"s = '''", "%magic\n"}, "s = '''\npass\n"},
		{"unicode and tabs kept", []string{"\tprint('héllo')  # ✓\n"}, "\tprint('héllo')  # ✓\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, m := cellsPython(t, tc.sources...)
			if src != tc.want {
				t.Errorf("Python() = %q, want %q", src, tc.want)
			}
			if n := countLines(src); m.Lines() != n {
				t.Errorf("Lines() = %d, source has %d", m.Lines(), n)
			}
		})
	}
}

// countLines counts lines as CPython does: "\n", "\r\n" and "\r" end lines.
func countLines(s string) int {
	return len(splitLines(s))
}

func TestNotebookSourceForms(t *testing.T) {
	a, err1 := ParseNotebook([]byte(`{"cells": [{"cell_type": "code", "source": ["a = 1\n", "b = 2"]}]}`))
	b, err2 := ParseNotebook([]byte(`{"cells": [{"cell_type": "code", "source": "a = 1\nb = 2"}]}`))
	if err1 != nil || err2 != nil || a.Cells[0].Source != b.Cells[0].Source || a.Cells[0].Source != "a = 1\nb = 2" {
		t.Errorf("%v %v %q %q", err1, err2, a.Cells[0].Source, b.Cells[0].Source)
	}
	c, err := ParseNotebook([]byte(`{"cells": [{"cell_type": "code", "execution_count": 2.5, "source": null}]}`))
	if err != nil || c.Cells[0].ExecutionCount != nil || c.Cells[0].Source != "" {
		t.Errorf("%v %+v", err, c)
	}
}
