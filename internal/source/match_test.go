package source

import (
	"path/filepath"
	"testing"
)

func TestMatcher(t *testing.T) {
	base := t.TempDir()
	m := NewMatcher([]string{"tests/**", "conftest.py", "*_test.py", "scripts/"}, base)
	for path, want := range map[string]bool{
		"tests/test_a.py":     true,
		"tests/sub/deep.py":   true,
		"pkg/conftest.py":     true,
		"pkg/mod_test.py":     true,
		"scripts/run.py":      true,
		"pkg/scripts/run.py":  true,
		"pkg/mod.py":          false,
		"pkg/tests_helper.py": false,
		"src/scripts.py":      false,
		"other/tests/x.py":    false,
	} {
		if got := m.Match(filepath.Join(base, path)); got != want {
			t.Errorf("Match(%q) = %v, want %v", path, got, want)
		}
	}
}
