package sarif_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/cli"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/internal/jsonschema"
	"github.com/krait-dev/krait/internal/report/internal/reporttest"
	"github.com/krait-dev/krait/internal/report/sarif"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := jsonschema.Compile(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func render(t *testing.T, r *scan.Result, opt report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sarif.Write(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSchema validates the output for the fixtures against the official
// SARIF 2.1.0 schema.
func TestSchema(t *testing.T) {
	s := schema(t)
	base := t.TempDir()
	for _, tc := range []struct {
		name string
		r    *scan.Result
		opt  report.Options
	}{
		{"fixture", reporttest.Result(t), report.Options{}},
		{"base dir", reporttest.Result(t), report.Options{BaseDir: base, ToolVersion: "1.2.3", RulesURI: "https://example.com/rules"}},
		{"empty", reporttest.Empty(), report.Options{}},
		{"dependencies", reporttest.Deps(t), report.Options{}},
		{"outside base", outside(t, base), report.Options{BaseDir: base}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.Validate(render(t, tc.r, tc.opt)); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSchemaDependencyAudit validates what the command line writes for
// krait deps and for a krait scan with dependency findings, errors and
// warnings, audited against internal/deps/osv's small database.
func TestSchemaDependencyAudit(t *testing.T) {
	s := schema(t)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"requirements.txt": "examplepkg==1.0\nother.pkg>=9\ngit+https://example.invalid/x.git#egg=x\nbad line!\n",
		"sub/poetry.lock":  "[[package]]\nname = \"prepkg\"\nversion = \"1.0\"\n",
		"app.py":           "import subprocess\nsubprocess.call(cmd, shell=True)\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, cmd := range []string{"deps", "scan"} {
		t.Run(cmd, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := cli.Run([]string{cmd, "--db", "../../deps/osv/testdata/db", "--format", "sarif", dir}, &out, &errOut)
			if code != 1 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			if err := s.Validate(out.Bytes()); err != nil {
				t.Error(err)
			}
			var log sarif.Log
			if err := json.Unmarshal(out.Bytes(), &log); err != nil {
				t.Fatal(err)
			}
			run := log.Runs[0]
			found := false
			for _, res := range run.Results {
				if res.RuleID == "PYSEC-0000-1" {
					found = true
					loc := res.Locations[0].PhysicalLocation
					d := run.Tool.Driver.Rules[res.RuleIndex]
					if !strings.HasSuffix(loc.ArtifactLocation.URI, "requirements.txt") || loc.Region.StartLine != 1 ||
						d.ID != "PYSEC-0000-1" || d.HelpURI != "https://osv.dev/vulnerability/PYSEC-0000-1" ||
						d.ShortDescription.Text != "Remote code execution in examplepkg" {
						t.Errorf("PYSEC-0000-1: location %+v %+v, descriptor %+v", loc.ArtifactLocation, loc.Region, d)
					}
				}
			}
			if !found || run.Invocations[0].ExecutionSuccessful || len(run.Invocations[0].ToolExecutionNotifications) < 3 {
				t.Errorf("results %d (PYSEC-0000-1 found: %v), invocation %+v", len(run.Results), found, run.Invocations[0])
			}
		})
	}
}

// outside is a Result with an absolute path outside the base directory,
// a finding without source and a rule outside the catalogue.
func outside(t *testing.T, base string) *scan.Result {
	other := filepath.Join(filepath.Dir(base), "elsewhere", "a b.py")
	return &scan.Result{Version: "0.1.0", Findings: []analysis.Finding{
		{RuleID: "X1", Path: other, Span: token.Span{Start: 0, End: 3}, Message: "m", Severity: analysis.Undefined},
	}}
}

// TestSchemaRejects makes sure the validator does reject broken logs, so
// that TestSchema means something.
func TestSchemaRejects(t *testing.T) {
	s := schema(t)
	good := render(t, reporttest.Result(t), report.Options{})
	for _, tc := range []struct{ name, from, to, want string }{
		{"version", `"version": "2.1.0"`, `"version": "2.0.0"`, "/version"},
		{"level", `"level": "error"`, `"level": "fatal"`, "/level"},
		{"suppression kind", `"kind": "inSource"`, `"kind": "inline"`, "/kind"},
		{"start line", `"startLine": 6`, `"startLine": 0`, "/startLine"},
		{"unknown property", `"ruleIndex":`, `"ruleNumber":`, `unexpected property "ruleNumber"`},
	} {
		bad := strings.Replace(string(good), tc.from, tc.to, 1)
		if bad == string(good) {
			t.Fatalf("%s: %q not in the output", tc.name, tc.from)
		}
		err := s.Validate([]byte(bad))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error about %s", tc.name, err, tc.want)
		}
	}
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "report.sarif", render(t, reporttest.Result(t), report.Options{}))
	reporttest.Golden(t, "deps.sarif", render(t, reporttest.Deps(t), report.Options{}))
}

// TestAdvisoryDescriptors checks the rule descriptors of advisory ids:
// the summary as shortDescription (an id-based text without one), the
// osv.dev page as helpUri, the finding's severity, KR901's name and CWE,
// and results pointing at the pin in the dependency file.
func TestAdvisoryDescriptors(t *testing.T) {
	run := decoded(t, reporttest.Deps(t), report.Options{}).Runs[0]
	byID := map[string]sarif.ReportingDescriptor{}
	for _, d := range run.Tool.Driver.Rules {
		byID[d.ID] = d
	}
	d := byID["PYSEC-2021-98"]
	if d.ShortDescription == nil || d.ShortDescription.Text != "Potential directory traversal via admindocs" ||
		d.HelpURI != "https://osv.dev/vulnerability/PYSEC-2021-98" || d.Name != "vulnerable_dependency" ||
		d.DefaultConfiguration.Level != "warning" || d.Properties.SecuritySeverity != "5.0" ||
		strings.Join(d.Properties.Tags, ",") != "security,dependency,external/cwe/cwe-1395" ||
		!strings.Contains(d.Help.Text, "Aliases: CVE-2021-33203, GHSA-68w8-qjq3-2gfm") ||
		!strings.Contains(d.Help.Text, "Fixed in: 2.2.24, 3.1.12, 3.2.4") {
		t.Errorf("PYSEC-2021-98 descriptor: %+v %+v %+v", d, d.Properties, d.Help)
	}
	if g := byID["GHSA-xxxx-yyyy-zzzz"]; g.ShortDescription == nil || g.ShortDescription.Text != "Vulnerable dependency: GHSA-xxxx-yyyy-zzzz" ||
		g.DefaultConfiguration.Level != "error" {
		t.Errorf("descriptor without a summary: %+v", g)
	}
	kr := byID["KR901"]
	if kr.Help == nil || !strings.Contains(kr.Help.Markdown, "```text\n# requirements.txt\ndjango==3.2.0\n```") {
		t.Errorf("KR901 help: %+v", kr.Help)
	}
	for _, res := range run.Results {
		if res.RuleID != "PYSEC-2021-98" {
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != "requirements.txt" || loc.Region.StartLine != 2 || loc.Region.StartColumn != 1 ||
			!strings.HasPrefix(loc.Region.Snippet.Text, "django==3.2.0") {
			t.Errorf("PYSEC-2021-98 location: %+v %+v", loc.ArtifactLocation, loc.Region)
		}
	}
}

// decoded renders r and decodes the log.
func decoded(t *testing.T, r *scan.Result, opt report.Options) *sarif.Log {
	t.Helper()
	var log sarif.Log
	if err := json.Unmarshal(render(t, r, opt), &log); err != nil {
		t.Fatal(err)
	}
	return &log
}

func TestContent(t *testing.T) {
	r := reporttest.Result(t)
	run := decoded(t, r, report.Options{}).Runs[0]
	rules := run.Tool.Driver.Rules
	if len(rules) != len(reporttest.Rules) {
		t.Fatalf("%d rule descriptors, want %d", len(rules), len(reporttest.Rules))
	}
	byID := map[string]sarif.Result{}
	for _, res := range run.Results {
		if rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("%s: ruleIndex %d points at %s", res.RuleID, res.RuleIndex, rules[res.RuleIndex].ID)
		}
		byID[res.RuleID] = res
	}
	b602 := rules[4]
	if b602.ID != "B602" || b602.Properties.SecuritySeverity != "8.0" || b602.Properties.Precision != "high" ||
		strings.Join(b602.Properties.Tags, ",") != "security,external/cwe/cwe-78" ||
		b602.DefaultConfiguration.Level != "error" || b602.HelpURI != report.DefaultRulesURI+"#b602" {
		t.Errorf("B602 descriptor: %+v %+v", b602, b602.Properties)
	}
	// Astral characters count two UTF-16 code units: eval( starts at code
	// point 23 but UTF-16 column 24.
	reg := byID["B307"].Locations[0].PhysicalLocation.Region
	if reg.StartColumn != 24 || reg.EndColumn != 31 || reg.Snippet.Text != "eval(s)" {
		t.Errorf("B307 region = %+v", reg)
	}
	if s := byID["B101"].Suppressions; len(s) != 1 || s[0].Kind != "inSource" {
		t.Errorf("B101 suppressions = %+v", s)
	}
	if s := byID["B602"].Suppressions; s != nil {
		t.Errorf("B602 suppressions = %+v, want none", s)
	}
	flow := byID["KR601"].CodeFlows
	if len(flow) != 1 || len(flow[0].ThreadFlows[0].Locations) != 3 {
		t.Fatalf("KR601 code flows = %+v", flow)
	}
	if step := flow[0].ThreadFlows[0].Locations[0].Location; step.Message.Text != `request.args["user"] is user input` ||
		step.PhysicalLocation.Region.StartLine != 20 {
		t.Errorf("first step = %+v", step)
	}
	nb := byID["B301"].Locations[0]
	if nb.Properties == nil || nb.Properties.Cell != 2 || nb.Properties.CellLine != 1 || nb.PhysicalLocation.Region.StartLine != 4 {
		t.Errorf("notebook location = %+v", nb)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 3 {
		t.Errorf("invocation = %+v", inv)
	}
	if run.OriginalURIBaseIDs != nil {
		t.Errorf("originalUriBaseIds without BaseDir: %v", run.OriginalURIBaseIDs)
	}
	if ok := decoded(t, reporttest.Empty(), report.Options{}).Runs[0].Invocations[0].ExecutionSuccessful; !ok {
		t.Error("a scan without errors is not executionSuccessful")
	}
}

func TestBaseDir(t *testing.T) {
	base := t.TempDir()
	r := reporttest.Result(t)
	// Make the paths absolute under base, keeping sources in step.
	srcs := map[string]*scan.Source{}
	for p, s := range r.Sources {
		srcs[filepath.Join(base, p)] = s
	}
	r.Sources = srcs
	for i := range r.Findings {
		r.Findings[i].Path = filepath.Join(base, r.Findings[i].Path)
	}
	run := decoded(t, r, report.Options{BaseDir: base}).Runs[0]
	loc := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if loc.URI != "notebooks/explore.ipynb" || loc.URIBaseID != sarif.SrcRoot {
		t.Errorf("artifact location = %+v", loc)
	}
	if got := run.Results[6].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "pkg/%C3%BCnicode.py" {
		t.Errorf("non-ASCII path URI = %q", got)
	}
	root := run.OriginalURIBaseIDs[sarif.SrcRoot].URI
	if !strings.HasPrefix(root, "file:///") || !strings.HasSuffix(root, "/") {
		t.Errorf("%%SRCROOT%% = %q", root)
	}
	out := decoded(t, outside(t, base), report.Options{BaseDir: base}).Runs[0].Results[0].Locations[0].PhysicalLocation
	if !strings.HasPrefix(out.ArtifactLocation.URI, "file:///") || !strings.HasSuffix(out.ArtifactLocation.URI, "/elsewhere/a%20b.py") ||
		out.ArtifactLocation.URIBaseID != "" || out.Region != nil {
		t.Errorf("outside location = %+v", out)
	}
}

// TestFingerprint checks that the fingerprint survives moving the code
// and re-indenting it, and tells apart identical lines.
func TestFingerprint(t *testing.T) {
	fp := func(text string, subs ...string) []string {
		src := reporttest.NewSource("a.py", text)
		r := &scan.Result{Sources: map[string]*scan.Source{"a.py": src}}
		for i, sub := range subs {
			r.Findings = append(r.Findings, analysis.Finding{RuleID: "B307", Path: "a.py",
				Span: reporttest.Span(t, src, sub, i), Message: "m"})
		}
		var out []string
		for _, res := range decoded(t, r, report.Options{}).Runs[0].Results {
			out = append(out, res.PartialFingerprints[sarif.FingerprintKey])
		}
		return out
	}
	a := fp("x = 1\neval(s)\n", "eval(s)")
	b := fp("\n\n\nx = 1\nif y:\n    eval( s )\n", "eval( s )")
	if a[0] == b[0] {
		t.Errorf("different text, same fingerprint %s", a[0])
	}
	c := fp("# moved\n\n\tif True:  eval(s)\n", "eval(s)")
	d := fp("if True: eval(s)\n", "eval(s)")
	if c[0] != d[0] {
		t.Errorf("moved and re-indented: %s != %s", c[0], d[0])
	}
	twice := fp("eval(s)\neval(s)\n", "eval(s)", "eval(s)")
	if twice[0] == twice[1] || !strings.HasSuffix(twice[0], ":1") || !strings.HasSuffix(twice[1], ":2") {
		t.Errorf("identical lines: %v", twice)
	}
}
