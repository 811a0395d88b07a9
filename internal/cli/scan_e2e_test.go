package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// inTempDir makes a new temporary directory the working directory, so
// that the scans can name their paths relative to it, and returns it.
func inTempDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	return dir
}

// mixedPy has one finding of each severity and confidence.
const mixedPy = `import requests
import subprocess


def f(x, cmd, url):
    assert x
    subprocess.call(cmd, shell=True)
    open("/tmp/krait-cache")
    requests.get(url)
`

// The findings of mixedPy, as where() names them.
const (
	mixedB404 = "B404 mixed.py:2" // low, high
	mixedB101 = "B101 mixed.py:6" // low, high
	mixedB602 = "B602 mixed.py:7" // high, high
	mixedB108 = "B108 mixed.py:8" // medium, medium
	mixedB113 = "B113 mixed.py:9" // medium, low
)

func TestScanSelectIgnore(t *testing.T) {
	inTempDir(t)
	write(t, ".", "mixed.py", mixedPy)
	all := []string{mixedB404, mixedB101, mixedB602, mixedB108, mixedB113}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{nil, all},
		{[]string{"--select", "ALL"}, all},
		{[]string{"--select", "B6"}, []string{mixedB602}},
		{[]string{"--select", "S602"}, []string{mixedB602}},
		{[]string{"--select", "s602"}, []string{mixedB602}},
		{[]string{"--select", "B1", "--ignore", "S101"}, []string{mixedB108, mixedB113}},
		{[]string{"--select", "B", "--ignore", "B6"}, []string{mixedB404, mixedB101, mixedB108, mixedB113}},
		{[]string{"--select", "B6", "--extend-select", "S101"}, []string{mixedB602, mixedB101}},
		{[]string{"--ignore", "B1,S4"}, []string{mixedB602}},
		{[]string{"--ignore", "B1", "--ignore", "B4"}, []string{mixedB602}},
		// The most specific prefix wins, as in Ruff.
		{[]string{"--select", "B602", "--ignore", "B6"}, []string{mixedB602}},
		{[]string{"--select", "S1,S6", "--ignore", "B10"}, []string{mixedB602, mixedB113}},
	} {
		_, rep, _ := scanJSON(t, append(tc.args, ".")...)
		expectFindings(t, strings.Join(tc.args, " "), rep, tc.want...)
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.RuleID, "S") {
				t.Errorf("%v: finding with Ruff's id %s, want Bandit's", tc.args, f.RuleID)
			}
		}
	}

	// The command line replaces the configuration's selection.
	plainSet = true
	defer func() { plainSet = false }()
	write(t, ".", "krait.toml", "select = [\"B1\"]\n")
	_, rep, _ := scanJSON(t, ".")
	expectFindings(t, "config select B1", rep, mixedB101, mixedB108, mixedB113)
	_, rep, _ = scanJSON(t, "--select", "S6", ".")
	expectFindings(t, "config select B1, --select S6", rep, mixedB602)
	_, rep, _ = scanJSON(t, "--extend-select", "B602", ".")
	expectFindings(t, "config select B1, --extend-select B602", rep, mixedB101, mixedB108, mixedB113, mixedB602)
	os.Remove("krait.toml")

	for _, args := range [][]string{
		{"--select", "B999"}, {"--select", "S999"}, {"--select", "XYZ"}, {"--ignore", "B999"},
		{"--extend-select", "KR999"}, {"--select", ""},
	} {
		code, out, errOut := run(append(append([]string{"scan"}, args...), ".")...)
		if code != exitError || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and a message", args, code, out, errOut)
		}
		if id := args[1]; id != "" && !strings.Contains(errOut, id) {
			t.Errorf("%v: stderr %q does not name %s", args, errOut, id)
		}
	}
}

func TestScanThresholds(t *testing.T) {
	inTempDir(t)
	write(t, ".", "mixed.py", mixedPy)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--severity", "low"}, []string{mixedB404, mixedB101, mixedB602, mixedB108, mixedB113}},
		{[]string{"--severity", "medium"}, []string{mixedB602, mixedB108, mixedB113}},
		{[]string{"--severity", "HIGH"}, []string{mixedB602}},
		{[]string{"--confidence", "medium"}, []string{mixedB404, mixedB101, mixedB602, mixedB108}},
		{[]string{"--confidence", "high"}, []string{mixedB404, mixedB101, mixedB602}},
		{[]string{"--severity", "medium", "--confidence", "medium"}, []string{mixedB602, mixedB108}},
	} {
		_, rep, _ := scanJSON(t, append(tc.args, ".")...)
		expectFindings(t, strings.Join(tc.args, " "), rep, tc.want...)
	}

	// The configuration sets the thresholds; the command line overrides them.
	write(t, ".", "krait.toml", "severity = \"high\"\n")
	_, rep, _ := scanJSON(t, ".")
	expectFindings(t, "config severity high", rep, mixedB602)
	_, rep, _ = scanJSON(t, "--severity", "medium", ".")
	expectFindings(t, "config severity high, --severity medium", rep, mixedB602, mixedB108, mixedB113)
	os.Remove("krait.toml")

	for _, args := range [][]string{{"--severity", "hihg"}, {"--confidence", "none"}, {"--fail-on", "critical"}} {
		code, out, errOut := run("scan", args[0], args[1], ".")
		if code != exitError || out != "" || !strings.Contains(errOut, args[0]) || !strings.Contains(errOut, args[1]) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 naming the flag and value", args, code, out, errOut)
		}
	}
}

func TestScanFailOn(t *testing.T) {
	inTempDir(t)
	write(t, ".", "low.py", "def f(x):\n    assert x\n")
	for _, tc := range []struct {
		args []string
		code int
	}{
		{nil, 1},
		{[]string{"--fail-on", "low"}, 1},
		{[]string{"--fail-on", "medium"}, 0},
		{[]string{"--fail-on", "high"}, 0},
		{[]string{"--severity", "medium"}, 0}, // nothing reported
	} {
		code, out, errOut := run(append(append([]string{"scan"}, tc.args...), ".")...)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d\nstderr: %s", tc.args, code, tc.code, errOut)
		}
		// --fail-on changes the exit code, not what is reported.
		if reportedNow := strings.Contains(out, "low.py:2:5: B101"); reportedNow != !slices.Contains(tc.args, "--severity") {
			t.Errorf("%v: B101 reported = %v:\n%s", tc.args, reportedNow, out)
		}
	}
	write(t, ".", "medium.py", "open(\"/tmp/x\")\n")
	if code, _, _ := run("scan", "--fail-on", "medium", "."); code != exitFindings {
		t.Errorf("--fail-on medium with a medium finding: exit %d, want 1", code)
	}
	if code, _, _ := run("scan", "--fail-on", "high", "."); code != exitOK {
		t.Errorf("--fail-on high with medium and low findings: exit %d, want 0", code)
	}
	write(t, ".", "krait.toml", "fail-on = \"high\"\n")
	if code, _, _ := run("scan", "."); code != exitOK {
		t.Errorf("fail-on = high in krait.toml: exit %d, want 0", code)
	}
	if code, _, _ := run("scan", "--fail-on", "low", "."); code != exitFindings {
		t.Errorf("fail-on = high in krait.toml, --fail-on low: exit %d, want 1", code)
	}
}

func TestScanExitZero(t *testing.T) {
	inTempDir(t)
	write(t, ".", "shell.py", shellPy)
	code, out, _ := run("scan", "--exit-zero", ".")
	if code != exitOK || !strings.Contains(out, "shell.py:5:") {
		t.Errorf("--exit-zero with findings: exit %d, want 0 with the findings shown:\n%s", code, out)
	}
	// A file that cannot be parsed keeps the scan incomplete.
	write(t, ".", "broken.py", "def f(:\n")
	code, out, _ = run("scan", "--exit-zero", ".")
	if code != exitFindings || !strings.Contains(out, "broken.py:1:7: error: SyntaxError") {
		t.Errorf("--exit-zero with a syntax error: exit %d, want 1 with the error shown:\n%s", code, out)
	}
	if code, _, _ := run("scan", "--exit-zero", "--format", "json", "broken.py"); code != exitFindings {
		t.Errorf("--exit-zero, only a syntax error: exit %d, want 1", code)
	}
}

// shellPy has a B404 on line 1 and a B602 on line 5.
const shellPy = "import subprocess\n\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n"

func TestScanOutputFile(t *testing.T) {
	inTempDir(t)
	write(t, ".", "src/shell.py", shellPy)
	code, out, errOut := run("scan", "--format", "json", "--output", "report.json", "src")
	if code != exitFindings || out != "" {
		t.Errorf("--output: exit %d, stdout %q; want 1 and nothing on stdout", code, out)
	}
	if !strings.Contains(errOut, "report.json") {
		t.Errorf("--output: stderr %q does not name the report", errOut)
	}
	data, err := os.ReadFile("report.json")
	if err != nil {
		t.Fatal(err)
	}
	expectFindings(t, "report.json", decodeJSONReport(t, string(data)), "B404 src/shell.py:1", "B602 src/shell.py:5")

	code, out, errOut = run("scan", "-q", "-o", "report.txt", "src")
	if code != exitFindings || out != "" || errOut != "" {
		t.Errorf("-q -o: exit %d, stdout %q, stderr %q; want 1 and no output", code, out, errOut)
	}
	if data, err := os.ReadFile("report.txt"); err != nil || !strings.Contains(string(data), "src/shell.py:5:") {
		t.Errorf("report.txt: %v\n%s", err, data)
	}
	if entries, _ := os.ReadDir("."); len(entries) != 3 {
		t.Errorf("files left next to the reports: %v", entries)
	}
	code, out, errOut = run("scan", "--format", "sarif", "--output", filepath.Join("missing", "report.sarif"), "src")
	if code != exitError || out != "" || !strings.Contains(errOut, "report.sarif") {
		t.Errorf("--output in a missing directory: exit %d, stdout %q, stderr %q; want 2 naming the file", code, out, errOut)
	}
}

func TestScanBaseline(t *testing.T) {
	dir := inTempDir(t)
	write(t, ".", "proj/app.py", shellPy)
	code, _, errOut := run("scan", "--select", "B602", "--write-baseline", "proj/baseline.json", "proj")
	if code == exitError {
		t.Fatalf("--write-baseline: exit %d: %s", code, errOut)
	}
	var bf struct {
		Findings []map[string]any `json:"findings"`
	}
	if data, err := os.ReadFile("proj/baseline.json"); err != nil || json.Unmarshal(data, &bf) != nil || len(bf.Findings) != 1 {
		t.Fatalf("baseline: %v\n%s", err, data)
	}

	// Lines inserted above move the finding; it stays in the baseline.
	write(t, ".", "proj/app.py", "# a\n# b\n# c\n"+shellPy)
	code, rep, _ := scanJSON(t, "--select", "B602", "--baseline", "proj/baseline.json", "proj")
	f := findingOf(rep, "B602", "proj/app.py", 8)
	if code != exitOK || f == nil || !f.Suppressed || f.SuppressedBy == nil || *f.SuppressedBy != "baseline" || rep.Summary.Suppressed != 1 {
		t.Errorf("moved finding: exit %d, findings %v, summary %+v; want 0 and B602 proj/app.py:8 suppressed by baseline", code, reported(rep, true), rep.Summary)
	}

	// A new finding is reported.
	write(t, ".", "proj/app.py", "# a\n# b\n# c\n"+shellPy+"\n\ndef run2(cmd):\n    subprocess.Popen(cmd, shell=True)\n")
	code, rep, _ = scanJSON(t, "--select", "B602", "--baseline", "proj/baseline.json", "proj")
	if want := []string{"B602 proj/app.py:8 (suppressed)", "B602 proj/app.py:12"}; code != exitFindings || !slices.Equal(reported(rep, true), want) {
		t.Errorf("new finding: exit %d, findings %v; want 1 and %v", code, reported(rep, true), want)
	}

	// The baseline's paths are relative to it: it works from elsewhere.
	t.Chdir(filepath.Join(dir, "proj"))
	_, rep, _ = scanJSON(t, "--select", "B602", "--baseline", "baseline.json", ".")
	if want := []string{"B602 app.py:8 (suppressed)", "B602 app.py:12"}; !slices.Equal(reported(rep, true), want) {
		t.Errorf("from proj/: findings %v, want %v", reported(rep, true), want)
	}

	if code, _, errOut := run("scan", "--baseline", "missing.json", "."); code != exitError || !strings.Contains(errOut, "missing.json") {
		t.Errorf("missing baseline: exit %d, stderr %q; want 2 naming it", code, errOut)
	}
	write(t, ".", "garbage.json", "{not json")
	if code, _, errOut := run("scan", "--baseline", "garbage.json", "."); code != exitError || !strings.Contains(errOut, "garbage.json") {
		t.Errorf("invalid baseline: exit %d, stderr %q; want 2 naming it", code, errOut)
	}
}

// TestScanBaselineUpdate rewrites a baseline in place, the way a project
// accepts its current findings: the new baseline must cover every finding,
// those the old one matched included.
func TestScanBaselineUpdate(t *testing.T) {
	inTempDir(t)
	write(t, ".", "app.py", "import subprocess\nsubprocess.call(a, shell=True)\n")
	run("scan", "--select", "B602", "--write-baseline", "baseline.json", ".")
	write(t, ".", "app.py", "import subprocess\nsubprocess.call(a, shell=True)\nsubprocess.call(b, shell=True)\n")
	run("scan", "--select", "B602", "--baseline", "baseline.json", "--write-baseline", "baseline.json", ".")
	code, rep, _ := scanJSON(t, "--select", "B602", "--baseline", "baseline.json", ".")
	if got := reported(rep, false); code != exitOK || len(got) != 0 {
		data, _ := os.ReadFile("baseline.json")
		t.Errorf("after --baseline F --write-baseline F: exit %d, unsuppressed %v; want 0 and none\nbaseline.json: %s", code, got, data)
	}
}

func TestScanSuppressionComments(t *testing.T) {
	inTempDir(t)
	write(t, ".", "a.py", `import subprocess  # nosec B404
subprocess.call(a, shell=True)  # nosec
subprocess.call(b, shell=True)  # nosec B602
subprocess.call(c, shell=True)  # noqa: S602
subprocess.call(d, shell=True)  # nosec B101
subprocess.call(e, shell=True)
`)
	code, rep, _ := scanJSON(t, ".")
	want := []string{
		"B404 a.py:1 (suppressed)", "B602 a.py:2 (suppressed)", "B602 a.py:3 (suppressed)",
		"B602 a.py:4 (suppressed)", "B602 a.py:5", "B602 a.py:6",
	}
	if got := reported(rep, true); code != exitFindings || !slices.Equal(got, want) {
		t.Errorf("findings %v (exit %d), want %v (exit 1)", got, code, want)
	}
	for line, by := range map[int]string{1: "# nosec B404", 2: "# nosec", 3: "# nosec B602", 4: "# noqa: S602"} {
		rule := "B602"
		if line == 1 {
			rule = "B404"
		}
		if f := findingOf(rep, rule, "a.py", line); f == nil || f.SuppressedBy == nil || *f.SuppressedBy != by {
			t.Errorf("line %d: want suppressed_by %q, got %+v", line, by, f)
		}
	}
	for _, f := range rep.Findings {
		if !f.Suppressed && f.SuppressedBy != nil {
			t.Errorf("%s: suppressed_by %q on a finding that is not suppressed", f.where(), *f.SuppressedBy)
		}
	}
	if rep.Summary.Suppressed != 4 || rep.Summary.Findings != 2 {
		t.Errorf("summary %+v, want 2 findings and 4 suppressed", rep.Summary)
	}

	_, rep, _ = scanJSON(t, "--ignore-nosec", ".")
	if got := reported(rep, true); len(got) != 6 || rep.Summary.Suppressed != 0 {
		t.Errorf("--ignore-nosec: findings %v, summary %+v; want all 6 unsuppressed", got, rep.Summary)
	}

	// SARIF keeps them, as in-source suppressions.
	_, out, _ := run("scan", "--format", "sarif", ".")
	var log sarifFindings
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range log.Runs[0].Results {
		if len(r.Suppressions) == 1 && r.Suppressions[0].Kind == "inSource" {
			n++
		}
	}
	if len(log.Runs[0].Results) != 6 || n != 4 {
		t.Errorf("sarif: %d results, %d suppressed in source; want 6 and 4", len(log.Runs[0].Results), n)
	}

	// The text format hides them unless asked.
	_, out, _ = run("scan", ".")
	if strings.Contains(out, "a.py:2:") || !strings.Contains(out, "Suppressed: 4 (not shown; --show-suppressed lists them)") {
		t.Errorf("text shows suppressed findings or does not count them:\n%s", out)
	}
	_, out, _ = run("scan", "--show-suppressed", ".")
	for _, w := range []string{"a.py:2:", "(suppressed by # nosec)", "a.py:4:", "(suppressed by # noqa: S602)", "Suppressed: 4 (shown above)"} {
		if !strings.Contains(out, w) {
			t.Errorf("--show-suppressed: no %q in\n%s", w, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "a.py:6:") && strings.Contains(l, "suppressed") {
			t.Errorf("--show-suppressed marks an unsuppressed finding: %q", l)
		}
	}

	// Only suppressed findings: a clean exit.
	write(t, ".", "a.py", "import subprocess  # nosec\nsubprocess.call(x, shell=True)  # noqa: S602\n")
	if code, _, _ := run("scan", "."); code != exitOK {
		t.Errorf("only suppressed findings: exit %d, want 0", code)
	}
}

// sarifFindings is the part of a SARIF log that says which results are
// suppressed.
type sarifFindings struct {
	Runs []struct {
		Results []struct {
			RuleID       string `json:"ruleId"`
			Suppressions []struct {
				Kind          string `json:"kind"`
				Justification string `json:"justification"`
			} `json:"suppressions"`
		} `json:"results"`
	} `json:"runs"`
}

func TestScanPerFileIgnores(t *testing.T) {
	inTempDir(t)
	write(t, ".", "krait.toml", "[per-file-ignores]\n\"tests/*\" = [\"B101\"]\n\"scripts/*.py\" = [\"S6\"]\n")
	write(t, ".", "tests/test_a.py", "def test_a():\n    assert 1\n")
	write(t, ".", "src/m.py", "def f(x):\n    assert x\n")
	write(t, ".", "scripts/run.py", shellPy)
	code, rep, _ := scanJSON(t, ".")
	want := []string{
		"B404 scripts/run.py:1", "B602 scripts/run.py:5 (suppressed)", "B101 src/m.py:2", "B101 tests/test_a.py:2 (suppressed)",
	}
	if got := reported(rep, true); code != exitFindings || !slices.Equal(got, want) {
		t.Errorf("findings %v (exit %d), want %v (exit 1)", got, code, want)
	}
	for _, f := range rep.Findings {
		if f.Suppressed && (f.SuppressedBy == nil || !strings.Contains(*f.SuppressedBy, "per-file-ignores") || !strings.Contains(*f.SuppressedBy, "krait.toml:")) {
			t.Errorf("%s: suppressed_by %v, want per-file-ignores with the place in krait.toml", f.where(), f.SuppressedBy)
		}
	}
	// The globs are relative to the configuration, wherever the scan starts.
	t.Chdir("tests")
	_, rep, _ = scanJSON(t, ".")
	if got := reported(rep, true); !slices.Equal(got, []string{"B101 test_a.py:2 (suppressed)"}) {
		t.Errorf("from tests/: findings %v", got)
	}
}

func TestScanRuleOptions(t *testing.T) {
	inTempDir(t)
	write(t, ".", "tmp.py", "open(\"/tmp/a\")\nopen(\"/scratch/b\")\n")
	_, rep, _ := scanJSON(t, "--select", "B108", ".")
	expectFindings(t, "defaults", rep, "B108 tmp.py:1")

	write(t, ".", "pyproject.toml", "[project]\nname = \"demo\"\n\n[tool.krait.rules.B108]\ntmp_dirs = [\"/scratch\"]\n")
	_, rep, _ = scanJSON(t, "--select", "B108", ".")
	expectFindings(t, "tmp_dirs = [/scratch]", rep, "B108 tmp.py:2")

	write(t, ".", "pyproject.toml", "[tool.krait.rules.B108]\ntmp_dirs = \"/scratch\"\n")
	code, _, errOut := run("scan", "--select", "B108", ".")
	if code != exitError || !strings.Contains(errOut, "pyproject.toml:2:12: tool.krait.rules.B108.tmp_dirs: ") {
		t.Errorf("tmp_dirs as a string: exit %d, stderr %q; want 2 with its place and key", code, errOut)
	}
	write(t, ".", "pyproject.toml", "[tool.krait.rules.B108]\ntmp_dir = [\"/scratch\"]\n")
	code, _, errOut = run("scan", "--select", "B108", ".")
	if code != exitError || !strings.Contains(errOut, "pyproject.toml:2:1: tool.krait.rules.B108.tmp_dir: unknown key") || !strings.Contains(errOut, "tmp_dirs") {
		t.Errorf("misspelt option: exit %d, stderr %q; want 2 with its place, key and the right name", code, errOut)
	}
}

func TestScanStrictConfig(t *testing.T) {
	inTempDir(t)
	write(t, ".", "a.py", "assert x\n")
	for _, tc := range []struct {
		name, file, text string
		want             []string
	}{
		{"unknown key", "krait.toml", "select = [\"B6\"]\nbogus = 1\n", []string{"krait.toml:2:1: bogus: unknown key"}},
		{"misspelt key", ".krait.toml", "extend_select = [\"B6\"]\n", []string{".krait.toml:1:1: extend_select: unknown key", `did you mean "extend-select"`}},
		{"unknown rule", "krait.toml", "select = [\"B999\"]\n", []string{"krait.toml:1:11: select[0]: ", "B999"}},
		{"options of an unknown rule", "krait.toml", "[rules.B999]\nx = 1\n", []string{"krait.toml:1:8: rules.B999: ", "B999"}},
		{"wrong type", "krait.toml", "exclude = \"build\"\n", []string{"krait.toml:1:11: exclude: "}},
		{"pyproject", "pyproject.toml", "[tool.krait]\nselect = [\"B6\"]\n\n[tool.krait.per-file-ignores]\n\"tests/*\" = [\"B101\", 3]\n",
			[]string{"pyproject.toml:5:22: tool.krait.per-file-ignores.\"tests/*\"[1]: "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			write(t, ".", tc.file, tc.text)
			defer os.Remove(tc.file)
			code, out, errOut := run("scan", ".")
			if code != exitError || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and no report", code, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
			// --config names the same file, with the same result.
			code, _, errOut2 := run("scan", "--config", tc.file, ".")
			if code != exitError || !strings.Contains(errOut2, tc.want[0]) {
				t.Errorf("--config %s: exit %d, stderr %q", tc.file, code, errOut2)
			}
		})
	}
	if code, _, errOut := run("scan", "--config", "missing.toml", "."); code != exitError || !strings.Contains(errOut, "missing.toml") {
		t.Errorf("--config missing.toml: exit %d, stderr %q", code, errOut)
	}
}

func TestScanBanditConfig(t *testing.T) {
	inTempDir(t)
	write(t, ".", "m.py", "import subprocess\n\ndef f(x, cmd):\n    assert x\n    subprocess.call(cmd, shell=True)\n")

	write(t, ".", "pyproject.toml", "[project]\nname = \"demo\"\n\n[tool.bandit]\nskips = [\"B101\", \"B404\"]\n")
	code, rep, errOut := scanJSON(t, "-v", ".")
	expectFindings(t, "[tool.bandit] skips", rep, "B602 m.py:5")
	if code != exitFindings || !strings.Contains(errOut, "configuration: ") || !strings.Contains(errOut, "pyproject.toml") {
		t.Errorf("[tool.bandit]: exit %d, stderr %q; want 1 and the configuration named", code, errOut)
	}

	// .bandit next to it is merged, as Bandit merges them.
	write(t, ".", ".bandit", "[bandit]\nskips = B602\n")
	_, rep, _ = scanJSON(t, ".")
	expectFindings(t, "[tool.bandit] and .bandit", rep)
	os.Remove("pyproject.toml")
	_, rep, _ = scanJSON(t, ".")
	expectFindings(t, ".bandit skips B602", rep, "B404 m.py:1", "B101 m.py:4")

	// A krait configuration wins: Bandit's is not read.
	write(t, ".", "krait.toml", "ignore = [\"B4\"]\n")
	_, rep, _ = scanJSON(t, ".")
	expectFindings(t, "krait.toml and .bandit", rep, "B101 m.py:4", "B602 m.py:5")
}

func TestScanNotebook(t *testing.T) {
	inTempDir(t)
	write(t, ".", "nb.ipynb", notebook(
		markdownCell("# Demo\n"),
		codeCell("import os\n", "x = 1\n"),
		codeCell("%matplotlib inline\n", "import subprocess\n", "\n", "def f(x, cmd):\n", "    assert x\n", "    subprocess.call(cmd, shell=True)\n"),
	))
	code, rep, _ := scanJSON(t, ".")
	if code != exitFindings {
		t.Errorf("exit %d, want 1", code)
	}
	// Cells count among all cells (the markdown one too); lines and
	// columns within the cell.
	expectFindings(t, "notebook", rep, "B404 nb.ipynb:2", "B101 nb.ipynb:5", "B602 nb.ipynb:6")
	for _, f := range rep.Findings {
		if f.Cell != 3 {
			t.Errorf("%s: cell %d, want 3", f.where(), f.Cell)
		}
	}
	if f := findingOf(rep, "B101", "nb.ipynb", 5); f == nil || f.Column != 5 || f.EndLine != 5 || f.EndColumn != 13 || f.Snippet != "    assert x" {
		t.Errorf("B101: %+v; want cell 3, 5:5 to 5:13, snippet \"    assert x\"", f)
	}
	if f := findingOf(rep, "B602", "nb.ipynb", 6); f == nil || f.Column < 5 || f.EndColumn > 37 || f.EndLine != 6 {
		t.Errorf("B602: %+v; want a span within cell 3, line 6, columns 5 to 37", f)
	}

	_, out, _ := run("scan", ".")
	if !strings.Contains(out, "nb.ipynb:cell 3:5:5: B101 ") {
		t.Errorf("text: no nb.ipynb:cell 3:5:5 header in\n%s", out)
	}
	_, out, _ = run("scan", "--format", "github", "--select", "B101", ".")
	if !strings.HasPrefix(out, "::notice file=nb.ipynb,title=B101::cell 3, line 5: ") {
		t.Errorf("github: %q", out)
	}
	_, out, _ = run("scan", "--format", "sarif", "--select", "B101", ".")
	var log sarifLocations
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if res := log.Runs[0].Results; len(res) != 1 || res[0].Locations[0].Properties == nil ||
		res[0].Locations[0].Properties.Cell != 3 || res[0].Locations[0].Properties.CellLine != 5 {
		t.Errorf("sarif: %s", out)
	}
}

// sarifLocations is the part of a SARIF log that locates its results.
type sarifLocations struct {
	Runs []struct {
		Results []struct {
			RuleID    string `json:"ruleId"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
				} `json:"physicalLocation"`
				Properties *struct {
					Cell     int `json:"cell"`
					CellLine int `json:"cellLine"`
				} `json:"properties"`
			} `json:"locations"`
		} `json:"results"`
		Invocations []struct {
			ToolExecutionNotifications []struct {
				Locations []struct {
					PhysicalLocation struct {
						Region *struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
					Properties *struct {
						Cell     int `json:"cell"`
						CellLine int `json:"cellLine"`
					} `json:"properties"`
				} `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

// notebook returns an nbformat 4 notebook of a Python kernel with cells.
func notebook(cells ...map[string]any) string {
	nb := map[string]any{
		"cells": cells,
		"metadata": map[string]any{
			"kernelspec":    map[string]any{"display_name": "Python 3", "language": "python", "name": "python3"},
			"language_info": map[string]any{"name": "python"},
		},
		"nbformat": 4, "nbformat_minor": 5,
	}
	data, err := json.MarshalIndent(nb, "", " ")
	if err != nil {
		panic(err)
	}
	return string(data)
}

func codeCell(lines ...string) map[string]any {
	return map[string]any{"cell_type": "code", "execution_count": nil, "metadata": map[string]any{}, "outputs": []any{}, "source": lines}
}

func markdownCell(lines ...string) map[string]any {
	return map[string]any{"cell_type": "markdown", "metadata": map[string]any{}, "source": lines}
}

// TestScanNotebookSyntaxError: a syntax error in a notebook is located as
// its findings are, by cell and line within the cell, in every format.
func TestScanNotebookSyntaxError(t *testing.T) {
	inTempDir(t)
	write(t, ".", "bad.ipynb", notebook(
		markdownCell("# Demo\n"),
		codeCell("import os\n", "x = 1\n"),
		codeCell("y = 2\n", "def f(:\n", "    pass\n"),
	))
	// The error is in cell 3, line 2, column 7; it is line 4 of the
	// Python text extracted from the code cells.
	code, out, _ := run("scan", ".")
	if code != exitFindings || !strings.Contains(out, "bad.ipynb:cell 3:2:7: error: SyntaxError: invalid syntax") {
		t.Errorf("text: exit %d, want 1 and a bad.ipynb:cell 3:2:7 error in\n%s", code, out)
	}
	_, out, _ = run("scan", "--format", "json", ".")
	var doc struct {
		Errors []map[string]any `json:"errors"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Errors) != 1 || doc.Errors[0]["cell"] != 3.0 || doc.Errors[0]["line"] != 2.0 || doc.Errors[0]["column"] != 7.0 {
		t.Errorf("json: errors %v, want one with cell 3, line 2, column 7", doc.Errors)
	}
	_, out, _ = run("scan", "--format", "github", ".")
	if strings.Contains(out, "line=4") || !strings.Contains(out, "cell 3, line 2") {
		t.Errorf("github: %q; want the error located as cell 3, line 2, not at line 4 of the .ipynb file", out)
	}
	// SARIF counts lines of the extracted source, as for results, and
	// names the cell in the location's properties.
	_, out, _ = run("scan", "--format", "sarif", ".")
	var log sarifLocations
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	nts := log.Runs[0].Invocations[0].ToolExecutionNotifications
	if len(nts) != 1 || len(nts[0].Locations) != 1 {
		t.Fatalf("sarif: %s", out)
	}
	loc := nts[0].Locations[0]
	if r, p := loc.PhysicalLocation.Region, loc.Properties; r == nil || r.StartLine != 4 || r.StartColumn != 7 || p == nil || p.Cell != 3 || p.CellLine != 2 {
		t.Errorf("sarif: %s; want a notification at 4:7 with cell 3, cellLine 2", out)
	}
}

func TestScanPathsAsGiven(t *testing.T) {
	dir := inTempDir(t)
	write(t, ".", "src/pkg/a.py", "def f(x):\n    assert x\n")
	rel := filepath.Join("src", "pkg", "a.py")
	abs := filepath.Join(dir, rel)
	for _, tc := range []struct{ root, want string }{
		{"src", rel},
		{"." + string(filepath.Separator) + "src" + string(filepath.Separator), rel},
		{rel, rel},
		{filepath.Join("src", "pkg") + string(filepath.Separator) + ".." + string(filepath.Separator) + "pkg", rel},
		{filepath.Join(dir, "src"), abs},
	} {
		_, rep, _ := scanJSON(t, tc.root)
		expectFindings(t, "root "+tc.root, rep, "B101 "+tc.want+":2")
		_, out, _ := run("scan", tc.root)
		if !strings.HasPrefix(out, tc.want+":2:5: B101 ") {
			t.Errorf("text, root %s: want %s:2:5 first in\n%s", tc.root, tc.want, out)
		}
	}
	slash := "src/pkg/a.py"
	_, out, _ := run("scan", "--format", "github", "src")
	if !strings.HasPrefix(out, "::notice file="+slash+",line=2,") {
		t.Errorf("github: %q", out)
	}
	_, out, _ = run("scan", "--format", "bandit-json", "src")
	if !strings.Contains(out, `"filename": "`+strings.ReplaceAll(rel, `\`, `\\`)+`"`) {
		t.Errorf("bandit-json: no filename %s in\n%s", rel, out)
	}
	_, out, _ = run("scan", "--format", "sarif", "src")
	var log sarifLocations
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if loc := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != slash || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("sarif: artifactLocation %+v, want %s under %%SRCROOT%%", loc, slash)
	}

	// Relative upward stays relative.
	if err := os.Mkdir("other", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir("other")
	up := filepath.Join("..", "src")
	_, rep, _ := scanJSON(t, up)
	expectFindings(t, "root "+up, rep, "B101 "+filepath.Join(up, "pkg", "a.py")+":2")
}

// TestScanQuiet: -q prints only findings and errors (krait scan --help),
// not the summary.
func TestScanQuiet(t *testing.T) {
	inTempDir(t)
	write(t, ".", "a.py", "def f(x):\n    assert x\n")
	write(t, ".", "bad.py", "def f(:\n")
	code, out, errOut := run("scan", "-q", ".")
	if code != exitFindings || errOut != "" {
		t.Errorf("exit %d, stderr %q; want 1 and nothing on stderr", code, errOut)
	}
	if !strings.Contains(out, "a.py:2:5: B101 ") || !strings.Contains(out, "bad.py:1:7: error: SyntaxError") {
		t.Errorf("-q lost a finding or an error:\n%s", out)
	}
	var summary []string
	for _, s := range []string{"Found 1 finding", "By severity:", "By rule:"} {
		if strings.Contains(out, s) {
			summary = append(summary, s)
		}
	}
	if len(summary) > 0 {
		t.Errorf("-q prints the summary (%q):\n%s", summary, out)
	}
}

// TestScanSARIFSyntaxErrorColumn: SARIF columns count UTF-16 code units
// (columnKind utf16CodeUnits), syntax errors' too.
func TestScanSARIFSyntaxErrorColumn(t *testing.T) {
	inTempDir(t)
	// Each emoji is one code point and two UTF-16 code units; the error
	// is at the code-point column 11, the UTF-16 column 13.
	write(t, ".", "emoji.py", "s = \"\U0001F600\U0001F600\"; def\n")
	_, rep, _ := scanJSON(t, ".")
	if len(rep.Errors) != 1 || rep.Errors[0].Line != 1 || rep.Errors[0].Column != 11 {
		t.Fatalf("json: errors %+v, want one at 1:11", rep.Errors)
	}
	_, out, _ := run("scan", "--format", "sarif", ".")
	var log sarifLocations
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	nts := log.Runs[0].Invocations[0].ToolExecutionNotifications
	if len(nts) != 1 || nts[0].Locations[0].PhysicalLocation.Region == nil {
		t.Fatalf("sarif: %s", out)
	}
	if r := nts[0].Locations[0].PhysicalLocation.Region; r.StartLine != 1 || r.StartColumn != 13 {
		t.Errorf("sarif: notification region %d:%d, want 1:13 (UTF-16)", r.StartLine, r.StartColumn)
	}
}

// TestScanMissingRoot: a root that does not exist is handled the same
// whichever position it has among the roots, and named as given.
func TestScanMissingRoot(t *testing.T) {
	inTempDir(t)
	write(t, ".", "a.py", "x = 1\n")
	code1, out1, err1 := run("scan", ".", "nope")
	code2, out2, err2 := run("scan", "nope", ".")
	if code1 != code2 {
		t.Errorf("scan . nope: exit %d; scan nope .: exit %d", code1, code2)
	}
	for _, r := range []struct{ args, out, err string }{{". nope", out1, err1}, {"nope .", out2, err2}} {
		msg := r.out + r.err
		if !strings.Contains(msg, "nope") || strings.Contains(msg, string(filepath.Separator)+"nope") {
			t.Errorf("scan %s: the missing root is not named as given:\nstdout %q\nstderr %q", r.args, r.out, r.err)
		}
	}
}

func TestScanJobsDeterministic(t *testing.T) {
	inTempDir(t)
	for i := range 24 {
		write(t, ".", fmt.Sprintf("pkg%d/m%d.py", i%3, i), fmt.Sprintf("import subprocess\n\ndef f%d(cmd):\n    assert cmd\n    subprocess.call(cmd, shell=True)\n", i))
	}
	write(t, ".", "pkg1/bad.py", "def f(:\n")
	_, want, _ := run("scan", "--format", "json", "--jobs", "1", ".")
	for _, jobs := range []string{"2", "8"} {
		if _, got, _ := run("scan", "--format", "json", "--jobs", jobs, "."); got != want {
			t.Errorf("--jobs %s gives another report than --jobs 1", jobs)
		}
	}
	rep := decodeJSONReport(t, want)
	if rep.Summary.Findings != 72 || rep.Summary.Errors != 1 {
		t.Errorf("summary %+v, want 72 findings and 1 error", rep.Summary)
	}
	if code, _, _ := run("scan", "--jobs", "-1", "."); code != exitError {
		t.Errorf("--jobs -1: exit %d, want 2", code)
	}
}

// TestScanLargeModule scans a 20 MB module of code (no long strings to
// skip over): its findings are reported, at their lines, in a few seconds.
func TestScanLargeModule(t *testing.T) {
	if testing.Short() {
		t.Skip("scans 20 MB of Python")
	}
	inTempDir(t)
	src, b602Line, b101Line := bigPython(20<<20, false)
	write(t, ".", "generated.py", string(src))
	start := time.Now()
	code, rep, _ := scanJSON(t, "generated.py")
	elapsed := time.Since(start)
	t.Logf("%d MB, %d lines: %v", len(src)>>20, b101Line, elapsed)
	expectFindings(t, "generated.py", rep,
		"B404 generated.py:1", fmt.Sprintf("B602 generated.py:%d", b602Line), fmt.Sprintf("B101 generated.py:%d", b101Line))
	if code != exitFindings || len(rep.Errors) != 0 {
		t.Errorf("exit %d, errors %+v; want 1 and none", code, rep.Errors)
	}
	// About 2.5 s on an idle two-core machine; the margin is for loaded CI.
	if elapsed > 15*time.Second {
		t.Errorf("scan took %v, want a few seconds", elapsed)
	}
}

func TestScanUsage(t *testing.T) {
	inTempDir(t)
	if code, out, _ := run("scan", "--help"); code != exitOK || !strings.Contains(out, "--fail-on") {
		t.Errorf("scan --help: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{
		{"scan", "--bogus", "."}, {"scan", "--format", "xml", "."}, {"scan", "--jobs", "many", "."}, {"--select"},
	} {
		code, out, errOut := run(args...)
		if code != exitError || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and a message", args, code, out, errOut)
		}
	}
	// Flags after the paths, and "krait PATH" without "scan".
	write(t, ".", "src/a.py", "assert x\n")
	for _, args := range [][]string{{"scan", "src", "--format", "json"}, {"src", "--format", "json"}, {"--format", "json", "src"}} {
		code, out, _ := run(args...)
		if code != exitFindings {
			t.Errorf("%v: exit %d, want 1", args, code)
			continue
		}
		expectFindings(t, strings.Join(args, " "), decodeJSONReport(t, out), "B101 "+filepath.Join("src", "a.py")+":1")
	}
}
