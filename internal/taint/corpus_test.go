package taint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/config"
	rulestaint "github.com/krait-dev/krait/internal/rules/taint"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/internal/source"
	"github.com/krait-dev/krait/internal/taint"
	"github.com/krait-dev/krait/python/parser"
)

// wantRe matches the annotations: "# want: KR601" (reported here),
// "# miss: KR601 why" (should be, and krait knowingly misses it: counted as
// a false negative) and "# known-fp: KR606 why" (reported, wrongly, and
// known: counted as a false positive). A miss that starts being found, or
// a known false positive that stops, fails the test until its annotation
// is updated.
var wantRe = regexp.MustCompile(`#\s*(want|miss|known-fp)([+-]\d+)?:\s*(.*)$`)

// expectation is what the annotations say of a (file, line, rule).
type expectation int

const (
	wantIt expectation = iota + 1
	missIt
	knownFP
)

type key struct {
	path string
	line int
	id   string
}

// runProject scans a project directory with the taint rules only and
// returns the findings by (file, line, rule) and the expectations.
func runProject(t *testing.T, dir string) (got map[key]analysis.Finding, want map[key]expectation, res *scan.Result) {
	t.Helper()
	res = scan.Run(scan.Options{Roots: []string{dir}, Jobs: 2,
		Discover:   source.Options{Kinds: []source.Kind{source.KindPython}},
		Taint:      taint.DefaultModels(),
		TaintRules: rulestaint.ByClass()})
	for _, e := range res.Errors {
		t.Errorf("%s:%d: %s", e.Path, e.Line, e.Message)
	}
	got = map[key]analysis.Finding{}
	for _, f := range res.Findings {
		if f.Suppressed {
			continue
		}
		src := res.Sources[f.Path]
		line := src.Position(f.Span.Start).Line
		got[key{f.Path, line, f.RuleID}] = f
	}
	want = map[key]expectation{}
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		data, _ := os.ReadFile(path)
		for i, line := range strings.Split(string(data), "\n") {
			m := wantRe.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			n := i + 1
			if m[2] != "" {
				d, _ := strconv.Atoi(m[2])
				n += d
			}
			e := map[string]expectation{"want": wantIt, "miss": missIt, "known-fp": knownFP}[m[1]]
			for _, id := range strings.Fields(m[3]) {
				if !strings.HasPrefix(id, "KR") {
					break // the reason
				}
				want[key{path, n, id}] = e
			}
		}
		return nil
	})
	return got, want, res
}

// TestCorpus checks the taint rules against the annotated projects under
// testdata/projects (written with the engine) and testdata/heldout
// (written apart from it, without reading it, to measure it) and prints
// precision and recall per rule for each.
func TestCorpus(t *testing.T) {
	for _, corpus := range []string{"projects", "heldout"} {
		t.Run(corpus, func(t *testing.T) { testCorpus(t, filepath.Join("testdata", corpus)) })
	}
}

func testCorpus(t *testing.T, root string) {
	dirs, _ := filepath.Glob(filepath.Join(root, "*"))
	type counts struct{ tp, fp, fn int }
	per := map[string]*counts{}
	get := func(id string) *counts {
		if per[id] == nil {
			per[id] = &counts{}
		}
		return per[id]
	}
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		got, want, res := runProject(t, dir)
		for k, f := range got {
			switch want[k] {
			case wantIt:
				get(k.id).tp++
			case missIt:
				get(k.id).tp++
				t.Errorf("%s:%d: %s is found now: make its # miss a # want", k.path, k.line, k.id)
			case knownFP:
				get(k.id).fp++
			default:
				get(k.id).fp++
				t.Errorf("%s:%d: unexpected %s: %s%s", k.path, k.line, k.id, f.Message, trace(res, f))
			}
		}
		for k, e := range want {
			if _, ok := got[k]; ok {
				continue
			}
			switch e {
			case wantIt:
				get(k.id).fn++
				t.Errorf("%s:%d: expected %s, not reported", k.path, k.line, k.id)
			case missIt:
				get(k.id).fn++
			case knownFP:
				t.Errorf("%s:%d: the known false positive %s is gone: drop its # known-fp", k.path, k.line, k.id)
			}
		}
	}
	var ids []string
	for id := range per {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %5s %5s %5s %9s %7s\n", "rule", "tp", "fp", "fn", "precision", "recall")
	var all counts
	for _, id := range ids {
		c := per[id]
		all.tp, all.fp, all.fn = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn
		fmt.Fprintf(&b, "%-6s %5d %5d %5d %9s %7s\n", id, c.tp, c.fp, c.fn, ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn))
	}
	fmt.Fprintf(&b, "%-6s %5d %5d %5d %9s %7s\n", "all", all.tp, all.fp, all.fn, ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn))
	t.Logf("taint corpus:\n%s", b.String())
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

func trace(res *scan.Result, f analysis.Finding) string {
	var b strings.Builder
	for _, r := range f.Related {
		src := res.Sources[r.Path]
		line := 0
		if src != nil {
			line = src.Position(r.Span.Start).Line
		}
		fmt.Fprintf(&b, "\n    %s:%d: %s", r.Path, line, r.Message)
	}
	return b.String()
}

// TestDeterministic checks that the findings and their traces are the
// same run after run: the solver's work list, and so which of several
// flows a finding shows, must not depend on map order or scheduling.
func TestDeterministic(t *testing.T) {
	dir := filepath.Join("testdata", "projects", "flask_shop")
	render := func() string {
		_, _, res := runProject(t, dir)
		var b strings.Builder
		for _, f := range res.Findings {
			fmt.Fprintf(&b, "%s %s %d %s%s\n", f.RuleID, f.Path, f.Span.Start, f.Message, trace(res, f))
		}
		return b.String()
	}
	first := render()
	if first == "" {
		t.Fatal("no findings")
	}
	for i := 0; i < 4; i++ {
		if got := render(); got != first {
			t.Fatalf("run %d differs from the first:\n%s\nfirst:\n%s", i+2, got, first)
		}
	}
}

// TestDisableSources checks [tool.krait.taint] disable-sources: with the
// command-line and environment kinds off, the CLI tools project has no
// findings, and a web project keeps those from HTTP input.
func TestDisableSources(t *testing.T) {
	// findings returns "rule path:offset" of each finding, and of those
	// from HTTP input.
	findings := func(dir string, off []string) (all, fromHTTP []string) {
		models := taint.DefaultModels()
		if err := models.AddConfig(config.TaintModels{DisableSources: off}); err != nil {
			t.Fatal(err)
		}
		res := scan.Run(scan.Options{Roots: []string{dir}, Jobs: 2,
			Discover: source.Options{Kinds: []source.Kind{source.KindPython}},
			Taint:    models, TaintRules: rulestaint.ByClass()})
		for _, f := range res.Findings {
			k := fmt.Sprintf("%s %s:%d", f.RuleID, f.Path, f.Span.Start)
			all = append(all, k)
			if strings.Contains(f.Message, "HTTP request data") {
				fromHTTP = append(fromHTTP, k)
			}
		}
		return all, fromHTTP
	}
	cli := filepath.Join("testdata", "projects", "cli_tools")
	if all, _ := findings(cli, nil); len(all) == 0 {
		t.Fatal("no findings in the CLI tools project with every source on")
	}
	if all, _ := findings(cli, []string{"cli", "env"}); len(all) != 0 {
		t.Errorf("CLI tools project with cli and env off: %q, want none", all)
	}
	web := filepath.Join("testdata", "projects", "flask_shop")
	_, http := findings(web, nil)
	off, httpOff := findings(web, []string{"cli", "env"})
	if len(http) == 0 || !slices.Equal(off, http) || !slices.Equal(httpOff, http) {
		t.Errorf("flask shop with cli and env off:\n%q\nwant the HTTP findings with every source on:\n%q", off, http)
	}
	if all, _ := findings(web, []string{"http", "cli", "env"}); len(all) != 0 {
		t.Errorf("flask shop with every source off: %q", all)
	}
}

// TestSameSourcePosition checks that a finding reached from two sources
// that start at the same place (os.environ and os.environ.get() in
// os.environ.get("CMD")) names the same one run after run: the solver's
// findings come from a map, and the order that settles ties must not.
func TestSameSourcePosition(t *testing.T) {
	src := []byte("import os\n\ndef main():\n    cmd = os.environ.get(\"CMD\")\n    os.system(\"run \" + cmd)\n")
	models := taint.DefaultModels()
	var first string
	for i := 0; i < 30; i++ {
		file, err := parser.ParseFile("tool.py", src)
		if err != nil {
			t.Fatal(err)
		}
		mod := taint.Build("tool.py", file, semantic.New(file, "tool", false), models)
		fs := taint.Findings(taint.NewProject(models, []*taint.Module{mod}).Solve(), rulestaint.ByClass())
		if len(fs) != 1 {
			t.Fatalf("%d findings, want 1", len(fs))
		}
		got := fs[0].Message
		for _, r := range fs[0].Related {
			got += " | " + r.Message
		}
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("run %d: %s\nfirst: %s", i+1, got, first)
		}
	}
}
