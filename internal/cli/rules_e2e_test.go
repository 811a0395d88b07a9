package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// ruleListing is one rule of "krait rules --format json".
type ruleListing struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Title      string   `json:"title"`
	Severity   string   `json:"severity"`
	Confidence string   `json:"confidence"`
	CWE        int      `json:"cwe"`
	Default    bool     `json:"default"`
	Aliases    []string `json:"aliases"`
}

func listRules(t *testing.T, args ...string) []ruleListing {
	t.Helper()
	code, out, errOut := run(append([]string{"rules", "--format", "json"}, args...)...)
	if code != exitOK || errOut != "" {
		t.Fatalf("krait rules --format json %v: exit %d, stderr %q", args, code, errOut)
	}
	var list []ruleListing
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("krait rules --format json: %v\n%.1000s", err, out)
	}
	return list
}

func TestRulesCommand(t *testing.T) {
	list := listRules(t)
	if len(list) < 50 {
		t.Fatalf("%d rules", len(list))
	}
	levels := []string{"low", "medium", "high"}
	var ids []string
	for _, r := range list {
		if r.ID == "" || r.Name == "" || r.Title == "" || !slices.Contains(levels, r.Severity) || !slices.Contains(levels, r.Confidence) {
			t.Errorf("incomplete rule %+v", r)
		}
		if strings.HasPrefix(r.ID, "B") && !slices.Equal(r.Aliases, []string{"S" + r.ID[1:]}) {
			t.Errorf("%s: aliases %v, want Ruff's S%s", r.ID, r.Aliases, r.ID[1:])
		}
		ids = append(ids, r.ID)
	}
	if !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
		t.Errorf("ids not sorted or not unique: %v", ids)
	}
	i := slices.IndexFunc(list, func(r ruleListing) bool { return r.ID == "B602" })
	if i < 0 || list[i].Name != "subprocess_popen_with_shell_equals_true" || list[i].Severity != "high" || list[i].CWE != 78 {
		t.Errorf("B602: %+v", list[i:min(i+1, len(list))])
	}

	// The text listing has a line per rule, starting with its id.
	code, out, _ := run("rules")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitOK || len(lines) != len(list) {
		t.Fatalf("krait rules: exit %d, %d lines for %d rules", code, len(lines), len(list))
	}
	for i, l := range lines {
		if f := strings.Fields(l); len(f) < 4 || f[0] != list[i].ID || f[1] != list[i].Severity || f[2] != list[i].Confidence {
			t.Errorf("line %d: %q, want %s %s %s…", i+1, l, list[i].ID, list[i].Severity, list[i].Confidence)
		}
	}
	if !slices.ContainsFunc(lines, func(l string) bool {
		return strings.HasPrefix(l, "B602 ") && strings.Contains(l, "CWE-78") && strings.Contains(l, "subprocess_popen_with_shell_equals_true")
	}) {
		t.Errorf("no B602 line in\n%s", out)
	}

	// Prefixes select, Ruff's aliases too.
	b60 := listRules(t, "B60")
	s60 := listRules(t, "S60")
	if len(b60) == 0 || !slices.EqualFunc(b60, s60, func(a, b ruleListing) bool { return a.ID == b.ID }) {
		t.Errorf("rules B60: %v; rules S60: %v", b60, s60)
	}
	for _, r := range b60 {
		if !strings.HasPrefix(r.ID, "B60") {
			t.Errorf("rules B60 lists %s", r.ID)
		}
	}
	for _, args := range [][]string{{"rules", "B999"}, {"rules", "--format", "xml"}} {
		if code, _, errOut := run(args...); code != exitError || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
}

func TestExplainCommand(t *testing.T) {
	code, b602, errOut := run("explain", "B602")
	if code != exitOK || errOut != "" {
		t.Fatalf("explain B602: exit %d, stderr %q", code, errOut)
	}
	for _, w := range []string{
		"## B602 subprocess_popen_with_shell_equals_true: ", "Severity high, confidence high", "CWE-78", "Ruff: S602",
		"```python\n", "shell=True", "[tool.krait.rules.B602]",
	} {
		if !strings.Contains(b602, w) {
			t.Errorf("explain B602 lacks %q:\n%s", w, b602)
		}
	}
	for _, id := range []string{"S602", "s602", "b602"} {
		if code, out, _ := run("explain", id); code != exitOK || out != b602 {
			t.Errorf("explain %s: exit %d, output differs from explain B602:\n%s", id, code, out)
		}
	}
	// Every listed rule can be explained.
	for _, r := range listRules(t) {
		if code, out, _ := run("explain", r.ID); code != exitOK || !strings.HasPrefix(out, "## "+r.ID+" "+r.Name+": ") {
			t.Errorf("explain %s: exit %d, %.80q", r.ID, code, out)
		}
	}
	for _, args := range [][]string{{"explain", "B999"}, {"explain"}, {"explain", "B101", "B102"}} {
		code, out, errOut := run(args...)
		if code != exitError || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and a message", args, code, out, errOut)
		}
	}
	if _, _, errOut := run("explain", "B999"); !strings.Contains(errOut, "B999") {
		t.Errorf("explain B999: stderr %q does not name it", errOut)
	}
}
