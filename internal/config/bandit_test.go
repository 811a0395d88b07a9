package config

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestBanditTOML(t *testing.T) {
	const body = `[project]
name = "app"

[tool.bandit]
exclude_dirs = ["tests", "./build", "docs/", "src/legacy", "*/migrations/*", ""]
tests = ["B201", "B301", "hardcoded_tmp_directory", "B602", "B603", "B605", "B110"]
skips = ["B101", "B999", "B322"]
targets = ["src"]
profiles = {}
skip = ["B1"]

[tool.bandit.assert_used]
skips = ["*_test.py"]

[tool.bandit.hardcoded_tmp_directory]
tmp_dirs = ["/tmp", "/scratch"]
tmp_dir = "x"

[tool.bandit.shell_injection]
subprocess = ["subprocess.Popen", "mylib.run"]
shell = ["os.system"]

[tool.bandit.subprocess_popen_with_shell_equals_true]
shell = ["os.system", "os.popen"]

[tool.bandit.try_except_pass]
check_typed_exception = true
`
	dir := writeTree(t, map[string]string{"pyproject.toml": body})
	path := filepath.Join(dir, "pyproject.toml")
	c, err := ForRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !c.FromBandit || c.Path != path || !reflect.DeepEqual(c.Sources, []string{path}) {
		t.Errorf("FromBandit %v, Path %q, Sources %q", c.FromBandit, c.Path, c.Sources)
	}
	if want := []string{"B201", "B301", "B108", "B602", "B603", "B605", "B110"}; !reflect.DeepEqual(c.Select, want) {
		t.Errorf("Select = %q, want %q", c.Select, want)
	}
	if want := []string{"B101"}; !reflect.DeepEqual(c.Ignore, want) {
		t.Errorf("Ignore = %q, want %q", c.Ignore, want)
	}
	if want := []string{"*tests*", "build*/**", "*docs/", "**/*src/legacy*", "**/migrations/**"}; !reflect.DeepEqual(c.ExtendExclude, want) {
		t.Errorf("ExtendExclude = %q, want %q", c.ExtendExclude, want)
	}
	wantWarnings := []string{
		`pyproject.toml:5:78: tool.bandit.exclude_dirs[5]: exclude entry "" is empty (Bandit would exclude every file); ignored`,
		`pyproject.toml:7:18: tool.bandit.skips[1]: unknown Bandit test "B999"; ignored`,
		`pyproject.toml:7:26: tool.bandit.skips[2]: B322 was retired from Bandit; ignored`,
		`pyproject.toml:9:1: tool.bandit.profiles: Bandit setting not translated by krait; ignored`,
		`pyproject.toml:10:1: tool.bandit.skip: unknown Bandit setting; ignored (did you mean "skips"?)`,
		`pyproject.toml:17:1: tool.bandit.hardcoded_tmp_directory.tmp_dir: unknown Bandit plugin option; ignored (did you mean "tmp_dirs"?)`,
		`pyproject.toml:23:14: tool.bandit.subprocess_popen_with_shell_equals_true: Bandit itself ignores this section (B602 reads [tool.bandit.shell_injection]); krait applies it to B602`,
	}
	var got []string
	for _, w := range c.Warnings {
		got = append(got, rel(dir, w))
	}
	if !reflect.DeepEqual(got, wantWarnings) {
		t.Errorf("Warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantWarnings, "\n"))
	}

	var ids []string
	for id := range c.Rules {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if want := []string{"B101", "B108", "B110", "B602", "B603", "B604", "B605", "B606", "B607", "B609"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("Rules for %q, want %q", ids, want)
	}

	// The options decode into the rules' own structs, keeping defaults.
	type shellOptions struct {
		Subprocess []string `toml:"subprocess"`
		Shell      []string `toml:"shell"`
		NoShell    []string `toml:"no_shell"`
	}
	defaults := shellOptions{Subprocess: []string{"subprocess.run"}, Shell: []string{"os.system"}, NoShell: []string{"os.execl"}}
	for _, tt := range []struct {
		id   string
		want shellOptions
	}{
		// The plugin-named section refines the shared one for its rule.
		{"B602", shellOptions{Subprocess: []string{"subprocess.Popen", "mylib.run"}, Shell: []string{"os.system", "os.popen"}, NoShell: []string{"os.execl"}}},
		{"B605", shellOptions{Subprocess: []string{"subprocess.Popen", "mylib.run"}, Shell: []string{"os.system"}, NoShell: []string{"os.execl"}}},
		{"B609", shellOptions{Subprocess: []string{"subprocess.Popen", "mylib.run"}, Shell: []string{"os.system"}, NoShell: []string{"os.execl"}}},
	} {
		got := defaults
		if err := c.DecodeRuleOptions(tt.id, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s options %+v, want %+v", tt.id, got, tt.want)
		}
	}
	var tmp struct {
		TmpDirs []string `toml:"tmp_dirs"`
	}
	if err := c.DecodeRuleOptions("S108", &tmp); err != nil || !reflect.DeepEqual(tmp.TmpDirs, []string{"/tmp", "/scratch"}) {
		t.Errorf("B108 options %+v, %v", tmp, err)
	}
	var except struct {
		CheckTypedException bool `toml:"check_typed_exception"`
	}
	if err := c.DecodeRuleOptions("B110", &except); err != nil || !except.CheckTypedException {
		t.Errorf("B110 options %+v, %v", except, err)
	}
	if o := c.Rules["B602"]; o.Key != "tool.bandit.shell_injection" || !reflect.DeepEqual(o.Keys(), []string{"subprocess", "shell"}) {
		t.Errorf("B602 options from %s: %q", o.Key, o.Keys())
	}
	// A wrong type is the rule's error, named at the Bandit section.
	var bad struct {
		Subprocess string `toml:"subprocess"`
		Shell      []string
	}
	err = c.DecodeRuleOptions("B603", &bad)
	if got, want := rel(dir, errString(err)), `pyproject.toml:20:14: tool.bandit.shell_injection.subprocess: expected a string, found a list
pyproject.toml:21:1: tool.bandit.shell_injection.shell: unknown key (did you mean "Shell"?)`; got != want {
		t.Errorf("decode error:\n%s\nwant\n%s", got, want)
	}
}

func TestBanditTOMLErrors(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"[tool.bandit]\ntests = \"B101\"\n", "pyproject.toml:2:9: tool.bandit.tests: expected a list of strings, found a string"},
		{"[tool.bandit]\nskips = [101]\n", "pyproject.toml:2:10: tool.bandit.skips[0]: expected a string, found an integer"},
		{"[tool.bandit]\nexclude_dirs = \"tests\"\n", "pyproject.toml:2:16: tool.bandit.exclude_dirs: expected a list of strings, found a string"},
		{"[tool.bandit]\nassert_used = [\"x\"]\n", "pyproject.toml:2:15: tool.bandit.assert_used: expected a table of plugin options, found a list"},
		{"[tool]\nbandit = 1\n", "pyproject.toml:2:10: tool.bandit: expected a table, found an integer"},
	} {
		_, got := loadString(t, "pyproject.toml", tt.body)
		if got != tt.want {
			t.Errorf("%q: error\n%s\nwant\n%s", tt.body, got, tt.want)
		}
	}
}

func TestBanditINI(t *testing.T) {
	const body = `# project settings for Bandit
[bandit]
exclude = tests,./build
tests = B201, B301
skips: B101,
  B601
targets = src
recursive = true
level = LOW
colour = red

[other]
tests = B999
`
	c, msg := loadString(t, ".bandit", body)
	if msg != "" {
		t.Fatal(msg)
	}
	if !c.FromBandit || !reflect.DeepEqual(c.Select, []string{"B201", "B301"}) || !reflect.DeepEqual(c.Ignore, []string{"B101", "B601"}) || !reflect.DeepEqual(c.ExtendExclude, []string{"*tests*", "build*/**"}) {
		t.Errorf("Config %+v", c)
	}
	want := []string{
		".bandit:9:1: bandit.level: Bandit option not translated by krait; ignored",
		".bandit:10:1: bandit.colour: unknown Bandit option; ignored",
	}
	var got []string
	for _, w := range c.Warnings {
		got = append(got, rel(filepath.Dir(c.Path), w))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	c, msg = loadString(t, ".bandit", "[flake8]\nmax-line-length = 100\n")
	if msg != "" || len(c.Warnings) != 1 || !strings.HasSuffix(c.Warnings[0], ".bandit: no [bandit] section; nothing to read") {
		t.Errorf("no [bandit]: %+v, %s", c, msg)
	}
	// Without tests, Bandit's whole rule set runs (the Bandit checks the
	// default set leaves to the taint rules included); with tests, only
	// those.
	c, msg = loadString(t, ".bandit", "[bandit]\nskips = B101\n")
	if msg != "" || !reflect.DeepEqual(c.ExtendSelect, []string{"B"}) || !reflect.DeepEqual(c.Ignore, []string{"B101"}) {
		t.Errorf("skips only: extend-select %q, ignore %q, %s", c.ExtendSelect, c.Ignore, msg)
	}
	c, msg = loadString(t, "tox.ini", "[bandit]\nskips = B101,B101,assert_used\ntests = B101\n")
	if len(c.ExtendSelect) != 0 {
		t.Errorf("tests given: extend-select %q", c.ExtendSelect)
	}
	if msg != "" || !reflect.DeepEqual(c.Ignore, []string{"B101"}) || len(c.Warnings) != 1 ||
		!strings.HasSuffix(c.Warnings[0], "tox.ini:2:1: bandit.skips: B101 is both in tests and in skips, which Bandit refuses; krait skips it") {
		t.Errorf("tox.ini: %+v, %s", c, msg)
	}
}

func TestBanditTestIDs(t *testing.T) {
	var blacklist []string
	for _, bt := range banditTests {
		if bt.blacklist {
			blacklist = append(blacklist, bt.id)
		}
	}
	for _, tt := range []struct {
		in       []string
		want     []string
		warnings int
	}{
		{nil, nil, 0},
		{[]string{"B101", "B602"}, []string{"B101", "B602"}, 0},
		{[]string{"assert_used", "subprocess_popen_with_shell_equals_true"}, []string{"B101", "B602"}, 0},
		{[]string{" B101 ", "B101", "assert_used"}, []string{"B101"}, 0},
		{[]string{"B001"}, blacklist, 0},
		{[]string{"blacklist"}, blacklist, 0},
		{[]string{"B001", "B401"}, []string{"B401"}, 0}, // Bandit: "B001,B401 means B401"
		{[]string{"B101", "B001", "B102"}, append([]string{"B101", "B102"}, blacklist...), 0},
		{[]string{"B999", "S101", "B109"}, nil, 3},
	} {
		var items []banditItem
		for _, s := range tt.in {
			items = append(items, banditItem{s: s})
		}
		w := &banditWarner{}
		var got []string
		for _, r := range banditTestIDs(items, w) {
			got = append(got, r.id)
		}
		if !reflect.DeepEqual(got, tt.want) || len(w.warnings) != tt.warnings {
			t.Errorf("banditTestIDs(%q) = %q with %d warnings, want %q with %d", tt.in, got, len(w.warnings), tt.want, tt.warnings)
		}
	}
}

func TestBanditExcludeGlob(t *testing.T) {
	for _, tt := range []struct{ in, want, why string }{
		{"tests", "*tests*", ""},
		{" tests ", "*tests*", ""},
		{".venv", "*.venv*", ""},
		{"tests/", "*tests/", ""},
		{"./tests", "tests*/**", ""},
		{"././tests/", "tests/**", ""},
		{"src/legacy", "**/*src/legacy*", ""},
		{"src/legacy/", "**/*src/legacy/", ""},
		{"./src/legacy", "src/legacy*", ""},
		{`src\legacy`, "**/*src/legacy*", ""},
		{"*/migrations/*", "**/migrations/**", ""},
		{"./tests/*", "tests/**", ""},
		{"*.egg", "*.egg", ""},
		{"test_*.py", "test_*.py", ""},
		{"[ab]/x", "[ab]/x", ""},
		{"", "", "is empty (Bandit would exclude every file)"},
		{"./", "", "names the whole tree (Bandit would exclude every file)"},
		{".", "", "names the whole tree (Bandit would exclude every file)"},
		{"/abs/tests", "", "is an absolute path (krait's globs are relative to the configuration's directory)"},
	} {
		got, why := banditExcludeGlob(tt.in)
		if got != tt.want || why != tt.why {
			t.Errorf("banditExcludeGlob(%q) = %q, %q; want %q, %q", tt.in, got, why, tt.want, tt.why)
		}
	}
}

func TestForRoot(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		start      string
		wantPath   string // "" for none
		fromBandit bool
		sources    []string
		ignore     []string
	}{
		{
			name: "krait configuration upward beats a nearer Bandit one",
			files: map[string]string{
				"krait.toml":         "ignore = [\"B102\"]\n",
				"sub/pyproject.toml": "[tool.bandit]\nskips = [\"B101\"]\n",
			},
			start: "sub", wantPath: "krait.toml", sources: []string{"krait.toml"}, ignore: []string{"B102"},
		},
		{
			name:  "tool.bandit found upward",
			files: map[string]string{"pyproject.toml": "[tool.bandit]\nskips = [\"B101\"]\n", "a/b/": ""},
			start: "a/b", wantPath: "pyproject.toml", fromBandit: true, sources: []string{"pyproject.toml"}, ignore: []string{"B101"},
		},
		{
			name:  ".bandit found upward",
			files: map[string]string{".bandit": "[bandit]\nskips = B101\n", "a/": ""},
			start: "a", wantPath: ".bandit", fromBandit: true, sources: []string{".bandit"}, ignore: []string{"B101"},
		},
		{
			name: "pyproject and .bandit in one directory are merged",
			files: map[string]string{
				"pyproject.toml": "[tool.bandit]\nskips = [\"B101\", \"B602\"]\n",
				".bandit":        "[bandit]\nskips = B602,B603\n",
			},
			start: ".", wantPath: "pyproject.toml", fromBandit: true, sources: []string{"pyproject.toml", ".bandit"}, ignore: []string{"B101", "B602", "B603"},
		},
		{
			name: "the nearest Bandit configuration wins",
			files: map[string]string{
				".bandit":            "[bandit]\nskips = B603\n",
				"sub/pyproject.toml": "[tool.bandit]\nskips = [\"B101\"]\n",
			},
			start: "sub", wantPath: "sub/pyproject.toml", fromBandit: true, sources: []string{"sub/pyproject.toml"}, ignore: []string{"B101"},
		},
		{
			name: "files that configure neither are skipped",
			files: map[string]string{
				"pyproject.toml":     "[tool.bandit]\nskips = [\"B101\"]\n",
				"sub/pyproject.toml": "[project]\nname = \"sub\"\n",
				"sub/.bandit":        "[flake8]\nx = 1\n",
			},
			start: "sub", wantPath: "pyproject.toml", fromBandit: true, sources: []string{"pyproject.toml"}, ignore: []string{"B101"},
		},
		{
			name:  "pyproject with both: krait wins",
			files: map[string]string{"pyproject.toml": "[tool.bandit]\nskips = [\"B101\"]\n[tool.krait]\nignore = [\"B102\"]\n"},
			start: ".", wantPath: "pyproject.toml", sources: []string{"pyproject.toml"}, ignore: []string{"B102"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, tt.files)
			c, err := ForRoot(filepath.Join(dir, tt.start))
			if err != nil {
				t.Fatal(err)
			}
			var sources []string
			for _, s := range c.Sources {
				sources = append(sources, filepath.ToSlash(rel(dir, s)))
			}
			if got := filepath.ToSlash(rel(dir, c.Path)); got != tt.wantPath || c.FromBandit != tt.fromBandit ||
				!reflect.DeepEqual(sources, tt.sources) || !reflect.DeepEqual(c.Ignore, tt.ignore) {
				t.Errorf("ForRoot: Path %q FromBandit %v Sources %q Ignore %q; want %q %v %q %q",
					got, c.FromBandit, sources, c.Ignore, tt.wantPath, tt.fromBandit, tt.sources, tt.ignore)
			}
		})
	}
}

func TestForRootNothing(t *testing.T) {
	dir := writeTree(t, map[string]string{"a/b/x.py": ""})
	// The search goes on above the temporary directory; skip when the
	// machine has a configuration there.
	if p, err := Find(dir); err != nil || p != "" {
		t.Skipf("a krait configuration above the test directory: %q, %v", p, err)
	}
	c, err := ForRoot(filepath.Join(dir, "a", "b"))
	if err != nil {
		t.Fatal(err)
	}
	if c.FromBandit {
		t.Skipf("a Bandit configuration above the test directory: %s", c.Path)
	}
	if !reflect.DeepEqual(c, &Config{}) {
		t.Errorf("ForRoot = %+v, want an empty Config", c)
	}
}

func TestForRootErrors(t *testing.T) {
	for _, tt := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"krait.toml": "select = 1\n"}, "krait.toml:1:10: select: expected a list of strings, found an integer"},
		{map[string]string{"pyproject.toml": "[tool.bandit]\ntests = 1\n"}, "pyproject.toml:2:9: tool.bandit.tests: expected a list of strings, found an integer"},
		{map[string]string{".bandit": "tests = B101\n"}, ".bandit:1:1: expected a [section] header before options"},
		{map[string]string{".bandit": "[bandit]\nskips = %(nope)s\n"}, ".bandit:2:1: bandit.skips: %(nope)s refers to no option of [bandit]"},
	} {
		dir := writeTree(t, tt.files)
		_, err := ForRoot(dir)
		if got := rel(dir, errString(err)); got != tt.want {
			t.Errorf("ForRoot error %q, want %q", got, tt.want)
		}
	}
}

// TestBanditTablesMatchReference checks the tables against the reference
// files they were derived from, when those are at hand.
func TestBanditTablesMatchReference(t *testing.T) {
	ref := filepath.Join("..", "..", "..", "shared", "reference")
	if d := os.Getenv("KRAIT_REFERENCE"); d != "" {
		ref = d
	}
	tsv, err := os.ReadFile(filepath.Join(ref, "bandit-rules.tsv"))
	if err != nil {
		t.Skipf("reference files not found (set KRAIT_REFERENCE): %v", err)
	}
	var want []banditTest
	var retired []string
	for i, line := range strings.Split(strings.TrimSpace(string(tsv)), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 3 {
			continue
		}
		if f[2] == "removed" {
			retired = append(retired, f[0])
			continue
		}
		want = append(want, banditTest{f[0], f[1], f[2] == "blacklist_call" || f[2] == "blacklist_import"})
	}
	if !reflect.DeepEqual(banditTests, want) {
		t.Errorf("banditTests differ from bandit-rules.tsv")
	}
	if !reflect.DeepEqual(banditRetired, retired) {
		t.Errorf("banditRetired = %q, bandit-rules.tsv has %q", banditRetired, retired)
	}

	// Every section of the generator's defaults is mapped, with its options,
	// to the rule of the same name.
	f, err := os.Open(filepath.Join(ref, "bandit-plugin-defaults.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	yaml := map[string][]string{}
	var section string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "  -"):
		case !strings.HasPrefix(line, " "):
			section = strings.TrimSuffix(line, ":")
			yaml[section] = nil
		default:
			key, _, _ := strings.Cut(strings.TrimSpace(line), ":")
			yaml[section] = append(yaml[section], key)
		}
	}
	for name, opts := range yaml {
		i := slices.IndexFunc(banditSections, func(s banditSection) bool { return s.name == name })
		if i < 0 {
			t.Errorf("section %s of the defaults is not in banditSections", name)
			continue
		}
		s := banditSections[i]
		if got := slices.Sorted(slices.Values(s.options)); !reflect.DeepEqual(got, opts) {
			t.Errorf("section %s options %q, defaults have %q", name, got, opts)
		}
		j := slices.IndexFunc(banditTests, func(bt banditTest) bool { return bt.name == name })
		if j < 0 || !slices.Contains(s.ids, banditTests[j].id) {
			t.Errorf("section %s does not set the options of the check of that name", name)
		}
	}
	for _, s := range banditSections {
		if _, ok := yaml[s.name]; !ok && s.readsInstead != "" {
			t.Errorf("generator section %s is not in the defaults", s.name)
		}
	}
}
