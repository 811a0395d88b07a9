package source

import "unicode/utf8"

// ColumnRunes converts a 0-based byte offset within line to the 1-based
// column that counts Unicode code points, as JSON output reports columns.
// Each byte of an invalid UTF-8 sequence counts as one code point (comments
// may hold undecodable bytes). An offset inside a multi-byte character is
// rounded down to that character; one past the end of line counts each
// byte beyond as one column, and a negative offset gives column 1.
func ColumnRunes(line string, byteCol int) int {
	return column(line, byteCol, false)
}

// ColumnUTF16 converts a 0-based byte offset within line to the 1-based
// column that counts UTF-16 code units, as SARIF requires: characters
// above U+FFFF count two, every other character and each byte of an
// invalid UTF-8 sequence one. Offsets are rounded as in ColumnRunes.
func ColumnUTF16(line string, byteCol int) int {
	return column(line, byteCol, true)
}

func column(line string, byteCol int, utf16 bool) int {
	if byteCol <= 0 {
		return 1
	}
	col := 1
	if byteCol > len(line) {
		col += byteCol - len(line)
		byteCol = len(line)
	}
	i := 0
	for i < byteCol {
		if c := line[i]; c < utf8.RuneSelf {
			i++
			col++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if i+size > byteCol {
			break // byteCol is inside this character
		}
		i += size
		col++
		if utf16 && r > 0xffff {
			col++
		}
	}
	return col
}
