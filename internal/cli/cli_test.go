package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = Run(banditSet(args), &o, &e)
	return code, o.String(), e.String()
}

// banditSet adds --extend-select B to a scan that selects nothing: the
// end-to-end tests exercise output, suppression and configuration with
// Bandit's checks (B602 above all), which the default set leaves to the
// taint rules; TestScanDefaultSet checks the default set itself.
func banditSet(args []string) []string {
	if len(args) == 0 || args[0] != "scan" || plainSet {
		return args
	}
	for _, a := range args {
		if strings.HasPrefix(a, "--select") {
			return args
		}
	}
	return append([]string{"scan", "--extend-select", "B"}, args[1:]...)
}

// plainSet turns banditSet off, for tests of selection by configuration.
var plainSet bool

// TestScanDefaultSet checks that the default rule set prefers the taint
// rule to the Bandit check it covers, and that --select B gives Bandit's.
func TestScanDefaultSet(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "app.py", "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n"+
		"@app.route('/ping')\ndef ping():\n    subprocess.run('ping ' + request.args['h'], shell=True)\n"+
		"    subprocess.run('ls -l', shell=True)\n")
	var o, e bytes.Buffer
	code := Run([]string{"scan", "--format", "json", dir}, &o, &e)
	out := o.String()
	if code != 1 || !strings.Contains(out, `"KR602"`) || strings.Contains(out, `"B602"`) {
		t.Errorf("default set: exit %d, want KR602 and no B602:\n%s%s", code, out, e.String())
	}
	o.Reset()
	code = Run([]string{"scan", "--format", "json", "--select", "B", dir}, &o, &e)
	out = o.String()
	if code != 1 || strings.Count(out, `"rule_id": "B602"`) != 2 || strings.Contains(out, `"KR602"`) {
		t.Errorf("--select B: exit %d, want B602 twice and no KR602:\n%s", code, out)
	}
}

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDebugAST(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.py", "x = []\n")
	bad := write(t, dir, "bad.py", "x = (\n")

	code, out, errOut := run("debug", "ast", good)
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("good: code %d\nstdout %q\nstderr %q", code, out, errOut)
	}
	// The 3.12 format shows empty lists.
	if _, out, _ := run("debug", "ast", "--dump-version", "3.12", good); !strings.Contains(out, "List(elts=[], ctx=Load()") || !strings.Contains(out, "type_ignores=[]") {
		t.Errorf("3.12 dump: %s", out)
	}
	code, out, errOut = run("debug", "ast", bad)
	if code != 1 || out != "" || errOut != bad+":1:5: SyntaxError: '(' was never closed\n" {
		t.Errorf("bad: code %d stdout %q stderr %q", code, out, errOut)
	}
	if code, _, errOut := run("debug", "ast", filepath.Join(dir, "missing.py")); code != 2 || !strings.Contains(errOut, "missing.py") {
		t.Errorf("missing file: code %d stderr %q", code, errOut)
	}
	if code, _, _ := run("debug", "ast"); code != 2 {
		t.Errorf("no file: code %d", code)
	}
	if code, _, _ := run("debug", "ast", "--dump-version", "2.7", good); code != 2 {
		t.Errorf("bad version: code %d", code)
	}
}

func TestDebugParse(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.py", "import os\n")
	write(t, dir, "pkg/b.pyi", "def f() -> int: ...\n")
	write(t, dir, "pkg/c.pyw", "if x:\n\tpass\n        pass\n")
	write(t, dir, "notes.txt", "not python (\n")

	code, out, errOut := run("debug", "parse", "--jobs", "2", dir)
	if code != 1 {
		t.Errorf("code %d, want 1", code)
	}
	if !strings.HasSuffix(out, "3 files, 55 bytes, 1 errors\n") {
		t.Errorf("stdout %q", out)
	}
	wantErr := filepath.Join(dir, "pkg/c.pyw") + ":3:1: TabError: inconsistent use of tabs and spaces in indentation\n"
	if errOut != wantErr {
		t.Errorf("stderr %q, want %q", errOut, wantErr)
	}

	clean := t.TempDir()
	write(t, clean, "ok.py", "pass\n")
	if code, out, _ := run("debug", "parse", clean); code != 0 || out != "1 files, 5 bytes, 0 errors\n" {
		t.Errorf("clean: code %d stdout %q", code, out)
	}
	if code, _, errOut := run("debug", "parse", filepath.Join(clean, "nope")); code != 2 || errOut == "" {
		t.Errorf("missing path: code %d stderr %q", code, errOut)
	}
}

func TestUsage(t *testing.T) {
	// No arguments scans the working directory (this package's, which
	// has no Python files).
	if code, out, errOut := run(); code != 0 || errOut != "" || !strings.Contains(out, "0 files") {
		t.Errorf("no args: %d %q %q", code, out, errOut)
	}
	if code, _, _ := run("frobnicate"); code != 2 {
		t.Errorf("unknown command: %d", code)
	}
	if code, out, _ := run("--help"); code != 0 || !strings.Contains(out, "debug ast") {
		t.Errorf("help: %d %q", code, out)
	}
}
