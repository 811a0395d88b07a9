package rules

import (
	"io/fs"
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
		// A rule without Kinds and Run names findings another phase
		// produces (KR901: the dependency audit, tested in internal/cli);
		// it has no testdata of its own.
		projectPhase := len(r.Kinds) == 0 && r.Run == nil
		if !projectPhase && (len(r.Kinds) == 0 || r.Run == nil) {
			t.Errorf("%s: Kinds and Run must be set together (kinds %d, run %v)", r.ID, len(r.Kinds), r.Run != nil)
		}
		for _, k := range r.Kinds {
			if k == ast.InvalidKind || k >= ast.NumKinds {
				t.Errorf("%s: invalid node kind %d", r.ID, k)
			}
		}
		if !projectPhase && !hasTestdata(r.ID) {
			t.Errorf("%s: no testdata directory with a .py file", r.ID)
		}
	}
}

func hasTestdata(id string) bool {
	dirs, _ := filepath.Glob(filepath.Join("*", "testdata", id))
	for _, d := range dirs {
		found := false
		filepath.WalkDir(d, func(path string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && strings.HasSuffix(path, ".py") {
				found = true
				return fs.SkipAll
			}
			return nil
		})
		if found {
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
	// KR901 has no Kinds (the dependency audit reports its findings) but
	// is selected like every rule.
	if got := ids(Selection{Select: []string{"KR9"}}); got != "KR901" {
		t.Errorf("KR9: %q", got)
	}
	if got := ids(Selection{Ignore: []string{"KR901"}}); strings.Contains(got, "KR901") || !strings.Contains(got, "B101") {
		t.Errorf("default set without KR901: %q", got)
	}
	if got := ids(Selection{}); !strings.Contains(got, "KR901") {
		t.Errorf("KR901 is not a default rule: %q", got)
	}
	if got := ids(Selection{Select: []string{"ALL"}}); got == "" {
		t.Error("ALL selects nothing")
	}
	// The default set prefers the taint rules to the Bandit checks they
	// cover; selecting B gives Bandit's behaviour.
	def := " " + ids(Selection{}) + " "
	bandit := " " + ids(Selection{Select: []string{"B"}}) + " "
	for _, pair := range [][2]string{{"B608", "KR601"}, {"B602", "KR602"}, {"B605", "KR602"}, {"B307", "KR603"},
		{"B102", "KR603"}, {"B301", "KR607"}, {"B506", "KR607"}, {"B703", "KR701"}} {
		if strings.Contains(def, " "+pair[0]+" ") || !strings.Contains(def, " "+pair[1]+" ") {
			t.Errorf("default set: want %s instead of %s", pair[1], pair[0])
		}
		if !strings.Contains(bandit, " "+pair[0]+" ") {
			t.Errorf("--select B lacks %s", pair[0])
		}
		if r := ByID(pair[0]); r == nil || !strings.Contains(r.Notes, pair[1]) {
			t.Errorf("%s: notes do not name %s", pair[0], pair[1])
		}
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
