//go:build unix

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperEnv, set to 1 in the environment of the test binary, makes
// TestKraitHelperProcess run krait.
const helperEnv = "KRAIT_CLI_TEST_HELPER"

// nobody is the unprivileged uid and gid the scans run as when the tests
// run as root, for whom no directory is unreadable.
const nobody = 65534

// TestKraitHelperProcess is not a test. When the test binary runs with
// helperEnv set it is the krait command: it runs the arguments after "--"
// and exits with krait's exit code. TestScanBadInput runs it as an
// unprivileged user.
func TestKraitHelperProcess(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		return
	}
	i := slices.Index(os.Args, "--")
	if i < 0 {
		fmt.Fprintln(os.Stderr, "helper: no -- in arguments")
		os.Exit(exitError)
	}
	os.Exit(Run(os.Args[i+1:], os.Stdout, os.Stderr))
}

// kraitFunc runs krait with args in the scanned tree's directory.
type kraitFunc func(args ...string) (code int, stdout, stderr string)

// makeTraversable lets every user enter dir and its parent (t.TempDir
// makes both 0700).
func makeTraversable(t *testing.T, dir string) {
	t.Helper()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// unprivilegedKrait returns a kraitFunc that runs a copy of the test binary
// (as krait, see TestKraitHelperProcess) in dir as uid and gid nobody, or
// an error saying why that cannot be done here.
func unprivilegedKrait(t *testing.T, dir string) (kraitFunc, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find the test binary: %v", err)
	}
	// The go tool builds the test binary in a 0700 directory: copy it
	// where nobody can run it.
	binDir := t.TempDir()
	makeTraversable(t, binDir)
	bin := filepath.Join(binDir, "krait.test")
	data, err := os.ReadFile(exe)
	if err != nil {
		return nil, fmt.Errorf("cannot read the test binary: %v", err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		return nil, fmt.Errorf("cannot copy the test binary: %v", err)
	}
	krait := func(args ...string) (int, string, string) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"-test.run=^TestKraitHelperProcess$", "--"}, banditSet(args)...)...)
		cmd.Dir = dir
		cmd.Env = []string{helperEnv + "=1", "PATH=/usr/bin:/bin", "HOME=/nonexistent"}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}}
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return 0, o.String(), e.String()
		case errors.As(err, &ee) && ee.Exited():
			return ee.ExitCode(), o.String(), e.String()
		}
		return -1, o.String(), fmt.Sprintf("%s\nrunning krait as uid %d: %v", e.String(), nobody, err)
	}
	if code, out, errOut := krait("version"); code != 0 || !strings.HasPrefix(out, "krait ") {
		return nil, fmt.Errorf("cannot run the test binary as uid %d from %s (exit %d): %s", nobody, dir, code, strings.TrimSpace(errOut))
	}
	return krait, nil
}

// badTree holds the expected results for the tree built by writeBadTree.
type badTree struct {
	findings []wantFinding
	errors   []wantError
}

// wantFinding is a finding the scan must report; col 0 means any column.
type wantFinding struct {
	rule, path string
	line, col  int
	severity   string
}

// wantError is a file error the scan must report: line and col are the
// exact position, -1 for any positive value, 0 for not checked.
type wantError struct {
	path      string
	line, col int
	msg       string // a part of the message
}

// writeBadTree builds the tree of TestScanBadInput in dir. With
// unreadable, it also adds a directory and a file that the scan may not
// read.
func writeBadTree(t *testing.T, dir string, unreadable bool) badTree {
	t.Helper()
	write(t, dir, "pkg/__init__.py", "")
	write(t, dir, "pkg/shell.py", "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n")
	write(t, dir, "pkg/asserts.py", "def check(x):\n    assert x\n")
	write(t, dir, "syntax.py", "def f(:\n    pass\n")
	// 0xE9 is é in Latin-1 but no UTF-8 sequence starts "\xe9\"".
	write(t, dir, "undecodable.py", "x = \"caf\xe9\"\n")
	write(t, dir, "ascii.py", "# -*- coding: ascii -*-\nname = \"caf\xe9\"\n")
	write(t, dir, "data.py", "x = 1\n\x00\x00\x00\n")
	write(t, dir, "x.py", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00")
	big, b602Line, b101Line := bigPython(20<<20, true)
	write(t, dir, "big.py", string(big))
	// A directory link to its parent: the walk must end and report
	// nothing twice.
	if err := os.Symlink("..", filepath.Join(dir, "pkg", "loop")); err != nil {
		t.Fatal(err)
	}
	tree := badTree{
		findings: []wantFinding{
			{"B404", "big.py", 1, 1, "low"},
			{"B602", "big.py", b602Line, 0, "high"},
			{"B101", "big.py", b101Line, 1, "low"},
			{"B101", "pkg/asserts.py", 2, 5, "low"},
			{"B404", "pkg/shell.py", 1, 1, "low"},
			{"B602", "pkg/shell.py", 4, 0, "high"},
		},
		errors: []wantError{
			{"ascii.py", -1, 0, "'ascii' codec can't decode byte 0xe9"},
			{"syntax.py", 1, 7, "SyntaxError: invalid syntax"},
			{"undecodable.py", 1, 5, "'utf-8' codec can't decode byte 0xe9"},
			{"data.py", 0, 0, "binary file (NUL byte)"},
			{"x.py", 0, 0, "binary file (ELF executable)"},
		},
	}
	if unreadable {
		write(t, dir, "locked/hidden.py", "import subprocess\n")
		write(t, dir, "secret.py", "import subprocess\n")
		for _, p := range []string{"locked", "secret.py"} {
			p := filepath.Join(dir, p)
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(p, 0o755) }) // before t.TempDir's RemoveAll
		}
		tree.errors = append(tree.errors,
			wantError{"locked", 0, 0, "permission denied"},
			wantError{"secret.py", 0, 0, "permission denied"})
	}
	return tree
}

// TestScanBadInput scans a tree of good files with findings next to every
// kind of file that cannot be analysed, in every format: the findings are
// reported, each bad file is a located error, the exit code is 1 and
// nothing panics. A broken pyproject.toml, in a second run, is exit 2 with
// its place and key.
func TestScanBadInput(t *testing.T) {
	dir := t.TempDir()
	krait := kraitFunc(func(args ...string) (int, string, string) { return run(args...) })
	asNobody := false
	skipUnreadable := ""
	if os.Geteuid() == 0 {
		// Root reads a directory whatever its mode: scan as nobody.
		makeTraversable(t, dir)
		if k, err := unprivilegedKrait(t, dir); err != nil {
			skipUnreadable = "running as root, for whom no directory is unreadable, and " + err.Error()
		} else {
			krait, asNobody = k, true
			t.Logf("running as root: scanning as uid %d", nobody)
		}
	} else if readable, err := modeZeroIsReadable(t); err != nil {
		t.Fatal(err)
	} else if readable {
		skipUnreadable = fmt.Sprintf("uid %d reads directories of mode 0 (it has CAP_DAC_READ_SEARCH?)", os.Geteuid())
	}
	if !asNobody {
		t.Chdir(dir) // in-process scans of "."; the subprocess gets dir as its Dir
	}
	unreadable := skipUnreadable == ""
	tree := writeBadTree(t, dir, unreadable)

	for _, format := range []string{"text", "json", "sarif", "bandit-json", "github"} {
		t.Run(format, func(t *testing.T) {
			start := time.Now()
			code, out, errOut := krait("scan", "--format", format, ".")
			elapsed := time.Since(start)
			t.Logf("krait scan --format %s: %v", format, elapsed)
			if code != exitFindings {
				t.Errorf("exit code %d, want 1\nstderr: %s", code, errOut)
			}
			if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine ") {
				t.Fatalf("krait panicked:\n%s", errOut)
			}
			// A 20 MB file should take well under a second; the margin is for
			// loaded CI machines.
			if elapsed > 8*time.Second {
				t.Errorf("scan took %v, want a few seconds at most", elapsed)
			}
			checkBadTree[format](t, tree, out)
			if !unreadable {
				t.Run("unreadable", func(t *testing.T) { t.Skip(skipUnreadable) })
			}
		})
	}

	t.Run("broken-pyproject", func(t *testing.T) {
		testBrokenPyproject(t, dir, krait)
	})
}

// modeZeroIsReadable reports whether this process can list a directory of
// mode 0.
func modeZeroIsReadable(t *testing.T) (bool, error) {
	d := filepath.Join(t.TempDir(), "probe")
	if err := os.Mkdir(d, 0); err != nil {
		return false, err
	}
	defer os.Chmod(d, 0o755)
	_, err := os.ReadDir(d)
	return err == nil, nil
}

// checkBadTree checks the report of the bad tree in each format.
var checkBadTree = map[string]func(t *testing.T, tree badTree, out string){
	"json":        checkBadTreeJSON,
	"sarif":       checkBadTreeSARIF,
	"bandit-json": checkBadTreeBandit,
	"github":      checkBadTreeGitHub,
	"text":        checkBadTreeText,
}

func checkBadTreeJSON(t *testing.T, tree badTree, out string) {
	rep := decodeJSONReport(t, out)
	var want []string
	for _, w := range tree.findings {
		want = append(want, fmt.Sprintf("%s %s:%d", w.rule, w.path, w.line))
		f := findingOf(rep, w.rule, w.path, w.line)
		switch {
		case f == nil:
			continue // expectFindings says so
		case w.col != 0 && f.Column != w.col:
			t.Errorf("%s %s:%d: column %d, want %d", w.rule, w.path, w.line, f.Column, w.col)
		case f.Severity != w.severity || f.Message == "" || f.RuleName == "" || f.Snippet == "" || f.CWE == 0 || f.EndLine < f.Line:
			t.Errorf("%s %s:%d: incomplete finding %+v", w.rule, w.path, w.line, *f)
		}
	}
	expectFindings(t, "json", rep, want...)
	if len(rep.Errors) != len(tree.errors) {
		t.Errorf("json: %d errors, want %d: %+v", len(rep.Errors), len(tree.errors), rep.Errors)
	}
	for _, w := range tree.errors {
		i := slices.IndexFunc(rep.Errors, func(e jsonError) bool { return e.Path == w.path })
		if i < 0 {
			t.Errorf("json: no error for %s", w.path)
			continue
		}
		e := rep.Errors[i]
		if !strings.Contains(e.Message, w.msg) || !positionMatches(w, e.Line, e.Column) {
			t.Errorf("json: error %+v, want %s at %d:%d with %q", e, w.path, w.line, w.col, w.msg)
		}
	}
	if s := rep.Summary; s.Findings != len(tree.findings) || s.Errors != len(tree.errors) || s.Suppressed != 0 || s.Files < 5 {
		t.Errorf("json: summary %+v", s)
	}
	checkNoLoopPaths(t, rep)
}

// positionMatches reports whether a reported line and column are what w
// expects.
func positionMatches(w wantError, line, col int) bool {
	switch w.line {
	case 0:
		return true
	case -1:
		return line > 0
	}
	return line == w.line && (w.col == 0 || col == w.col)
}

// checkNoLoopPaths checks that nothing was reached through the link loop.
func checkNoLoopPaths(t *testing.T, rep jsonReport) {
	t.Helper()
	for _, f := range rep.Findings {
		if strings.Contains(f.Path, "loop") {
			t.Errorf("finding reached through the link loop: %s", f.where())
		}
	}
	for _, e := range rep.Errors {
		if strings.Contains(e.Path, "loop") {
			t.Errorf("error for the link loop: %+v", e)
		}
	}
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID string `json:"id"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []sarifLocation `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		ColumnKind string `json:"columnKind"`
		Results    []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations    []sarifLocation `json:"locations"`
			Suppressions []struct {
				Kind string `json:"kind"`
			} `json:"suppressions"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region *struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
			EndLine     int `json:"endLine"`
			EndColumn   int `json:"endColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
	Properties *struct {
		Cell     int `json:"cell"`
		CellLine int `json:"cellLine"`
	} `json:"properties"`
}

func decodeSARIF(t *testing.T, out string) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("sarif output does not parse: %v\n%.2000s", err, out)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-schema-2.1.0") || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("not a SARIF 2.1.0 log with one run and one invocation: %.2000s", out)
	}
	return log
}

func checkBadTreeSARIF(t *testing.T, tree badTree, out string) {
	run := decodeSARIF(t, out).Runs[0]
	if run.Tool.Driver.Name != "krait" || run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("sarif: driver %q, columnKind %q", run.Tool.Driver.Name, run.ColumnKind)
	}
	var got, want []string
	for _, r := range run.Results {
		if len(r.Locations) != 1 || r.Locations[0].PhysicalLocation.Region == nil {
			t.Errorf("sarif: result %s without a located region", r.RuleID)
			continue
		}
		pl := r.Locations[0].PhysicalLocation
		got = append(got, fmt.Sprintf("%s %s:%d", r.RuleID, pl.ArtifactLocation.URI, pl.Region.StartLine))
		if rules := run.Tool.Driver.Rules; r.RuleIndex < 0 || r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("sarif: result %s has ruleIndex %d, which is not its descriptor", r.RuleID, r.RuleIndex)
		}
		if pl.ArtifactLocation.URIBaseID != "%SRCROOT%" || r.Message.Text == "" || len(r.Suppressions) != 0 {
			t.Errorf("sarif: result %s %s: uriBaseId %q, message %q, suppressions %v", r.RuleID, pl.ArtifactLocation.URI,
				pl.ArtifactLocation.URIBaseID, r.Message.Text, r.Suppressions)
		}
	}
	for _, w := range tree.findings {
		want = append(want, fmt.Sprintf("%s %s:%d", w.rule, w.path, w.line))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("sarif: results\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful {
		t.Error("sarif: executionSuccessful is true for a scan with errors")
	}
	n := 0
	for _, w := range tree.errors {
		found := false
		for _, nt := range inv.ToolExecutionNotifications {
			if nt.Level != "error" || len(nt.Locations) != 1 || nt.Locations[0].PhysicalLocation.ArtifactLocation.URI != w.path {
				continue
			}
			found = true
			line, col := 0, 0
			if r := nt.Locations[0].PhysicalLocation.Region; r != nil {
				line, col = r.StartLine, r.StartColumn
			}
			if !strings.Contains(nt.Message.Text, w.msg) || !positionMatches(w, line, col) {
				t.Errorf("sarif: notification for %s at %d:%d %q, want %d:%d with %q", w.path, line, col, nt.Message.Text, w.line, w.col, w.msg)
			}
		}
		if !found {
			t.Errorf("sarif: no error notification for %s", w.path)
		}
	}
	for _, nt := range inv.ToolExecutionNotifications {
		if nt.Level == "error" {
			n++
		}
	}
	if n != len(tree.errors) {
		t.Errorf("sarif: %d error notifications, want %d", n, len(tree.errors))
	}
}

func checkBadTreeBandit(t *testing.T, tree badTree, out string) {
	type banditError struct {
		Filename string `json:"filename"`
		Reason   string `json:"reason"`
	}
	var doc struct {
		Errors      []banditError             `json:"errors"`
		GeneratedAt string                    `json:"generated_at"`
		Metrics     map[string]map[string]int `json:"metrics"`
		Results     []struct {
			Filename        string `json:"filename"`
			TestID          string `json:"test_id"`
			TestName        string `json:"test_name"`
			LineNumber      int    `json:"line_number"`
			IssueSeverity   string `json:"issue_severity"`
			IssueText       string `json:"issue_text"`
			IssueCWE        any    `json:"issue_cwe"`
			ColOffset       *int   `json:"col_offset"`
			LineRange       []int  `json:"line_range"`
			Code            string `json:"code"`
			MoreInfo        string `json:"more_info"`
			IssueConfidence string `json:"issue_confidence"`
		} `json:"results"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("bandit-json output does not parse: %v\n%.2000s", err, out)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Errorf("bandit-json: data after the document (%v)", err)
	}
	if _, err := time.Parse("2006-01-02T15:04:05Z", doc.GeneratedAt); err != nil {
		t.Errorf("bandit-json: generated_at %q: %v", doc.GeneratedAt, err)
	}
	var got, want []string
	for _, r := range doc.Results {
		got = append(got, fmt.Sprintf("%s %s:%d", r.TestID, r.Filename, r.LineNumber))
		if r.TestName == "" || r.IssueText == "" || r.ColOffset == nil || len(r.LineRange) == 0 || r.Code == "" ||
			!strings.HasPrefix(r.MoreInfo, "https://") || r.IssueSeverity != strings.ToUpper(r.IssueSeverity) || r.IssueConfidence == "" {
			t.Errorf("bandit-json: incomplete result %+v", r)
		}
	}
	for _, w := range tree.findings {
		want = append(want, fmt.Sprintf("%s %s:%d", w.rule, w.path, w.line))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("bandit-json: results\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if len(doc.Errors) != len(tree.errors) {
		t.Errorf("bandit-json: %d errors, want %d: %+v", len(doc.Errors), len(tree.errors), doc.Errors)
	}
	for _, w := range tree.errors {
		i := slices.IndexFunc(doc.Errors, func(e banditError) bool { return e.Filename == w.path })
		if i < 0 || !strings.Contains(doc.Errors[i].Reason, w.msg) {
			t.Errorf("bandit-json: no error for %s with %q in %+v", w.path, w.msg, doc.Errors)
		}
	}
	totals, ok := doc.Metrics["_totals"]
	if !ok {
		t.Fatalf("bandit-json: no metrics._totals in %v", doc.Metrics)
	}
	if totals["SEVERITY.HIGH"] != 2 || totals["SEVERITY.LOW"] != 4 || totals["loc"] == 0 {
		t.Errorf("bandit-json: metrics._totals %v", totals)
	}
	for _, p := range []string{"pkg/shell.py", "pkg/asserts.py", "big.py"} {
		if m, ok := doc.Metrics[p]; !ok || m["loc"] == 0 {
			t.Errorf("bandit-json: metrics[%q] = %v", p, m)
		}
	}
}

func checkBadTreeGitHub(t *testing.T, tree badTree, out string) {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::notice ") {
			t.Errorf("github: not a workflow command: %q", l)
		}
	}
	has := func(prefix, part string) bool {
		return slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) && strings.Contains(l, part) })
	}
	for _, w := range tree.findings {
		cmd := map[string]string{"high": "error", "medium": "warning", "low": "notice"}[w.severity]
		prefix := fmt.Sprintf("::%s file=%s,line=%d,col=", cmd, w.path, w.line)
		if w.col != 0 {
			prefix += strconv.Itoa(w.col) + ","
		}
		if !has(prefix, ",title="+w.rule+"::") {
			t.Errorf("github: no %s…title=%s:: line", prefix, w.rule)
		}
	}
	for _, w := range tree.errors {
		prefix := "::error file=" + w.path
		switch {
		case w.line > 0:
			prefix += fmt.Sprintf(",line=%d,col=%d::", w.line, w.col)
		case w.line < 0:
			prefix += ",line="
		default:
			prefix += ":"
		}
		if !has(prefix, "::"+w.msg) && !has(prefix, w.msg) {
			t.Errorf("github: no %s… line with %q", prefix, w.msg)
		}
	}
	if n := len(lines); n != len(tree.findings)+len(tree.errors) {
		t.Errorf("github: %d lines, want %d:\n%s", n, len(tree.findings)+len(tree.errors), out)
	}
}

func checkBadTreeText(t *testing.T, tree badTree, out string) {
	lines := strings.Split(out, "\n")
	has := func(prefix, part string) bool {
		return slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) && strings.Contains(l, part) })
	}
	for _, w := range tree.findings {
		prefix := fmt.Sprintf("%s:%d:", w.path, w.line)
		if w.col != 0 {
			prefix += strconv.Itoa(w.col) + ":"
		}
		if !has(prefix, " "+w.rule+" ["+w.severity+"/") {
			t.Errorf("text: no %s … %s [%s/…] header", prefix, w.rule, w.severity)
		}
	}
	for _, w := range tree.errors {
		prefix := w.path
		switch {
		case w.line > 0:
			prefix += fmt.Sprintf(":%d:%d: error: ", w.line, w.col)
		case w.line < 0:
			prefix += ":"
		default:
			prefix += ": error: "
		}
		if !has(prefix, w.msg) {
			t.Errorf("text: no %q… error line with %q", prefix, w.msg)
		}
	}
	summary := fmt.Sprintf("Found %d findings in ", len(tree.findings))
	if !has(summary, " files scanned (") {
		t.Errorf("text: no %q summary in\n%.3000s", summary, out)
	}
	if !has(fmt.Sprintf("Errors: %d", len(tree.errors)), "") {
		t.Errorf("text: no \"Errors: %d\" line", len(tree.errors))
	}
	if !has("By severity: high 2, medium 0, low 4", "") {
		t.Errorf("text: no by-severity line")
	}
}

// testBrokenPyproject adds a pyproject.toml that configures krait wrongly
// to the tree in dir: every format must exit 2 before scanning, naming the
// file, the line and the key.
func testBrokenPyproject(t *testing.T, dir string, krait kraitFunc) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"toml syntax",
			"[project]\nname = \"demo\"\n\n[tool.krait]\nselect = [\"B6\"\nseverity = \"high\"\n",
			[]string{"pyproject.toml:6:1: ", "expected ',' or ']'"}},
		{"wrong type",
			"[project]\nname = \"demo\"\n\n[tool.krait]\nselect = \"B6\"\n",
			[]string{"pyproject.toml:5:10: tool.krait.select: ", "expected a list of strings"}},
		{"unknown key",
			"[tool.krait]\nselect = [\"B6\"]\nseverty = \"high\"\n",
			[]string{"pyproject.toml:3:1: tool.krait.severty: unknown key", `did you mean "severity"`}},
		{"invalid level",
			"[tool.krait]\nfail-on = \"hihg\"\n",
			[]string{"pyproject.toml:2:11: tool.krait.fail-on: ", `"hihg"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			write(t, dir, "pyproject.toml", tc.text)
			t.Cleanup(func() { os.Remove(filepath.Join(dir, "pyproject.toml")) })
			for _, format := range []string{"text", "json", "sarif", "bandit-json", "github"} {
				code, out, errOut := krait("scan", "--format", format, ".")
				if code != exitError || out != "" {
					t.Errorf("%s: exit %d, stdout %.200q; want 2 and no report", format, code, out)
				}
				if strings.Contains(errOut, "panic") {
					t.Fatalf("%s: krait panicked:\n%s", format, errOut)
				}
				for _, w := range tc.want {
					if !strings.Contains(errOut, w) {
						t.Errorf("%s: stderr %q lacks %q", format, errOut, w)
					}
				}
			}
		})
	}
}
