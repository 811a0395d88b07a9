package pyrepr

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestStrEveryCodePoint checks repr(chr(c)) for all c in 0..0x10FFFF
// against the per-code-point classes CPython's repr gave.
func TestStrEveryCodePoint(t *testing.T) {
	special := map[rune]string{}
	covered := 0
	bad := 0
	for _, line := range readGolden(t, "str_classes.txt") {
		if cp, repr, ok := strings.Cut(line, " = "); ok {
			v, err := strconv.ParseUint(cp, 16, 32)
			if err != nil {
				t.Fatal(err)
			}
			special[rune(v)] = repr
			continue
		}
		rg, class, _ := strings.Cut(line, " ")
		los, his, _ := strings.Cut(rg, "..")
		lo, err1 := strconv.ParseUint(los, 16, 32)
		hi, err2 := strconv.ParseUint(his, 16, 32)
		if err1 != nil || err2 != nil {
			t.Fatalf("bad line %q", line)
		}
		for r := rune(lo); r <= rune(hi); r++ {
			covered++
			var want string
			switch class {
			case "lit":
				want = "'" + string(r) + "'"
			case "x":
				want = fmt.Sprintf(`'\x%02x'`, r)
			case "u":
				want = fmt.Sprintf(`'\u%04x'`, r)
			case "U":
				want = fmt.Sprintf(`'\U%08x'`, r)
			case "special":
				var ok bool
				if want, ok = special[r]; !ok {
					t.Fatalf("no repr listed for special U+%04X", r)
				}
			default:
				t.Fatalf("bad class in %q", line)
			}
			if got := Str(string(AppendRune(nil, r))); got != want {
				if bad++; bad <= 10 {
					t.Errorf("Str(U+%04X) = %s, want %s", r, got, want)
				}
			}
		}
	}
	if covered != 0x110000 {
		t.Errorf("goldens cover %d code points", covered)
	}
}

func TestStrGolden(t *testing.T) {
	for _, line := range readGolden(t, "str_cases.jsonl") {
		var c struct {
			In  []rune
			Out string
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		var b []byte
		for _, r := range c.In {
			b = AppendRune(b, r)
		}
		if got := Str(string(b)); got != c.Out {
			t.Errorf("Str(%U) = %s, want %s", c.In, got, c.Out)
		}
	}
}

func TestStrInvalidBytes(t *testing.T) {
	if got, want := Str("a\xffb\xed\xa0"), "'a\uFFFDb\uFFFD\uFFFD'"; got != want {
		t.Errorf("Str(invalid) = %q, want %q", got, want)
	}
}

func TestBytesGolden(t *testing.T) {
	for _, line := range readGolden(t, "bytes_cases.jsonl") {
		var c struct{ In, Out string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		raw, err := hex.DecodeString(c.In)
		if err != nil {
			t.Fatal(err)
		}
		if got := Bytes(string(raw)); got != c.Out {
			t.Errorf("Bytes(%q) = %s, want %s", raw, got, c.Out)
		}
	}
}

func BenchmarkStrASCII(b *testing.B) {
	s := strings.Repeat("hello, world\n", 8)
	for b.Loop() {
		Str(s)
	}
}

func BenchmarkStrUnicode(b *testing.B) {
	s := strings.Repeat("héllo wörld \u200b\U0001F600 ", 8)
	for b.Loop() {
		Str(s)
	}
}
