package suppress

import (
	"reflect"
	"testing"

	"github.com/krait-dev/krait/python/parser"
)

func known(w string) string {
	switch w {
	case "B101", "B602", "B607", "KR101":
		return w
	case "assert_used":
		return "B101"
	}
	return ""
}

func TestParseComment(t *testing.T) {
	tests := []struct {
		text    string
		kind    Kind
		ids     []string
		unknown []string
		all     bool
		none    bool
	}{
		{text: "# nosec", all: true},
		{text: "#nosec", all: true},
		{text: "# NOSEC", all: true},
		{text: "# nosec B602, B607", ids: []string{"B602", "B607"}},
		{text: "# nosec B602,B607", ids: []string{"B602", "B607"}},
		{text: "# nosec: B602", ids: []string{"B602"}},
		{text: "# nosec(B602)", ids: []string{"B602"}},
		{text: "# nosec b602", ids: []string{"B602"}},
		{text: "# nosec S602", ids: []string{"B602"}},
		{text: "# nosec assert_used", ids: []string{"B101"}},
		{text: "# nosec - reviewed by security", all: true},
		{text: "# nosec reviewed, safe", all: true},
		{text: "# nosec B602 reviewed", ids: []string{"B602"}},
		{text: "# nosec B999", all: true, unknown: []string{"B999"}},
		{text: "# nosec B602 # B607 is another comment", ids: []string{"B602"}},
		{text: "# type: ignore # nosec B101", ids: []string{"B101"}},
		{text: "# noqa: S602", kind: NoQA, ids: []string{"B602"}},
		{text: "# noqa: E501, S607,KR101", kind: NoQA, ids: []string{"B607", "KR101"}},
		{text: "# noqa: S999", kind: NoQA, unknown: []string{"B999"}},
		{text: "# noqa", none: true},
		{text: "# noqa: E501", none: true},
		{text: "# a comment", none: true},
	}
	for _, tt := range tests {
		d := ParseComment(tt.text, known)
		if tt.none {
			if d != nil {
				t.Errorf("%q: got %+v, want no directive", tt.text, d)
			}
			continue
		}
		if d == nil {
			t.Errorf("%q: no directive", tt.text)
			continue
		}
		if d.Kind != tt.kind || !reflect.DeepEqual(d.IDs, tt.ids) || !reflect.DeepEqual(d.Unknown, tt.unknown) || d.All() != tt.all {
			t.Errorf("%q: got kind %v ids %q unknown %q all %v, want kind %v ids %q unknown %q all %v",
				tt.text, d.Kind, d.IDs, d.Unknown, d.All(), tt.kind, tt.ids, tt.unknown, tt.all)
		}
	}
}

func TestMatch(t *testing.T) {
	src := "import subprocess\n" +
		"subprocess.call(  # nosec B602\n" +
		"    cmd,\n" +
		"    shell=True)  # nosec B607\n" +
		"s = '# nosec in a string'\n" +
		"x = 1  # noqa: S101\n"
	f, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ix := Parse(f, known)
	if n := len(ix.Directives()); n != 3 {
		t.Fatalf("%d directives, want 3 (a string is not a comment)", n)
	}
	if d := ix.Match("B602", Lines{2, 4}); d == nil || d.Line != 2 {
		t.Errorf("B602 on lines 2-4: got %+v", d)
	}
	if d := ix.Match("B607", Lines{2, 4}); d == nil || d.Line != 4 {
		t.Errorf("B607 on lines 2-4: got %+v", d)
	}
	if d := ix.Match("B603", Lines{2, 4}); d != nil {
		t.Errorf("B603 suppressed by %+v", d)
	}
	if d := ix.Match("B602", Lines{3, 3}); d != nil {
		t.Errorf("B602 on line 3 suppressed by %+v", d)
	}
	if d := ix.Match("B101", Lines{1, 1}, Lines{6, 6}); d == nil || d.Kind != NoQA {
		t.Errorf("B101 on line 6: got %+v", d)
	}
	if d := ix.Match("B101", Lines{5, 5}); d != nil {
		t.Errorf("line 5 suppressed by %+v", d)
	}
}
