package source

import "testing"

func TestColumns(t *testing.T) {
	cases := []struct {
		line         string
		byteCol      int
		runes, utf16 int
	}{
		{"", 0, 1, 1},
		{"abc", 0, 1, 1},
		{"abc", 2, 3, 3},
		{"abc", 3, 4, 4},
		{"abc", 5, 6, 6},  // past the end: one per byte
		{"abc", -1, 1, 1}, // before the start
		{"é=1", 2, 2, 2},  // é is 2 bytes
		{"é=1", 1, 1, 1},  // inside é: rounded down
		{"€x", 3, 2, 2},   // € is 3 bytes, 1 UTF-16 unit
		{"😀x", 4, 2, 3},   // U+1F600 is 4 bytes, 2 UTF-16 units
		{"😀x", 5, 3, 4},
		{"😀x", 2, 1, 1},        // inside the emoji
		{"a\xffb", 2, 3, 3},    // an invalid byte counts as one
		{"\xe2\x82x", 3, 4, 4}, // a truncated sequence: one per byte
		{"# 日本語 x", 12, 7, 7},
		{"s = '𝔘𝔫𝔦'", 9, 7, 8},
		{"s = '𝔘𝔫𝔦'", 17, 9, 12},
	}
	for _, tc := range cases {
		if got := ColumnRunes(tc.line, tc.byteCol); got != tc.runes {
			t.Errorf("ColumnRunes(%q, %d) = %d, want %d", tc.line, tc.byteCol, got, tc.runes)
		}
		if got := ColumnUTF16(tc.line, tc.byteCol); got != tc.utf16 {
			t.Errorf("ColumnUTF16(%q, %d) = %d, want %d", tc.line, tc.byteCol, got, tc.utf16)
		}
	}
}
