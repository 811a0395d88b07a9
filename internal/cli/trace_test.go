package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The trace project: a Flask view reads a query parameter, a helper in
// another module builds a command line from it, and a third module runs
// it through a shell. The finding's trace must show every step, in the
// order the data took, with each step's file and line.
var traceProject = map[string]string{
	"shop/__init__.py": "",
	"shop/views.py": `from flask import Flask, request

from . import reports

app = Flask(__name__)


@app.route("/report")
def report():
    month = request.args.get("month", "")
    return reports.monthly(month)
`,
	"shop/reports.py": `from .runner import run


def monthly(month):
    cmd = "make-report --month " + month
    return run(cmd)
`,
	"shop/runner.py": `import subprocess


def run(command):
    return subprocess.check_output(command, shell=True, text=True)
`,
}

// TestTraceGolden checks a three-module taint trace in every output
// format against testdata/trace.*; go test -run TestTraceGolden -update
// rewrites them.
func TestTraceGolden(t *testing.T) {
	inTempDir(t)
	for name, text := range traceProject {
		write(t, ".", name, text)
	}
	for _, format := range []string{"text", "json", "sarif", "github", "bandit-json"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := run("scan", "--select", "KR602", "--format", format, "shop")
			if code != exitFindings {
				t.Fatalf("exit %d, want %d: %s", code, exitFindings, errOut)
			}
			out = stabilise(out)
			for _, step := range []string{"views.py", "reports.py", "runner.py"} {
				if !strings.Contains(out, step) && format != "bandit-json" {
					t.Errorf("%s: the trace does not name %s", format, step)
				}
			}
			golden := filepath.Join(goldenDir(t), "trace."+strings.ReplaceAll(format, "-", "_")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -run TestTraceGolden -update writes it)", err)
			}
			if out != string(want) {
				t.Errorf("%s output differs from %s (go test -run TestTraceGolden -update rewrites it):\n%s", format, golden, out)
			}
		})
	}
}

// stabilise removes what changes from run to run: timestamps in
// bandit-json ("generated_at").
func stabilise(s string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.Contains(line, `"generated_at"`) {
			line = `  "generated_at": "<time>",` + "\n"
		}
		b.WriteString(line)
	}
	return b.String()
}

var testdataDir string

func init() {
	wd, err := os.Getwd()
	if err == nil {
		testdataDir = filepath.Join(wd, "testdata")
	}
}

// goldenDir is the package's testdata directory (the tests run in a
// temporary directory).
func goldenDir(t *testing.T) string {
	t.Helper()
	if err := os.MkdirAll(testdataDir, 0o755); err != nil {
		t.Fatal(err)
	}
	return testdataDir
}
