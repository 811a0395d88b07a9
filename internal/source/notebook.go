package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A Notebook is the part of a Jupyter notebook (.ipynb) that a scan reads:
// its cells and its language. Outputs and attachments are not kept.
type Notebook struct {
	Cells []Cell
	// Language is the notebook's language in lower case: metadata
	// language_info.name, else metadata.kernelspec.language, else (in
	// nbformat 3) the language of the first code cell, else "python".
	// Callers skip notebooks for which IsPython is false (R, Julia, …).
	Language string
}

// A Cell is one cell of a notebook.
type Cell struct {
	// Index is the 0-based position among all cells.
	Index int
	// Number is the 1-based position among all cells (markdown and raw
	// cells count): "cell 3" is the third cell from the top, as Ruff
	// reports it. Execution counts are not used: they are missing from
	// unexecuted notebooks and change on every run.
	Number int
	// Kind is the cell type: "code", "markdown", "raw" (nbformat 3 also
	// has "heading").
	Kind string
	// ID is the nbformat 4.5 cell id, or "".
	ID string
	// Source is the cell's text, joined when it is stored as a list of
	// lines.
	Source string
	// ExecutionCount is the execution count of a code cell ("In [7]"),
	// nil when the cell has not run.
	ExecutionCount *int
}

// A NotebookError is a notebook that ParseNotebook could not decode. Line
// and Column (1-based, the column counting code points) locate malformed
// JSON; they are 0 for errors of structure.
type NotebookError struct {
	Line, Column int
	Msg          string
	Err          error // the encoding/json error, if any
}

// Error returns "line L, column C: MSG", or MSG without a position.
func (e *NotebookError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
	}
	return e.Msg
}

// Unwrap returns the encoding/json error.
func (e *NotebookError) Unwrap() error { return e.Err }

type rawNotebook struct {
	NBFormat   json.RawMessage `json:"nbformat"`
	Cells      []rawCell       `json:"cells"`
	Worksheets []struct {
		Cells []rawCell `json:"cells"`
	} `json:"worksheets"`
	Metadata json.RawMessage `json:"metadata"`
}

type rawCell struct {
	CellType       string          `json:"cell_type"`
	ID             json.RawMessage `json:"id"`
	Source         json.RawMessage `json:"source"`
	Input          json.RawMessage `json:"input"` // nbformat 3 code cells
	ExecutionCount json.RawMessage `json:"execution_count"`
	PromptNumber   json.RawMessage `json:"prompt_number"` // nbformat 3
	Language       json.RawMessage `json:"language"`      // nbformat 3
}

// ParseNotebook decodes a notebook in nbformat 4 (cells at the top) or 3
// (cells in "worksheets"; code in "input"). Cell sources may be strings or
// lists of strings. Malformed JSON and a wrong structure (no cells, a cell
// that is not an object, a source that is not text) are *NotebookError;
// metadata of unexpected shape is ignored.
func ParseNotebook(data []byte) (*Notebook, error) {
	var raw rawNotebook
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, jsonError(data, err)
	}
	cells := raw.Cells
	if cells == nil {
		if raw.Worksheets == nil {
			return nil, &NotebookError{Msg: `not a notebook: no "cells"`}
		}
		for _, ws := range raw.Worksheets {
			cells = append(cells, ws.Cells...)
		}
	}
	nb := &Notebook{Cells: make([]Cell, 0, len(cells))}
	firstLang := ""
	for i, rc := range cells {
		c := Cell{Index: i, Number: i + 1, Kind: rc.CellType}
		src := rc.Source
		if c.Kind == "code" && len(rc.Input) > 0 && len(rc.Source) == 0 {
			src = rc.Input
		}
		text, err := decodeSource(src)
		if err != nil {
			return nil, &NotebookError{Msg: fmt.Sprintf("cell %d: source: %v", c.Number, err)}
		}
		c.Source = text
		c.ID, _ = decodeString(rc.ID)
		c.ExecutionCount = decodeCount(rc.ExecutionCount)
		if c.ExecutionCount == nil {
			c.ExecutionCount = decodeCount(rc.PromptNumber)
		}
		if lang, ok := decodeString(rc.Language); ok && c.Kind == "code" && firstLang == "" {
			firstLang = lang
		}
		nb.Cells = append(nb.Cells, c)
	}
	nb.Language = notebookLanguage(raw.Metadata, firstLang)
	return nb, nil
}

// IsPython reports whether the notebook's language is Python ("python",
// "python3", "ipython").
func (nb *Notebook) IsPython() bool {
	return strings.HasPrefix(nb.Language, "python") || strings.HasPrefix(nb.Language, "ipython")
}

func notebookLanguage(meta json.RawMessage, firstCell string) string {
	var m struct {
		LanguageInfo struct {
			Name json.RawMessage `json:"name"`
		} `json:"language_info"`
		Kernelspec struct {
			Language json.RawMessage `json:"language"`
		} `json:"kernelspec"`
		Language json.RawMessage `json:"language"`
	}
	// Metadata is free-form: a field of another type is ignored, not an
	// error (Unmarshal fills what it can).
	_ = json.Unmarshal(meta, &m)
	for _, raw := range []json.RawMessage{m.LanguageInfo.Name, m.Kernelspec.Language, m.Language} {
		if s, ok := decodeString(raw); ok && s != "" {
			return strings.ToLower(s)
		}
	}
	if firstCell != "" {
		return strings.ToLower(firstCell)
	}
	return "python"
}

// decodeSource decodes a cell source: a string, a list of strings
// (concatenated), or null or missing for an empty cell.
func decodeSource(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '[':
		var parts []*string
		if err := json.Unmarshal(raw, &parts); err != nil {
			return "", errors.New("want a string or a list of strings")
		}
		var b strings.Builder
		for _, p := range parts {
			if p != nil {
				b.WriteString(*p)
			}
		}
		return b.String(), nil
	}
	return "", errors.New("want a string or a list of strings")
}

func decodeString(raw json.RawMessage) (string, bool) {
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// decodeCount decodes an execution count: an integer, else nil.
func decodeCount(raw json.RawMessage) *int {
	n, err := strconv.Atoi(string(bytes.TrimSpace(raw)))
	if err != nil {
		return nil
	}
	return &n
}

// jsonError turns an encoding/json error into a *NotebookError with the
// line and column of its byte offset.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var off int64
	var msg string
	switch {
	case errors.As(err, &syn):
		off, msg = syn.Offset, "invalid JSON: "+strings.TrimPrefix(syn.Error(), "json: ")
		if off > 0 {
			off-- // Offset is just past the byte that failed
		}
	case errors.As(err, &typ):
		// Offset is just past the value of the wrong type.
		field := typ.Field
		if field == "" {
			field = "notebook"
		}
		off, msg = typ.Offset, fmt.Sprintf("%s: want %s, got %s", field, jsonTypeName(typ.Type.Kind().String()), typ.Value)
		if off > 0 {
			off--
		}
	default:
		return &NotebookError{Msg: "invalid JSON: " + err.Error(), Err: err}
	}
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	col := ColumnRunes(string(data[lineStart:]), int(off)-lineStart)
	return &NotebookError{Line: line, Column: col, Msg: msg, Err: err}
}

func jsonTypeName(goKind string) string {
	switch goKind {
	case "struct", "map":
		return "an object"
	case "slice", "array":
		return "an array"
	case "string":
		return "a string"
	case "int", "int64", "float64":
		return "a number"
	case "bool":
		return "a boolean"
	}
	return goKind
}

// A LineMap maps the lines of the Python source of a notebook (see
// Notebook.Python) back to cells.
type LineMap struct {
	spans []cellSpan // ascending by start
	lines int
}

type cellSpan struct {
	start int // first line in the source, 1-based
	n     int // lines
	cell  int // Cell.Number
}

// Cell returns the cell number (Cell.Number) and the 1-based line within
// that cell of the 1-based line of the notebook's Python source, or 0, 0
// for a line outside the source.
func (m LineMap) Cell(line int) (cell, lineInCell int) {
	i := sort.Search(len(m.spans), func(i int) bool { return m.spans[i].start > line }) - 1
	if i < 0 || line >= m.spans[i].start+m.spans[i].n {
		return 0, 0
	}
	return m.spans[i].cell, line - m.spans[i].start + 1
}

// Line is the inverse of Cell: the line of the Python source of line
// lineInCell of cell number cell, or 0 if the source has no such line.
func (m LineMap) Line(cell, lineInCell int) int {
	for _, s := range m.spans {
		if s.cell == cell {
			if lineInCell >= 1 && lineInCell <= s.n {
				return s.start + lineInCell - 1
			}
			return 0
		}
	}
	return 0
}

// Lines returns the number of lines of the Python source.
func (m LineMap) Lines() int { return m.lines }
