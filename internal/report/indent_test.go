package report_test

import (
	"bytes"
	stdjson "encoding/json"
	"testing"

	"github.com/krait-dev/krait/internal/report"
)

// FuzzIndent checks IndentJSON against json.Indent on valid compact JSON.
func FuzzIndent(f *testing.F) {
	f.Add(`{"a":[1,{"b":"c\"d","e":[]},{}],"f":"x,y:[z]"}`)
	f.Add(`[]`)
	f.Add(`{"k":"\\","l":"é"}`)
	f.Fuzz(func(t *testing.T, s string) {
		if !stdjson.Valid([]byte(s)) {
			return
		}
		var compact bytes.Buffer
		if stdjson.Compact(&compact, []byte(s)) != nil {
			return
		}
		var want bytes.Buffer
		if err := stdjson.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := report.IndentJSON(nil, compact.Bytes()); string(got) != want.String() {
			t.Fatalf("IndentJSON(%q) =\n%s\nwant\n%s", compact.String(), got, want.String())
		}
	})
}
