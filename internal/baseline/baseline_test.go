package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRoundTripSurvivesMovedLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baseline.json")
	old := []Finding{
		{RuleID: "B602", Path: "app/run.py", LineText: "    subprocess.call(cmd, shell=True)", Line: 10},
		{RuleID: "B101", Path: "app/run.py", LineText: "assert ok", Line: 20},
		{RuleID: "B101", Path: "app/run.py", LineText: "assert ok", Line: 30},
	}
	if err := Write(path, old); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	// The same findings after lines moved and indentation changed.
	for _, f := range []Finding{
		{RuleID: "B602", Path: "app/run.py", LineText: "subprocess.call(cmd,  shell=True)", Line: 14},
		{RuleID: "B101", Path: "app/run.py", LineText: "assert ok", Line: 25},
		{RuleID: "B101", Path: "app/run.py", LineText: "assert ok", Line: 35},
	} {
		if !b.Match(f) {
			t.Errorf("%+v: not matched after moving", f)
		}
	}
	// A third identical assert is new: the baseline had two.
	if b.Match(Finding{RuleID: "B101", Path: "app/run.py", LineText: "assert ok"}) {
		t.Error("a third occurrence matched a baseline of two")
	}
	// Another rule, file or line text is new.
	for _, f := range []Finding{
		{RuleID: "B603", Path: "app/run.py", LineText: "subprocess.call(cmd, shell=True)"},
		{RuleID: "B602", Path: "app/other.py", LineText: "subprocess.call(cmd, shell=True)"},
		{RuleID: "B602", Path: "app/run.py", LineText: "subprocess.call(user_cmd, shell=True)"},
	} {
		if b.Match(f) {
			t.Errorf("%+v matched", f)
		}
	}
}

func TestBanditBaseline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bandit.json")
	report := `{"results": [{"filename": "./a.py", "test_id": "B101", "issue_text": "Use of assert detected.", "line_number": 3}], "errors": []}`
	if err := os.WriteFile(path, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Match(Finding{RuleID: "B101", Path: "a.py", Message: "Use of assert detected.", Line: 40}) {
		t.Error("Bandit baseline entry not matched")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"notjson.json": "not json",
		"version.json": `{"version": 99, "findings": []}`,
		"entry.json":   `{"version": 1, "findings": [{"path": "a.py"}]}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		if _, err := Load(p); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file loaded")
	}
}

// TestSecretFingerprint checks that a finding with a fingerprint of its
// own (a secret's hash) is keyed by it: it stays matched when its line
// is edited around the secret, and the baseline file holds the hash, not
// the line's text.
func TestSecretFingerprint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baseline.json")
	const fp = "s1:00112233445566778899aabbccddeeff"
	old := []Finding{{RuleID: "KR831", Path: "app/settings.py", LineText: `DB_PASSWORD = "hidden-in-test"`,
		Line: 3, Message: "Hardcoded secret: 'hidd…' (14 characters)", Fingerprint: fp}}
	if err := Write(path, old); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), fp) || strings.Contains(string(data), "hidden-in-test") {
		t.Error("the baseline does not key the secret by its fingerprint alone")
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Match(Finding{RuleID: "KR831", Path: "app/settings.py", LineText: `    "password": "hidden-in-test",`, Line: 40, Fingerprint: fp}) {
		t.Error("secret finding not matched after its line changed")
	}
	for _, f := range []Finding{
		{RuleID: "KR831", Path: "app/settings.py", Fingerprint: "s1:ffeeddccbbaa99887766554433221100"},
		{RuleID: "KR829", Path: "app/settings.py", Fingerprint: fp},
		{RuleID: "KR831", Path: "app/other.py", Fingerprint: fp},
	} {
		if b.Match(f) {
			t.Errorf("%s %s %s matched", f.RuleID, f.Path, f.Fingerprint)
		}
	}
}
