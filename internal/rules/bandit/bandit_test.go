package bandit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
)

// TestRules runs every rule over its testdata directory.
func TestRules(t *testing.T) {
	for _, r := range Rules() {
		t.Run(r.ID, func(t *testing.T) {
			dir := filepath.Join("testdata", r.ID)
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("rule %s has no testdata: %v", r.ID, err)
			}
			analysistest.Run(t, dir, []*analysis.Rule{r}, nil)
		})
	}
}

// TestOptions runs the rules with options set as a configuration would.
func TestOptions(t *testing.T) {
	tests := []struct {
		name string
		rule *analysis.Rule
		opts any
		src  string
	}{
		{"B101 skips", B101, &B101Options{Skips: []string{"*/test_*.py"}},
			"assert x\n"}, // the file name is "x/test_opts.py": skipped
		{"B108 tmp_dirs", B108, &B108Options{TmpDirs: []string{"/scratch"}},
			"a = '/scratch/x'  # want: B108\nb = '/tmp/x'\n"},
		{"B110 check_typed_exception", B110, &ExceptOptions{CheckTypedException: true},
			"try:\n    a()\nexcept ValueError:  # want: B110\n    pass\n"},
		{"B112 check_typed_exception", B112, &ExceptOptions{CheckTypedException: true},
			"for i in x:\n    try:\n        a()\n    except KeyError:  # want: B112\n        continue\n"},
		{"B602 subprocess list", B602, &ShellOptions{Subprocess: []string{"mylib.run"}},
			"import mylib, subprocess\nmylib.run(cmd, shell=True)  # want: B602(high/high)\nsubprocess.run(cmd, shell=True)\n"},
		{"B605 shell list", B605, &ShellOptions{Shell: []string{"mylib.sh"}},
			"import mylib, os\nmylib.sh(cmd)  # want: B605\nos.system(cmd)\n"},
		{"B606 no_shell list", B606, &ShellOptions{NoShell: []string{"mylib.spawn"}},
			"import mylib\nmylib.spawn(cmd)  # want: B606\n"},
		{"B607 all lists", B607, &ShellOptions{Shell: []string{"mylib.sh"}},
			"import mylib, os\nmylib.sh('ls')  # want: B607\nos.system('ls')\n"},
		{"B502 bad versions", B502, &SSLOptions{BadProtocolVersions: []string{"PROTOCOL_TLSv1_2"}},
			"import ssl\nssl.wrap_socket(ssl_version=ssl.PROTOCOL_TLSv1_2)  # want: B502\nssl.wrap_socket(ssl_version=ssl.PROTOCOL_SSLv2)\n"},
		{"B505 thresholds", B505, &B505Options{DSAHigh: 1024, DSAMedium: 2048, RSAHigh: 2048, RSAMedium: 4096, ECHigh: 160, ECMedium: 224},
			"from cryptography.hazmat.primitives.asymmetric import rsa\nrsa.generate_private_key(65537, 2048)  # want: B505(medium/high)\nrsa.generate_private_key(65537, 1024)  # want: B505(high/high)\n"},
		{"B704 extend_markup_names and allowed_calls", B704, &B704Options{ExtendMarkupNames: []string{"webhelpers.html.literal"}, AllowedCalls: []string{"bleach.clean"}},
			"import bleach\nfrom markupsafe import Markup\nfrom webhelpers.html import literal\nliteral(x)  # want: B704\nMarkup(bleach.clean(x))\nMarkup(other(x))  # want: B704\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			analysistest.RunSource(t, "x/test_opts.py", tt.src, []*analysis.Rule{tt.rule}, map[string]any{tt.rule.ID: tt.opts})
		})
	}
}
