package source

import "strings"

// This file turns the code cells of a notebook into one Python source,
// replacing IPython syntax line for line, so that line numbers map back.

// pythonCellMagics are the cell magics whose body is Python that IPython
// runs (the list Ruff uses): "%%time" cells are scanned without their
// first line, other "%%" cells ("%%bash", "%%html", "%%writefile") not at
// all.
var pythonCellMagics = map[string]bool{
	"capture": true, "debug": true, "prun": true, "pypy": true,
	"python": true, "python3": true, "time": true, "timeit": true,
}

// Python returns the code cells of nb as one Python source, and the map
// from its lines to cells. Markdown and raw cells are left out; empty code
// cells contribute no line. Each cell keeps its line count: a cell whose
// text does not end in a line break gets one, so that it does not run into
// the next cell. IPython syntax is replaced as IPython itself recognises
// it, at the start of a logical line (not inside brackets, strings or
// after a backslash continuation):
//
//   - line magics ("%matplotlib inline"), shell escapes ("!pip install
//     x"), help ("?obj", "obj?", "obj??") and the autocall escapes ",",
//     ";" and "/" become "pass" at the line's indentation, so that a magic
//     that is alone in a block leaves a valid block; the lines it
//     continues onto with a trailing backslash become empty;
//   - assignments from magics ("files = !ls", "t = %time f()") become
//     "files = None", keeping the name bound;
//   - a cell that starts with a cell magic ("%%bash"; blank lines may
//     come first) becomes empty lines, except for the magics of
//     pythonCellMagics ("%%time"), where only the "%%" line is emptied.
//
// Other lines are unchanged, columns included. The string and bracket
// tracking that finds logical lines is a line scanner, not a tokenizer:
// it knows quotes, triple quotes, backslash escapes and comments, which is
// enough for realistic cells. It starts afresh in each cell; a cell that
// ends inside a string or bracket, or with a backslash, is an error in
// Jupyter too, and in the joint source it runs into the next cell, where
// the parser then reports it.
func (nb *Notebook) Python() (src string, m LineMap) {
	var b strings.Builder
	line := 1
	for _, c := range nb.Cells {
		if c.Kind != "code" {
			continue
		}
		lines := splitLines(c.Source)
		if len(lines) == 0 {
			continue
		}
		for _, l := range transformCell(lines) {
			b.WriteString(l)
		}
		m.spans = append(m.spans, cellSpan{start: line, n: len(lines), cell: c.Number})
		line += len(lines)
	}
	m.lines = line - 1
	return b.String(), m
}

// splitLines splits s after each line break ("\n", "\r\n" or a lone "\r",
// as CPython's tokenizer counts them) and gives the last line a "\n" if it
// has none.
func splitLines(s string) []string {
	var lines []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			lines = append(lines, s+"\n")
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		lines = append(lines, s[:end])
		s = s[end:]
	}
	return lines
}

// cutBreak splits a line into its text and its line break.
func cutBreak(line string) (text, brk string) {
	text = strings.TrimRight(line, "\r\n")
	return text, line[len(text):]
}

// transformCell rewrites the lines of one code cell (each with its line
// break) as Python (see Notebook.Python). The result has as many lines.
func transformCell(lines []string) []string {
	out := make([]string, len(lines))
	copy(out, lines)
	blank := func(i int) {
		_, brk := cutBreak(lines[i])
		out[i] = brk
	}
	start := 0
	for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	if start < len(lines) {
		text, _ := cutBreak(lines[start])
		if rest, ok := strings.CutPrefix(strings.TrimLeft(text, " \t\f"), "%%"); ok {
			name, _, _ := strings.Cut(rest, " ")
			name, _, _ = strings.Cut(name, "\t")
			if !pythonCellMagics[name] {
				for i := start; i < len(lines); i++ {
					blank(i)
				}
				return out
			}
			blank(start)
			start++
		}
	}
	var sc lineScanner
	for i := start; i < len(lines); {
		text, brk := cutBreak(lines[i])
		stripped := strings.TrimLeft(text, " \t\f")
		indent := text[:len(text)-len(stripped)]
		if isEscape(stripped) || assignMagic(stripped) >= 0 {
			// The command runs to the end of the line, or further with
			// a trailing backslash; none of it is Python.
			if eq := assignMagic(stripped); eq >= 0 {
				out[i] = indent + stripped[:eq+1] + " None" + brk
			} else {
				out[i] = indent + "pass" + brk
			}
			for i++; i < len(lines) && strings.HasSuffix(strings.TrimRight(lines[i-1], "\r\n"), "\\"); i++ {
				blank(i)
			}
			continue
		}
		// A Python logical line: scan to its end.
		j := i
		var last byte
		for {
			t, _ := cutBreak(lines[j])
			var cont bool
			cont, last = sc.scan(t)
			if (!cont && sc.quote == 0 && sc.depth == 0) || j == len(lines)-1 {
				break
			}
			j++
		}
		if last == '?' && sc.quote == 0 && sc.depth == 0 {
			// "obj?" or "obj??": help; "?" is not Python otherwise.
			out[i] = indent + "pass" + brk
			for k := i + 1; k <= j; k++ {
				blank(k)
			}
		}
		i = j + 1
	}
	return out
}

// isEscape reports whether a logical line (without its indentation) starts
// with one of IPython's escape characters.
func isEscape(s string) bool {
	return s != "" && strings.IndexByte("!%?,;/", s[0]) >= 0
}

// assignMagic returns the index of the "=" of "lhs = !cmd" or "lhs = %magic"
// in s (a logical line without its indentation), or -1.
func assignMagic(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\'' || c == '\\':
			// Strings before the "=" are not in an assignment target;
			// give up on anything unusual.
			return -1
		case c == '#':
			return -1
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case c == '=' && depth == 0:
			if i > 0 && strings.IndexByte("=!<>:+-*/%&|^@", s[i-1]) >= 0 {
				return -1 // a comparison or an augmented assignment
			}
			if i+1 < len(s) && s[i+1] == '=' {
				return -1
			}
			rest := strings.TrimLeft(s[i+1:], " \t")
			if rest != "" && (rest[0] == '!' || rest[0] == '%') {
				return i
			}
			return -1
		}
	}
	return -1
}

// A lineScanner follows strings and brackets across the physical lines of
// a logical line.
type lineScanner struct {
	quote  byte // the quote of the string being read, or 0
	triple bool // the string is triple-quoted
	depth  int  // open brackets
}

// scan reads one physical line (without its line break). It reports
// whether the line continues with a trailing backslash (outside a comment,
// or inside a single-quoted string), and the last byte of code on it
// outside strings and comments other than spaces (0 if none; a closing
// quote for a string).
func (sc *lineScanner) scan(line string) (cont bool, last byte) {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if sc.quote != 0 {
			switch {
			case c == '\\':
				if i == len(line)-1 {
					return true, last
				}
				i++
			case c == sc.quote && !sc.triple:
				sc.quote, last = 0, c
			case c == sc.quote && strings.HasPrefix(line[i:], strings.Repeat(string(c), 3)):
				sc.quote, sc.triple, last = 0, false, c
				i += 2
			}
			continue
		}
		switch c {
		case ' ', '\t', '\f':
			continue
		case '#':
			return false, last
		case '"', '\'':
			sc.quote = c
			if strings.HasPrefix(line[i:], strings.Repeat(string(c), 3)) {
				sc.triple = true
				i += 2
			}
		case '(', '[', '{':
			sc.depth++
		case ')', ']', '}':
			if sc.depth > 0 {
				sc.depth--
			}
		case '\\':
			if i == len(line)-1 {
				return true, last
			}
		}
		last = c
	}
	if sc.quote != 0 && !sc.triple {
		sc.quote = 0 // an unterminated string ends with its line
	}
	return false, last
}
