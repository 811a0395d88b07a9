package encoding

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/runenames"
)

func TestDefaultPathSharesMemory(t *testing.T) {
	for _, src := range [][]byte{
		[]byte("x = 1\n# \xff\n"),
		[]byte("\xef\xbb\xbfx = 1\n"),
		[]byte("# coding: utf-8\nx = 1\n"),
	} {
		s, err := Decode(src)
		if err != nil {
			t.Fatal(err)
		}
		if s.Decoded {
			t.Errorf("%q: Decoded set on the UTF-8 path", src)
		}
		off := 0
		if s.BOM {
			off = 3
		}
		if unsafe.StringData(s.Text) != &src[off] {
			t.Errorf("%q: Text was copied", src)
		}
	}
}

func TestCookie(t *testing.T) {
	tests := []struct {
		src  string
		want *Cookie
		enc  string
	}{
		{"# -*- coding: latin-1 -*-\n", &Cookie{Name: "latin-1", Line: 1, Start: 14, End: 21}, "iso8859-1"},
		{"\xef\xbb\xbf# coding=utf_8\n", &Cookie{Name: "utf_8", Line: 1, Start: 9, End: 14}, "utf-8"},
		{"#!/usr/bin/env python\r\n# vim: set fileencoding=cp1252 :\r\n", &Cookie{Name: "cp1252", Line: 2, Start: 24, End: 30}, "cp1252"},
		{"x = 1\n# coding: latin-1\n", nil, "utf-8"},
		{"\n\n# coding: latin-1\n", nil, "utf-8"},
		{"# coding: latin-1", &Cookie{Name: "latin-1", Line: 1, Start: 10, End: 17}, "iso8859-1"},
	}
	for _, tc := range tests {
		s, err := Decode([]byte(tc.src))
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if (s.Cookie == nil) != (tc.want == nil) || s.Cookie != nil && *s.Cookie != *tc.want {
			t.Errorf("%q: cookie %+v, want %+v", tc.src, s.Cookie, tc.want)
		}
		if s.Encoding != tc.enc {
			t.Errorf("%q: encoding %q, want %q", tc.src, s.Encoding, tc.enc)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"x\x00", "source code string cannot contain null bytes"},
		{"# coding: foo\n\x00", "source code string cannot contain null bytes"},
		{"\xef\xbb\xbf# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM"},
		{"# coding: utf-16\nx", "'utf-16-le' codec can't decode byte 0x0a in position 18: truncated data"},
		{"# coding: ascii\n# \xe9\n", "'ascii' codec can't decode byte 0xe9 in position 18: ordinal not in range(128)"},
		{"# coding: rot13\n", "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
	}
	for _, tc := range tests {
		_, err := Decode([]byte(tc.src))
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%q: got %v, want an *Error", tc.src, err)
		}
		if e.Msg != tc.msg || e.Line != 0 || err.Error() != tc.msg {
			t.Errorf("%q: got %+v, want %q", tc.src, e, tc.msg)
		}
	}
}

func TestEveryCodecModuleResolves(t *testing.T) {
	// Every text codec of the registry decodes plain ASCII source, except
	// the ones that cannot by construction.
	for m, mod := range modules {
		src := []byte("# coding: " + m + "\nx = 1\n")
		s, err := Decode(src)
		switch {
		case mod.kind == kindNotext || mod.kind == kindUndefined || mod.kind == kindPunycode:
			if err == nil {
				t.Errorf("%s: decoded", m)
			}
		case mod.kind == kindUtf16 || mod.kind == kindUtf16le || mod.kind == kindUtf16be ||
			mod.kind == kindUtf32 || mod.kind == kindUtf32le || mod.kind == kindUtf32be:
		case err != nil && mod.kind == kindCharmap && strings.Contains(err.Error(), "maps to <undefined>"):
			// EBCDIC cp424 has no 'p'
		case err != nil:
			t.Errorf("%s: %v", m, err)
		case mod.kind == kindUtf8 || mod.kind == kindUtf8sig:
			if s.Decoded && s.Text != string(src) {
				t.Errorf("%s: text %q", m, s.Text)
			}
		}
	}
}

func TestCJKTables(t *testing.T) {
	cjkOnce.Do(loadCJK)
	if len(cjkTrie) != cjkNodes {
		t.Fatalf("%d nodes, want %d", len(cjkTrie), cjkNodes)
	}
	s, err := Decode([]byte("# coding: shift_jis_2004\nx = '\\'\n"))
	if err != nil {
		t.Fatal(err)
	}
	// CPython's shift_jis_2004 reads 0x5C as YEN SIGN, not as a backslash.
	if !strings.Contains(s.Text, "'¥'") {
		t.Errorf("shift_jis_2004 0x5C: %q", s.Text)
	}
}

// TestRuneNamesCoverage reports the characters CPython names that x/text's
// runenames cannot resolve for \N{...} (unicode_escape sources).
func TestRuneNamesCoverage(t *testing.T) {
	missing := 0
	for _, rg := range namedRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			if inRanges(cjkUnifiedRanges, r) || r >= 0xac00 && r <= 0xd7a3 {
				continue
			}
			if n := runenames.Name(r); n == "" {
				missing++
			}
		}
	}
	t.Logf("%d named characters unknown to runenames %s", missing, runenames.UnicodeVersion)
	if missing > 20 {
		t.Errorf("%d characters CPython names are unknown to runenames", missing)
	}
}

// FuzzDecode checks that Decode never panics and is deterministic, that a
// decoded text is valid UTF-8, that the UTF-8 path returns the input
// untouched, and that a cookie span names the cookie.
func FuzzDecode(f *testing.F) {
	for _, c := range loadGolden(f) {
		f.Add(latin1Bytes(c.Src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := Decode(src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line != 0 || e.Msg == "" {
				t.Fatalf("bad error %#v", err)
			}
			return
		}
		if s2, err2 := Decode(src); err2 != nil || s2.Text != s.Text || s2.Unterminated != s.Unterminated {
			t.Fatal("Decode is not deterministic")
		}
		if s.Unterminated && !s.Decoded {
			t.Fatal("Unterminated without a codec")
		}
		body := src
		if s.BOM {
			body = src[3:]
		}
		if bytes.IndexByte(src, 0) >= 0 {
			t.Fatal("null byte accepted")
		}
		if s.Decoded {
			if !utf8.ValidString(s.Text) {
				t.Fatalf("decoded text is not UTF-8: %q", s.Text)
			}
		} else if s.Text != string(body) {
			t.Fatal("UTF-8 path changed the text")
		}
		if c := s.Cookie; c != nil {
			line := body
			if c.Line == 2 {
				n, term := lineEnd(body)
				line = body[n+term:]
			}
			if c.End > len(line) || string(line[c.Start:c.End]) != c.Name {
				t.Fatalf("cookie %+v does not match the source", c)
			}
		}
	})
}

func pythonSource(n int) []byte {
	var b bytes.Buffer
	b.WriteString("#!/usr/bin/env python3\n\"\"\"Module docstring.\"\"\"\nimport os\n\n")
	for b.Len() < n {
		b.WriteString("def f(x, y=2):\n    # a comment with some text\n    return os.path.join(str(x), 'é', \"y\") * y\n\n")
	}
	return b.Bytes()
}

func BenchmarkDecodeUTF8(b *testing.B) {
	src := pythonSource(1 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Decode(src); err != nil {
			b.Fatal(err)
		}
	}
}

func benchCookie(b *testing.B, name string, body []byte) {
	src := append([]byte("# coding: "+name+"\n"), body...)
	if _, err := Decode(src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Decode(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeUTF8Cookie(b *testing.B) { benchCookie(b, "utf8", pythonSource(1<<20)) }

func BenchmarkDecodeLatin1(b *testing.B) {
	benchCookie(b, "latin-1", bytes.ReplaceAll(pythonSource(1<<20), []byte("é"), []byte("\xe9")))
}

func BenchmarkDecodeCP1252(b *testing.B) {
	benchCookie(b, "cp1252", bytes.ReplaceAll(pythonSource(1<<20), []byte("é"), []byte("\xe9")))
}

func BenchmarkDecodeShiftJIS(b *testing.B) {
	benchCookie(b, "shift_jis", bytes.ReplaceAll(pythonSource(1<<20), []byte("é"), []byte("\x93\xfa\x96\x7b")))
}

func TestConcurrentDecode(t *testing.T) {
	srcs := [][]byte{
		[]byte("# coding: shift_jis\nx = '\x93\xfa\x96\x7b'\n"),
		[]byte("# coding: cp1252\nx = '\x80'\n"),
		[]byte("# coding: unicode_escape\nx = '\\N{BULLET}'\n"),
		[]byte("# coding: iso2022_jp\nx = '\x1b$B0!\x1b(B'\n"),
	}
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func() {
			s, err := Decode(srcs[g%len(srcs)])
			if err != nil {
				done <- err.Error()
				return
			}
			done <- s.Text
		}()
	}
	for g := 0; g < 8; g++ {
		if r := <-done; !utf8.ValidString(r) || strings.Contains(r, "codec") {
			t.Errorf("concurrent decode: %q", r)
		}
	}
}
