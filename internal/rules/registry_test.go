package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/krait-dev/krait/python/ast"
)

// TestCatalogue checks every rule's metadata: the catalogue is where
// docs, "krait rules", "krait explain" and SARIF descriptors come from.
func TestCatalogue(t *testing.T) {
	idRe := regexp.MustCompile(`^(B[1-7][0-9]{2}|KR[1-9][0-9]{2})$`)
	nameRe := regexp.MustCompile(`^[a-z][A-Za-z0-9_]*$`) // Bandit spells two with capitals (xml_bad_ElementTree)
	seen := map[string]bool{}
	names := map[string]string{}
	prev := ""
	for _, r := range All() {
		if !idRe.MatchString(r.ID) {
			t.Errorf("%s: malformed id", r.ID)
		}
		if seen[r.ID] {
			t.Errorf("%s: duplicate id", r.ID)
		}
		seen[r.ID] = true
		if r.ID < prev {
			t.Errorf("%s: registry not sorted (after %s)", r.ID, prev)
		}
		prev = r.ID
		if !nameRe.MatchString(r.Name) {
			t.Errorf("%s: malformed name %q", r.ID, r.Name)
		}
		if other, ok := names[r.Name]; ok {
			t.Errorf("%s: name %q also used by %s", r.ID, r.Name, other)
		}
		names[r.Name] = r.ID
		if r.Title == "" || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title %q missing or ends with a period", r.ID, r.Title)
		}
		if len(r.Why) < 40 || r.Bad == "" || r.Good == "" {
			t.Errorf("%s: documentation incomplete (why %d chars, bad %d, good %d)", r.ID, len(r.Why), len(r.Bad), len(r.Good))
		}
		if r.CWE <= 0 {
			t.Errorf("%s: no CWE", r.ID)
		}
		if r.Severity == 0 || r.Confidence == 0 {
			t.Errorf("%s: no default severity or confidence", r.ID)
		}
		if len(r.Kinds) == 0 || r.Run == nil {
			t.Errorf("%s: visits nothing", r.ID)
		}
		for _, k := range r.Kinds {
			if k == ast.InvalidKind || k >= ast.NumKinds {
				t.Errorf("%s: invalid node kind %d", r.ID, k)
			}
		}
		if !hasTestdata(r.ID) {
			t.Errorf("%s: no testdata directory with a .py file", r.ID)
		}
	}
}

func hasTestdata(id string) bool {
	dirs, _ := filepath.Glob(filepath.Join("*", "testdata", id))
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(d, "*.py"))
		if len(files) > 0 {
			return true
		}
	}
	_, err := os.Stat(filepath.Join("testdata", id))
	return err == nil
}

func TestSelect(t *testing.T) {
	ids := func(sel Selection) string {
		rs, err := Select(sel)
		if err != nil {
			return "error: " + err.Error()
		}
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return strings.Join(out, " ")
	}
	if got := ids(Selection{Select: []string{"S101"}}); got != "B101" {
		t.Errorf("S101 alias: %q", got)
	}
	if got := ids(Selection{Select: []string{"B"}, Ignore: []string{"B1"}}); strings.Contains(got, "B101") {
		t.Errorf("ignore B1: %q", got)
	}
	if got := ids(Selection{Select: []string{"B101"}, Ignore: []string{"B1"}}); got != "B101" {
		t.Errorf("the more specific select wins: %q", got)
	}
	if got := ids(Selection{Select: []string{"B999"}}); !strings.HasPrefix(got, "error:") {
		t.Errorf("unknown prefix accepted: %q", got)
	}
	if got := ids(Selection{Select: []string{"ALL"}}); got == "" {
		t.Error("ALL selects nothing")
	}
}

func TestResolve(t *testing.T) {
	for word, want := range map[string]string{
		"B602": "B602", "b602": "B602", "S602": "B602", "assert_used": "B101",
		"snmp_crypto_check": "B509", "import_pickle": "B403", "blacklist": "B001",
		"B999": "", "reviewed": "",
	} {
		if got := Resolve(word); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", word, got, want)
		}
	}
}
