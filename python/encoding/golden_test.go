package encoding

import (
	"encoding/json"
	"errors"
	"os"
	"sort"
	"strings"
	"testing"
)

// goldenCase is one entry of testdata/golden.json, written by
// tools/genencoding from CPython 3.13's ast.parse. Byte strings (src) are
// stored one byte per character (Latin-1).
type goldenCase struct {
	Name     string `json:"name"`
	Src      string `json:"src"`
	OK       bool   `json:"ok"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Msg      string `json:"msg"`
	Text     string `json:"text"`
	Encoding string `json:"encoding"`
	BOM      bool   `json:"bom"`
	Decoded  bool   `json:"decoded"`
	Unterm   bool   `json:"unterminated"`
	Cookie   []any  `json:"cookie"`
	Parse    string `json:"parse"` // what ast.parse then said (informational)
}

func latin1Bytes(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			panic("golden: byte string holds a character above U+00FF")
		}
		b = append(b, byte(r))
	}
	return b
}

// loadGolden reads testdata/golden.json, or the file named by
// $KRAIT_ENCODING_GOLDEN (for corpora made with tools/genencoding's model
// outside the committed one).
func loadGolden(t testing.TB) []goldenCase {
	path := "testdata/golden.json"
	if p := os.Getenv("KRAIT_ENCODING_GOLDEN"); p != "" {
		path = p
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// knownUnsupported lists the golden cases that Decode reports as
// unsupported (Error.Unsupported) on purpose: idna labels that CPython runs
// through nameprep.
var knownUnsupported = map[string]bool{
	`idna b'x = 1 # .xn--mnchen-3ya.de\n'`: true,
	`idna b'x = 1 # .XN--abc.\n'`:          true,
	`idna b'x = 1 # .xn--a-ecp.b\n'`:       true,
}

func isCJKCase(c goldenCase) bool { return strings.HasPrefix(c.Name, "cjk ") }

// checkCase compares Decode with one golden case and returns a description
// of the difference, or "".
func checkCase(c goldenCase) string {
	src := latin1Bytes(c.Src)
	s, err := Decode(src)
	if !c.OK {
		var e *Error
		if !errors.As(err, &e) {
			return "decoded, CPython says: " + c.Msg
		}
		if e.Msg != c.Msg || e.Line != c.Line || e.Col != c.Col {
			return "error (" + e.Msg + ") differs from CPython's (" + c.Msg + ")"
		}
		return ""
	}
	if err != nil {
		return "error " + err.Error() + ", CPython decodes"
	}
	want := c.Text
	if !c.Decoded {
		want = string(src)
		if c.BOM {
			want = want[3:]
		}
	}
	switch {
	case s.Text != want:
		return "text differs: got " + quoteShort(s.Text) + " want " + quoteShort(want)
	case s.Encoding != c.Encoding:
		return "encoding " + s.Encoding + ", want " + c.Encoding
	case s.BOM != c.BOM:
		return "BOM mismatch"
	case s.Decoded != c.Decoded:
		return "Decoded mismatch"
	case s.Unterminated != c.Unterm:
		return "Unterminated mismatch"
	case (s.Cookie == nil) != (c.Cookie == nil):
		return "cookie presence mismatch"
	}
	if s.Cookie != nil {
		line, start, end, name := int(c.Cookie[0].(float64)), int(c.Cookie[1].(float64)), int(c.Cookie[2].(float64)), c.Cookie[3].(string)
		if s.Cookie.Line != line || s.Cookie.Start != start || s.Cookie.End != end || s.Cookie.Name != name {
			return "cookie differs"
		}
	}
	return ""
}

func quoteShort(s string) string {
	if len(s) > 120 {
		s = s[:120] + "..."
	}
	b, _ := json.Marshal(s)
	return string(b)
}

func TestGolden(t *testing.T) {
	cases := loadGolden(t)
	if len(cases) < 1000 && os.Getenv("KRAIT_ENCODING_GOLDEN") == "" {
		t.Fatalf("only %d golden cases", len(cases))
	}
	cjkTotal, cjkBad := map[string]int{}, map[string]int{}
	for _, c := range cases {
		diff := checkCase(c)
		if isCJKCase(c) {
			codec := strings.Fields(c.Name)[1]
			cjkTotal[codec]++
			if diff != "" {
				cjkBad[codec]++
			}
		}
		if knownUnsupported[c.Name] {
			var e *Error
			if _, err := Decode(latin1Bytes(c.Src)); !errors.As(err, &e) || !e.Unsupported {
				t.Errorf("%s: expected an unsupported-codec error, got %v", c.Name, err)
			}
			continue
		}
		if diff != "" {
			t.Errorf("%s: %s\n\tsrc %q", c.Name, diff, c.Src)
		}
	}
	var names []string
	for k := range cjkTotal {
		names = append(names, k)
	}
	sort.Strings(names)
	if testing.Verbose() {
		for _, k := range names {
			t.Logf("CJK %-16s %3d/%3d golden cases match CPython", k, cjkTotal[k]-cjkBad[k], cjkTotal[k])
		}
	}
}
