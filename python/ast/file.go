package ast

import "sort"

// File is a parsed source file: its text, line table, syntax tree and
// comments. All spans in the tree are byte offsets into Src.
type File struct {
	// Name is the file name given to the parser (used in messages only).
	Name string
	// Src is the decoded source text. It is UTF-8 except that, as CPython
	// allows, invalid UTF-8 may appear inside comments of a file without
	// a coding declaration.
	Src string
	// Encoding is the codec the source was decoded with ("utf-8" unless a
	// PEP 263 declaration says otherwise).
	Encoding string
	// Lines holds the byte offset at which each line starts; Lines[0] is 0.
	// A line ends at "\n", "\r\n" or a lone "\r", as in CPython.
	Lines []int32
	// Module is the syntax tree of a file parsed as a module (ast.parse's
	// 'exec' mode).
	Module *Module
	// Expression is the syntax tree of a source parsed as an expression
	// ('eval' mode, parser.ParseExpression); Module is nil then.
	Expression *Expression
	// Comments lists the comments in source order.
	Comments []Comment
}

// Position is a line and column in the source. Line is 1-based; Col is the
// 0-based offset in UTF-8 bytes from the start of the line, which is what
// CPython's col_offset and end_col_offset hold.
type Position struct {
	Line, Col int
}

// Position returns the line and column of the byte offset off.
func (f *File) Position(off int32) Position {
	return LinePosition(f.Lines, off)
}

// LinePosition returns the position of the byte offset off given a table
// of line start offsets (lines[0] == 0, ascending).
func LinePosition(lines []int32, off int32) Position {
	// The line is the last one that starts at or before off.
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Position{Line: i + 1, Col: int(off - lines[i])}
}

// LineText returns the text of the 1-based line n without its line break.
func (f *File) LineText(n int) string {
	if n < 1 || n > len(f.Lines) {
		return ""
	}
	start := f.Lines[n-1]
	end := int32(len(f.Src))
	if n < len(f.Lines) {
		end = f.Lines[n]
	}
	s := f.Src[start:end]
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}
