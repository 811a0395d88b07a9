package framework

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/crypto"
	"github.com/krait-dev/krait/internal/rules/exposure"
	"github.com/krait-dev/krait/internal/rules/internal/ruletest"
)

// projects are the sample applications under testdata/projects, each in
// a weak (<name>_weak) and a hardened (<name>_hardened) variant, with the
// rules that apply to them: every one must report on the weak variant,
// and none may report on the hardened one.
var projects = []struct {
	name  string
	rules []string
}{
	{"django", []string{
		"KR101", "KR103", "KR104",
		"KR201", "KR202", "KR203", "KR204", "KR205", "KR206", "KR207", "KR208", "KR209", "KR210", "KR211",
		"KR212", "KR213", "KR214", "KR223", "KR224",
		"KR501", "KR502", "KR503", "KR509", "KR510", "KR511",
	}},
	{"flask", []string{
		"KR101", "KR102", "KR103", "KR104",
		"KR220", "KR221", "KR222", "KR223", "KR224",
		"KR501", "KR502", "KR504", "KR505", "KR507", "KR508", "KR512", "KR513",
	}},
	{"fastapi", []string{
		"KR101", "KR102", "KR103", "KR104",
		"KR223", "KR224", "KR225",
		"KR503", "KR506", "KR509", "KR510", "KR511", "KR512",
	}},
}

// TestProjects runs the KR1xx, KR2xx and KR5xx rules together over whole
// projects, with their files at their paths in the project (settings
// packages, views, entry points). The weak variants' findings are checked
// against their # want annotations, which must name every rule listed for
// the project; the hardened variants have no annotations, so that any
// finding there fails.
func TestProjects(t *testing.T) {
	var rules []*analysis.Rule
	rules = append(rules, exposure.Rules()...)
	rules = append(rules, Rules()...)
	rules = append(rules, crypto.Rules()...)
	for _, p := range projects {
		t.Run(p.name, func(t *testing.T) {
			weak := filepath.Join("testdata", "projects", p.name+"_weak")
			hardened := filepath.Join("testdata", "projects", p.name+"_hardened")
			for _, dir := range []string{weak, hardened} {
				if _, err := os.Stat(dir); err != nil {
					t.Fatal(err)
				}
			}
			t.Run("weak", func(t *testing.T) {
				if ruletest.Tree(t, weak, rules) < 3 {
					t.Errorf("%s: fewer than 3 files", weak)
				}
				wanted := ruletest.Wanted(t, weak)
				listed := map[string]bool{}
				for _, id := range p.rules {
					listed[id] = true
					if wanted[id] == 0 {
						t.Errorf("%s: no finding of %s expected", weak, id)
					}
				}
				var extra []string
				for id := range wanted {
					if !listed[id] {
						extra = append(extra, id)
					}
				}
				sort.Strings(extra)
				if len(extra) > 0 {
					t.Errorf("%s: expects %s, not listed for the project", weak, strings.Join(extra, " "))
				}
			})
			t.Run("hardened", func(t *testing.T) {
				if w := ruletest.Wanted(t, hardened); len(w) > 0 {
					t.Fatalf("%s: hardened project with # want annotations: %v", hardened, w)
				}
				if ruletest.Tree(t, hardened, rules) < 3 {
					t.Errorf("%s: fewer than 3 files", hardened)
				}
			})
		})
	}
}
