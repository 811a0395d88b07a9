package source

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hangGuard crashes the fuzzing process when one input runs for more than
// 10 seconds, so that the fuzzer records it (Go's fuzzer has no time limit
// per input): call it with defer hangGuard(input)().
func hangGuard(input ...any) func() {
	t := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("input runs for over 10s: %q", input)) })
	return func() { t.Stop() }
}

func FuzzParseNotebook(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "notebooks", "*.ipynb"))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{``, `{}`, `{"cells": []}`, `{"cells": [{"cell_type": "code", "source": "%%time\nx?\n!a \\\nb"}]}`,
		`{"worksheets": [{"cells": [{"cell_type": "code", "input": ["a = !b\r", "'''"]}]}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hangGuard(data)()
		nb, err := ParseNotebook(data)
		if err != nil {
			return
		}
		src, m := nb.Python()
		if n := countLines(src); n != m.Lines() {
			t.Fatalf("source has %d lines, LineMap %d", n, m.Lines())
		}
		want := 0
		for _, c := range nb.Cells {
			if c.Kind == "code" {
				want += len(splitLines(c.Source))
			}
		}
		if want != m.Lines() {
			t.Fatalf("code cells have %d lines, LineMap %d", want, m.Lines())
		}
		for line := 1; line <= m.Lines(); line++ {
			cell, l := m.Cell(line)
			if cell < 1 || cell > len(nb.Cells) || nb.Cells[cell-1].Kind != "code" || m.Line(cell, l) != line {
				t.Fatalf("line %d maps to cell %d line %d", line, cell, l)
			}
		}
	})
}

func FuzzGitignore(f *testing.F) {
	for _, tc := range gitignoreCases {
		for _, content := range tc.files {
			for _, p := range tc.paths {
				p = strings.TrimPrefix(p, "-")
				f.Add([]byte(content), strings.TrimSuffix(p, "/"), strings.HasSuffix(p, "/"))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, path string, isDir bool) {
		defer hangGuard(data, path)()
		if path == "" || strings.HasPrefix(path, "/") || strings.HasSuffix(path, "/") || strings.Contains(path, "//") || strings.IndexByte(path, 0) >= 0 {
			return
		}
		name := path[strings.LastIndexByte(path, '/')+1:]
		top := ignoreStack{parseIgnore(data, "")}.ignored(path, name, isDir)
		// The same file one directory down decides the same for the same
		// path below it.
		below := ignoreStack{parseIgnore(data, "d/e")}.ignored("d/e/"+path, name, isDir)
		if top != below {
			t.Fatalf("ignored at the top = %v, in d/e = %v", top, below)
		}
	})
}

// wildmatch reports whether text matches pattern.
func wildmatch(pattern, text string, pathname bool) bool {
	return compileGlob(pattern, pathname).match(text)
}

// FuzzWildmatch checks the compiled matcher against the port of git's
// algorithm, where that finishes in reasonable time.
func FuzzWildmatch(f *testing.F) {
	for _, s := range [][2]string{{"*.py", "a.py"}, {"a/**/b", "a/x/b"}, {"[[:alpha:]]", "x"}, {"[!a-c]?", "dz"}, {"\\", "\\"},
		{"**/x", "x"}, {"a/**", "a/b/c"}, {"**\\/x", "a/x"}, {"*a*/b", "xa/b"}, {"[a-]]", "-]"}, {"[[:x]", ":"}} {
		f.Add(s[0], s[1])
	}
	for _, p := range patternAtoms {
		for _, n := range nameAtoms {
			f.Add(p, n)
			f.Add(p+"/"+p, n+"/"+n)
		}
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		defer hangGuard(pattern, text)()
		if strings.IndexByte(pattern, 0) >= 0 || strings.IndexByte(text, 0) >= 0 {
			return // C strings: neither has NUL
		}
		if len(pattern) > 200 || len(text) > 200 {
			// Long inputs only make the reference slow; what they
			// exercise, shorter ones do too.
			return
		}
		for _, pathname := range []bool{true, false} {
			got := wildmatch(pattern, text, pathname)
			if want, ok := refWildmatch(pattern, text, pathname, 20000); ok && got != want {
				t.Fatalf("wildmatch(%q, %q, pathname=%v) = %v, git's algorithm says %v", pattern, text, pathname, got, want)
			}
		}
		// Every byte escaped: the pattern is the text itself.
		var esc strings.Builder
		for i := 0; i < len(text); i++ {
			esc.WriteByte('\\')
			esc.WriteByte(text[i])
		}
		if !wildmatch(esc.String(), text, true) || !wildmatch(esc.String(), text, false) {
			t.Fatalf("%q does not match itself escaped", text)
		}
		if got, want := wildmatch("**", text, true), true; got != want {
			t.Fatalf("** does not match %q", text)
		}
		if got, want := wildmatch("*", text, true), !strings.Contains(text, "/"); got != want {
			t.Fatalf("* on %q = %v", text, got)
		}
	})
}

// TestWildmatchNoBlowup checks that patterns with many stars fail fast, as
// git's abort rules make them.
func TestWildmatchNoBlowup(t *testing.T) {
	start := time.Now()
	text := strings.Repeat("a", 200) + "/" + strings.Repeat("a", 200)
	for _, pat := range []string{strings.Repeat("*a", 40) + "b", strings.Repeat("**/a", 30) + "b", strings.Repeat("a*", 50) + "/b"} {
		for _, pathname := range []bool{true, false} {
			if wildmatch(pat, text, pathname) {
				t.Errorf("%q matches", pat)
			}
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}
