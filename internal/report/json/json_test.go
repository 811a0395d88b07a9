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
	reporttest.Golden(t, "deps.json", render(t, reporttest.Deps(t)))
}

// TestDependencyFields checks the keys dependency findings add: package
// and advisory on them (with [] for empty lists, specifier only when
// unpinned), on no other finding, and rule_name from KR901.
func TestDependencyFields(t *testing.T) {
	var doc struct {
		Findings []map[string]any
		Warnings []map[string]any
	}
	if err := json.Unmarshal(render(t, reporttest.Deps(t)), &doc); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, f := range doc.Findings {
		pkg, hasPkg := f["package"].(map[string]any)
		adv, hasAdv := f["advisory"].(map[string]any)
		if f["rule_id"] == "B602" {
			if hasPkg || hasAdv {
				t.Errorf("B602 has package or advisory: %v", f)
			}
			continue
		}
		seen++
		if !hasPkg || !hasAdv {
			t.Fatalf("%v: no package or advisory", f["rule_id"])
		}
		if f["rule_name"] != "vulnerable_dependency" || adv["id"] != f["rule_id"] {
			t.Errorf("%v: rule_name %v, advisory id %v", f["rule_id"], f["rule_name"], adv["id"])
		}
		for _, key := range []string{"aliases", "fixed_in"} {
			if _, ok := adv[key].([]any); !ok {
				t.Errorf("%v: advisory.%s = %#v, want a list", f["rule_id"], key, adv[key])
			}
		}
		_, hasSpec := pkg["specifier"]
		if hasSpec != (pkg["version"] == "") {
			t.Errorf("%v: package %v: specifier present %v", f["rule_id"], pkg, hasSpec)
		}
	}
	if seen != 4 {
		t.Errorf("%d dependency findings, want 4", seen)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0]["line"] != 4.0 {
		t.Errorf("warnings = %v", doc.Warnings)
	}
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
