package lexer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/krait-dev/krait/python/token"
)

// tokens renders the tokens of src as "KIND:text" items, with the text of
// *_MIDDLE tokens as the parser sees it.
func tokens(src string) string {
	r := Tokenize(src)
	var parts []string
	for _, t := range r.Tokens {
		switch t.Kind {
		case token.NEWLINE, token.INDENT, token.DEDENT, token.EOF:
			parts = append(parts, t.Kind.String())
		case token.ILLEGAL:
			parts = append(parts, "ERROR("+r.Err.Msg+")")
		default:
			parts = append(parts, t.Kind.String()+":"+r.Src[t.Start:t.TextEnd()])
		}
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"x = 1", "NAME:x =:= NUMBER:1 NEWLINE ENDMARKER"},
		{"if x:\n    pass\n", "if:if NAME:x ::: NEWLINE INDENT pass:pass NEWLINE DEDENT ENDMARKER"},
		{"match = 1", "NAME:match =:= NUMBER:1 NEWLINE ENDMARKER"},
		{"a->b **= c//=d...", "NAME:a ->:-> NAME:b **=:**= NAME:c //=://= NAME:d ...:... NEWLINE ENDMARKER"},
		{"x = (1,\n  2)\n", "NAME:x =:= (:( NUMBER:1 ,:, NUMBER:2 ):) NEWLINE ENDMARKER"},
		{"x = 1 \\\n  + 2\n", "NAME:x =:= NUMBER:1 +:+ NUMBER:2 NEWLINE ENDMARKER"},
		{"x\r\ny\r", "NAME:x NEWLINE NAME:y NEWLINE ENDMARKER"},
		{"# only a comment", "ENDMARKER"},
		{"1if x else 2", "NUMBER:1 if:if NAME:x else:else NUMBER:2 NEWLINE ENDMARKER"},
		{"0x_1f 0o17 0b1_0 1_000.5e-3j .5 5.", "NUMBER:0x_1f NUMBER:0o17 NUMBER:0b1_0 NUMBER:1_000.5e-3j NUMBER:.5 NUMBER:5. NEWLINE ENDMARKER"},
		{"rb'a' Rb\"b\" u'c' br'''d'''", "STRING:rb'a' STRING:Rb\"b\" STRING:u'c' STRING:br'''d''' NEWLINE ENDMARKER"},
		// f-strings: literal parts, fields, conversions and specs; "{{"
		// keeps one brace in the text.
		{`f"a{{b}}{x!r:>{w}}c"`, `FSTRING_START:f" FSTRING_MIDDLE:a{ FSTRING_MIDDLE:b} {:{ NAME:x !:! NAME:r ::: FSTRING_MIDDLE:> {:{ NAME:w }:} FSTRING_MIDDLE: }:} FSTRING_MIDDLE:c FSTRING_END:" NEWLINE ENDMARKER`},
		{`f"{x:=5}"`, `FSTRING_START:f" {:{ NAME:x ::: FSTRING_MIDDLE:=5 }:} FSTRING_END:" NEWLINE ENDMARKER`},
		{`f"{(x:=5)}"`, `FSTRING_START:f" {:{ (:( NAME:x :=::= NUMBER:5 ):) }:} FSTRING_END:" NEWLINE ENDMARKER`},
		{`f"{"nested"}"`, `FSTRING_START:f" {:{ STRING:"nested" }:} FSTRING_END:" NEWLINE ENDMARKER`},
		{`t"{x}"`, `TSTRING_START:t" {:{ NAME:x }:} TSTRING_END:" NEWLINE ENDMARKER`},
		{`f"\N{BULLET} {x}"`, `FSTRING_START:f" FSTRING_MIDDLE:\N{BULLET} FSTRING_MIDDLE:  {:{ NAME:x }:} FSTRING_END:" NEWLINE ENDMARKER`},
		// Errors stop the token stream.
		{"x = 'abc", "NAME:x =:= ERROR(unterminated string literal (detected at line 1))"},
		{"x = 1a", "NAME:x =:= ERROR(invalid decimal literal)"},
		{"x = 012", "NAME:x =:= ERROR(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)"},
		{"x = (1]", "NAME:x =:= (:( NUMBER:1 ERROR(closing parenthesis ']' does not match opening parenthesis '(')"},
		{"if x:\n\tpass\n        pass\n", "if:if NAME:x ::: NEWLINE INDENT pass:pass NEWLINE ERROR(inconsistent use of tabs and spaces in indentation)"},
		{"€ = 1", "ERROR(invalid character '€' (U+20AC))"},
		{"f'}'", "FSTRING_START:f' FSTRING_MIDDLE: ERROR(f-string: single '}' is not allowed)"},
		{"x = $", "NAME:x =:= OP:$ NEWLINE ENDMARKER"},
	} {
		if got := tokens(tc.src); got != tc.want {
			t.Errorf("tokens(%q):\n got  %s\n want %s", tc.src, got, tc.want)
		}
	}
}

func TestMiddleSpans(t *testing.T) {
	// CPython's positions for f"{{": the literal part spans both braces
	// (columns 2..4) though its text is one brace.
	r := Tokenize(`f"{{"`)
	m := r.Tokens[1]
	if m.Kind != token.FSTRING_MIDDLE || m.Start != 2 || m.End != 4 || m.TextEnd() != 3 {
		t.Errorf("middle token = %+v, want FSTRING_MIDDLE [2,4) with text [2,3)", m)
	}
}

func TestLineStarts(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []int32
	}{
		{"", []int32{0}},
		{"a\nb\n", []int32{0, 2, 4}},
		{"a\r\nb\rc", []int32{0, 3, 5}},
	} {
		got := LineStarts(tc.src)
		if len(got) != len(tc.want) {
			t.Errorf("LineStarts(%q) = %v, want %v", tc.src, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("LineStarts(%q) = %v, want %v", tc.src, got, tc.want)
				break
			}
		}
	}
}

func TestComments(t *testing.T) {
	src := "x = 1  # one\n# two\r\ny = f'{x # not a comment in a one-line f-string\n'"
	r := Tokenize(src)
	var got []string
	for _, c := range r.Comments {
		got = append(got, r.Src[c.Start:c.End])
	}
	want := "# one|# two|# not a comment in a one-line f-string"
	if strings.Join(got, "|") != want {
		t.Errorf("comments = %q, want %q", strings.Join(got, "|"), want)
	}
}

// FuzzTokenize checks the lexer's invariants on arbitrary input: no panic,
// tokens in order and inside the text, a final EOF or ILLEGAL token (with
// an error exactly in the second case).
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "def f(a, *b, **c):\n\treturn f'{a!r:>{b}}'\n", "if x:\n  y\n z\n",
		"f'{'", "t'{x=}'", "'''", "0x", "1e", "\\\n", "(\n", "é = 'ü'", "\x00", "\xff\xfe",
		"f\"{x:{y:{z}}}\"", "f'{{}}'", "rf'\\{x}'", "@=\n->\n:=", "\r\r\n\f\t x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		r := Tokenize(src)
		if len(r.Tokens) == 0 {
			t.Fatal("no tokens")
		}
		last := r.Tokens[len(r.Tokens)-1]
		if (last.Kind == token.ILLEGAL) != (r.Err != nil) {
			t.Fatalf("last token %v, error %v", last.Kind, r.Err)
		}
		if last.Kind != token.EOF && last.Kind != token.ILLEGAL {
			t.Fatalf("last token %v", last.Kind)
		}
		prev := int32(0)
		for _, tk := range r.Tokens {
			// An error token marks where CPython reports the error, which
			// can be earlier (an unclosed bracket).
			if tk.Start < prev && tk.Kind != token.ILLEGAL || tk.End < tk.Start || int(tk.End) > len(r.Src) {
				t.Fatalf("token %v [%d,%d) out of order or bounds (prev end %d, len %d)", tk.Kind, tk.Start, tk.End, prev, len(r.Src))
			}
			if tk.End > prev {
				prev = tk.End
			}
		}
		for _, c := range r.Comments {
			if c.Start >= c.End || int(c.End) > len(r.Src) || r.Src[c.Start] != '#' {
				t.Fatalf("bad comment span %v", c)
			}
		}
		if r.Err != nil && (r.Err.Msg == "" || !utf8.ValidString(r.Err.Msg) && !strings.Contains(r.Err.Msg, "unicode error")) {
			t.Fatalf("bad error message %q", r.Err.Msg)
		}
	})
}
