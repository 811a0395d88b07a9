package json_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
	kjson "github.com/krait-dev/krait/internal/report/json"
	"github.com/krait-dev/krait/internal/scan"
)

func render(t *testing.T, r *scan.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := kjson.Write(&buf, r, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "report.json", render(t, reporttest.Result(t)))
	reporttest.Golden(t, "empty.json", render(t, reporttest.Empty()))
}

// TestShape decodes the report generically and checks the invariants
// consumers rely on.
func TestShape(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(render(t, reporttest.Empty()), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"findings", "errors"} {
		if list, ok := doc[key].([]any); !ok || len(list) != 0 {
			t.Errorf("%s = %#v, want []", key, doc[key])
		}
	}
	if err := json.Unmarshal(render(t, reporttest.Result(t)), &doc); err != nil {
		t.Fatal(err)
	}
	for _, f := range doc["findings"].([]any) {
		f := f.(map[string]any)
		_, has := f["suppressed_by"]
		if has != f["suppressed"].(bool) {
			t.Errorf("%v %v: suppressed = %v but suppressed_by present = %v", f["path"], f["rule_id"], f["suppressed"], has)
		}
	}
}
