package cli

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

// TestRulesDoc keeps docs/rules.md in step with the rule definitions
// (go test ./internal/cli -run TestRulesDoc -update rewrites it).
func TestRulesDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "rules.md")
	want := RulesDoc(rules.All())
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("docs/rules.md is out of date: run go test ./internal/cli -run TestRulesDoc -update")
	}
}
