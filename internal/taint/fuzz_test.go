package taint_test

import (
	"os"
	"path/filepath"
	"testing"

	rulestaint "github.com/krait-dev/krait/internal/rules/taint"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/internal/taint"
	"github.com/krait-dev/krait/python/parser"
)

// FuzzAnalyse builds the IR of arbitrary Python modules and solves them
// as a project with the default models: whatever parses must neither
// panic nor hang in the taint analysis. The seeds are the parser's golden
// inputs (every syntax form) and the corpus's modules.
func FuzzAnalyse(f *testing.F) {
	for _, glob := range []string{"../../python/parser/testdata/golden/*.py", "testdata/projects/*/*/*.py", "testdata/heldout/*/*/*.py"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil && len(data) < 1<<15 {
				f.Add(data)
			}
		}
	}
	models := taint.DefaultModels()
	rules := rulestaint.ByClass()
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<15 {
			return
		}
		file, err := parser.ParseFile("app/views.py", src)
		if err != nil {
			return
		}
		m := semantic.New(file, "app.views", false)
		mod := taint.Build("app/views.py", file, m, models)
		p := taint.NewProject(models, []*taint.Module{mod})
		_ = taint.Findings(p.Solve(), rules)
	})
}
