package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B108Options are B108's options.
type B108Options struct {
	// TmpDirs are the prefixes of shared temporary directories.
	TmpDirs []string `toml:"tmp_dirs"`
}

// B108 reports string literals naming a path in a shared temporary
// directory.
var B108 = &analysis.Rule{
	ID:    "B108",
	Name:  "hardcoded_tmp_directory",
	Title: "Hardcoded path in a shared temporary directory",
	Why: "Every user of the machine can create files in /tmp. A program that opens a fixed name there can be made " +
		"to follow a symlink planted by another user, or to read a file that user controls.",
	Bad:        "with open(\"/tmp/report.csv\", \"w\") as f:\n    f.write(data)",
	Good:       "import tempfile\nwith tempfile.NamedTemporaryFile(\"w\", suffix=\".csv\") as f:\n    f.write(data)",
	Notes:      "Option tmp_dirs (default /tmp, /var/tmp, /dev/shm) lists the prefixes. Every string literal starting with one is reported, as in Bandit.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        377,
	Since:      "0.1.0",
	Default:    true,
	Options:    &B108Options{TmpDirs: []string{"/tmp", "/var/tmp", "/dev/shm"}},
	Kinds:      []ast.Kind{ast.ConstantKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c, ok := strNode(p, n)
		if !ok {
			return nil
		}
		for _, d := range p.Options.(*B108Options).TmpDirs {
			if strings.HasPrefix(c.Value.Str, d) {
				reportStr(p, c, "Probable insecure usage of temp file/directory.")
				return nil
			}
		}
		return nil
	},
}
