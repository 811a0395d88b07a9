package scan

import (
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/secrets"
)

// NotebookCells is the CellMap of a notebook whose Source holds the
// outputs of some cells after its Python text: what a cell printed is
// not Python, but a secret in it is reported at the notebook's path, and
// the report needs the text to show it (masked) and to locate it. Lines
// of the Python text map to cells through Code; then comes one empty line
// that is in no cell (an error at the end of the Python text stays in its
// last cell); then, for each cell with findings in its outputs, the text
// of those outputs (secrets.CellOutput), whose lines map to that cell and
// count within its outputs, with InOutput true.
type NotebookCells struct {
	Code    CellMap
	outputs []outputLines // ascending by start
}

// outputLines are the n lines, from line start of the Source, of the
// outputs of cell number cell.
type outputLines struct{ start, n, cell int }

// Cell returns the cell and the line within it of a line of the Source:
// the line within the cell's outputs for a line in them.
func (m *NotebookCells) Cell(line int) (cell, lineInCell int) {
	if o := m.output(line); o != nil {
		return o.cell, line - o.start + 1
	}
	return m.Code.Cell(line)
}

// InOutput reports whether a line of the Source is in a cell's outputs.
func (m *NotebookCells) InOutput(line int) bool { return m.output(line) != nil }

func (m *NotebookCells) output(line int) *outputLines {
	i := sort.Search(len(m.outputs), func(i int) bool { return m.outputs[i].start > line }) - 1
	if i < 0 || line >= m.outputs[i].start+m.outputs[i].n {
		return nil
	}
	return &m.outputs[i]
}

// scanOutputs finds the secrets in the outputs of a notebook's cells with
// the secret rules among rules, and adds them to fr. data is the .ipynb
// file, code its Python text (Notebook.Python) and cells its CellMap.
// When there are findings, fr's Source becomes the Python text followed
// by the outputs that have them (see NotebookCells), and the findings'
// spans index it; the Python findings' spans are unchanged. # nosec does
// not apply in outputs: they have no comments.
func scanOutputs(fr *FileResult, path string, data []byte, code string, cells CellMap, rules []*analysis.Rule) {
	secretRules := secretRulesOf(rules)
	if len(secretRules) == 0 {
		return
	}
	outs, err := secrets.NotebookOutputs(data)
	if err != nil {
		fr.Warnings = append(fr.Warnings, FileError{Path: path, Message: "outputs not scanned for secrets: " + err.Error()})
		return
	}
	if fr.Source != nil {
		code = fr.Source.Text
	}
	var b strings.Builder
	b.WriteString(code)
	if code != "" && !strings.HasSuffix(code, "\n") && !strings.HasSuffix(code, "\r") {
		b.WriteByte('\n')
	}
	b.WriteByte('\n') // the line in no cell
	type block struct{ start, end, cell int }
	var blocks []block
	var found []analysis.Finding
	for _, out := range outs {
		fs := secrets.ScanCellOutput(path, out, secretRules)
		if len(fs) == 0 {
			continue
		}
		start := b.Len()
		b.WriteString(out.Text)
		blocks = append(blocks, block{start, b.Len(), out.Cell})
		for i := range fs {
			secrets.Shift(&fs[i], int32(start))
		}
		found = append(found, fs...)
	}
	if len(found) == 0 {
		return
	}
	text := b.String()
	src := &Source{Path: path, Text: text, Lines: lineStarts(text)}
	nc := &NotebookCells{Code: cells}
	for _, bl := range blocks {
		first := src.Position(int32(bl.start)).TextLine
		last := src.Position(int32(bl.end - 1)).TextLine
		nc.outputs = append(nc.outputs, outputLines{start: first, n: last - first + 1, cell: bl.cell})
	}
	src.Cells = nc
	fr.Source = src
	fr.Findings = append(fr.Findings, found...)
}
