package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// writeTree creates files (path relative to a new temporary directory =>
// contents) and returns the directory. A path ending in "/" is a directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rel strips dir from the paths in s, for comparing messages.
func rel(dir, s string) string {
	return strings.ReplaceAll(s, dir+string(filepath.Separator), "")
}

// loadString writes body to a file called name in a new directory and loads
// it; the error text has the directory stripped.
func loadString(t *testing.T, name, body string) (*Config, string) {
	t.Helper()
	dir := writeTree(t, map[string]string{name: body})
	c, err := Load(filepath.Join(dir, name))
	if err != nil {
		return c, rel(dir, err.Error())
	}
	return c, ""
}

const kraitPyproject = "[project]\nname = \"x\"\n\n[tool.krait]\nselect = [\"B\"]\n"

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		start string // relative to the tree
		want  string // relative to the tree, "" for none
	}{
		{
			name:  "pyproject with tool.krait, from a nested directory",
			files: map[string]string{"pyproject.toml": kraitPyproject, "src/pkg/mod.py": ""},
			start: "src/pkg",
			want:  "pyproject.toml",
		},
		{
			name: "pyproject without tool.krait is skipped",
			files: map[string]string{
				"krait.toml":         "select = [\"B\"]\n",
				"sub/pyproject.toml": "[project]\nname = \"sub\"\n[tool.ruff]\nline-length = 100\n",
				"sub/deep/":          "",
			},
			start: "sub/deep",
			want:  "krait.toml",
		},
		{
			name: ".krait.toml beats krait.toml beats pyproject.toml",
			files: map[string]string{
				".krait.toml":    "",
				"krait.toml":     "",
				"pyproject.toml": kraitPyproject,
			},
			start: ".",
			want:  ".krait.toml",
		},
		{
			name:  "krait.toml beats pyproject.toml",
			files: map[string]string{"krait.toml": "", "pyproject.toml": kraitPyproject},
			start: ".",
			want:  "krait.toml",
		},
		{
			name: "the nearest directory wins over precedence",
			files: map[string]string{
				".krait.toml":        "",
				"sub/pyproject.toml": kraitPyproject,
			},
			start: "sub",
			want:  "sub/pyproject.toml",
		},
		{
			name:  "a dotted tool.krait key makes the table",
			files: map[string]string{"pyproject.toml": "tool.krait.select = []\n", "a/": ""},
			start: "a",
			want:  "pyproject.toml",
		},
		{
			name:  "an empty [tool.krait] counts",
			files: map[string]string{"pyproject.toml": "[tool.krait]\n"},
			start: ".",
			want:  "pyproject.toml",
		},
		{
			name:  "a subtable alone makes tool.krait",
			files: map[string]string{"pyproject.toml": "[tool.krait.rules.B108]\ntmp_dirs = []\n"},
			start: ".",
			want:  "pyproject.toml",
		},
		{
			name:  "a file as the root starts at its directory",
			files: map[string]string{"krait.toml": "", "app.py": ""},
			start: "app.py",
			want:  "krait.toml",
		},
		{
			name:  "a directory named krait.toml is not a file",
			files: map[string]string{"krait.toml/": "", "pyproject.toml": kraitPyproject},
			start: ".",
			want:  "pyproject.toml",
		},
		{
			name:  "tool.bandit is not krait's",
			files: map[string]string{"sub/pyproject.toml": "[tool.bandit]\nskips = []\n", "krait.toml": ""},
			start: "sub",
			want:  "krait.toml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, tt.files)
			got, err := Find(filepath.Join(dir, tt.start))
			if err != nil {
				t.Fatal(err)
			}
			want := ""
			if tt.want != "" {
				want = filepath.Join(dir, tt.want)
			}
			if got != want {
				t.Errorf("Find = %q, want %q", got, want)
			}
		})
	}
}

func TestFindErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{"pyproject.toml": "[project]\nname = \"x\" !\n", "a/": ""})
	_, err := Find(filepath.Join(dir, "a"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Find: %v, want an *Error", err)
	}
	if got, want := rel(dir, err.Error()), "pyproject.toml:2:12: expected newline but got U+0021 '!'"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	if e.File != filepath.Join(dir, "pyproject.toml") || e.Line != 2 || e.Col != 12 {
		t.Errorf("error at %s:%d:%d", e.File, e.Line, e.Col)
	}
	if _, err := Find(filepath.Join(dir, "missing")); err == nil {
		t.Error("Find of a missing root: no error")
	}
}

func TestLoadEveryKey(t *testing.T) {
	const body = `
select = ["B", "S6", "KR601"]
ignore = ["B101"]
extend-select = ["KR8"]
extend-ignore = ["S311", "B4"]
exclude = ["build/", "**/migrations/**"]
extend-exclude = ["*_pb2.py"]
severity = "Medium"
confidence = "low"
fail-on = "HIGH"

[per-file-ignores]
"tests/**" = ["B101", "S105"]
"conftest.py" = []

[rules.B108]
tmp_dirs = ["/scratch"]

[rules.S602]
shell = ["os.system"]

[[taint.sources]]
qualname = "myapp.http.current_request"
kind = "http"

[[taint.sources]]
pattern = "myapp.**.route"
from = "parameters"

[[taint.sinks]]
kind = "sql"
pattern = "myapp.db.*_raw"
args = [0]
kwargs = ["query"]

[[taint.sanitizers]]
qualname = "myapp.sql.quote"
kind = "sql"

[[taint.sanitizers]]
qualname = "myapp.clean"

[[taint.propagators]]
qualname = "myapp.util.join"
args = [0, 1]

[[taint.propagators]]
qualname = "myapp.Bag.add"
to = "receiver"

[deps]
ignore = [
  {id = "PYSEC-2023-1", reason = "not reachable", expires = 2027-01-31},
  {id = "GHSA-aaaa-bbbb-cccc", expires = "2026-12-01"},
  {id = "CVE-2024-1234"},
]
`
	dir := writeTree(t, map[string]string{"krait.toml": body})
	path := filepath.Join(dir, "krait.toml")
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	at := func(line, col int) Position { return Position{File: path, Line: line, Col: col} }
	want := &Config{
		Path:           path,
		Sources:        []string{path},
		Select:         []string{"B", "B6", "KR601"},
		Ignore:         []string{"B101"},
		ExtendSelect:   []string{"KR8"},
		ExtendIgnore:   []string{"B311", "B4"},
		Exclude:        []string{"build/", "**/migrations/**"},
		ExtendExclude:  []string{"*_pb2.py"},
		Severity:       "medium",
		Confidence:     "low",
		FailOn:         "high",
		PerFileIgnores: []PerFileIgnore{{"tests/**", []string{"B101", "B105"}, at(13, 1)}, {"conftest.py", []string{}, at(14, 1)}},
		Taint: TaintModels{
			Sources: []TaintSource{
				{TaintTarget: TaintTarget{Qualname: "myapp.http.current_request"}, Kind: "http", From: "return", Pos: at(22, 1)},
				{TaintTarget: TaintTarget{Pattern: "myapp.**.route"}, From: "parameters", Pos: at(26, 1)},
			},
			Sinks: []TaintSink{
				{TaintTarget: TaintTarget{Pattern: "myapp.db.*_raw"}, Kind: "sql", Args: []int{0}, Kwargs: []string{"query"}, Pos: at(30, 1)},
			},
			Sanitizers: []TaintSanitizer{
				{TaintTarget: TaintTarget{Qualname: "myapp.sql.quote"}, Kind: "sql", Pos: at(36, 1)},
				{TaintTarget: TaintTarget{Qualname: "myapp.clean"}, Pos: at(40, 1)},
			},
			Propagators: []TaintPropagator{
				{TaintTarget: TaintTarget{Qualname: "myapp.util.join"}, Args: []int{0, 1}, To: "return", Pos: at(43, 1)},
				{TaintTarget: TaintTarget{Qualname: "myapp.Bag.add"}, To: "receiver", Pos: at(47, 1)},
			},
		},
		Deps: DepsConfig{Ignore: []DepIgnore{
			{ID: "PYSEC-2023-1", Reason: "not reachable", Expires: Date{2027, time.January, 31}, Pos: at(53, 3)},
			{ID: "GHSA-aaaa-bbbb-cccc", Expires: Date{2026, time.December, 1}, Pos: at(54, 3)},
			{ID: "CVE-2024-1234", Pos: at(55, 3)},
		}},
	}
	rules := c.Rules
	c.Rules, c.refs = nil, nil
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Load =\n%#v\nwant\n%#v", c, want)
	}
	if len(rules) != 2 || rules["B108"] == nil || rules["B602"] == nil {
		t.Fatalf("Rules = %v, want B108 and B602", rules)
	}
	if o := rules["B602"]; o.ID != "B602" || o.Key != "rules.S602" || o.Pos != at(19, 8) || !reflect.DeepEqual(o.Keys(), []string{"shell"}) {
		t.Errorf("Rules[B602] = %+v", o)
	}
}

func TestLoadPyprojectKeys(t *testing.T) {
	// The same schema under [tool.krait]; other tables are not krait's.
	c, msg := loadString(t, "pyproject.toml", `
[project]
name = "x"
[tool.ruff]
select = ["E"]
unknown-to-krait = 1
[tool.krait]
select = ["S1"]
fail-on = "low"
[tool.krait.per-file-ignores]
"b/*" = ["B1"]
"a/*" = ["B2"]
`)
	if msg != "" {
		t.Fatal(msg)
	}
	if !reflect.DeepEqual(c.Select, []string{"B1"}) || c.FailOn != "low" || len(c.PerFileIgnores) != 2 || c.FromBandit {
		t.Errorf("Load = %+v", c)
	}
}

func TestLoadUnset(t *testing.T) {
	// Unset lists stay nil; [] is an empty, non-nil list.
	c, msg := loadString(t, "krait.toml", "ignore = []\n")
	if msg != "" {
		t.Fatal(msg)
	}
	if c.Select != nil || c.Ignore == nil || len(c.Ignore) != 0 || c.Rules != nil || c.Severity != "" {
		t.Errorf("Load = %#v", c)
	}
	c, msg = loadString(t, "pyproject.toml", "[project]\nname = \"x\"\n")
	if msg != "" || c.Path == "" || c.FromBandit || c.Select != nil {
		t.Errorf("pyproject without krait or bandit: %+v, %s", c, msg)
	}
}

func TestPerFileIgnoresOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("[per-file-ignores]\n")
	globs := []string{"z/**", "a.py", "m/*.py", "b/", "**/test_*.py", "y.py", "c/**/d.py"}
	for _, g := range globs {
		b.WriteString(quoteKey(g) + " = [\"B101\"]\n")
	}
	c, msg := loadString(t, "krait.toml", b.String())
	if msg != "" {
		t.Fatal(msg)
	}
	var got []string
	for _, p := range c.PerFileIgnores {
		got = append(got, p.Glob)
	}
	if !reflect.DeepEqual(got, globs) {
		t.Errorf("per-file-ignores order %q, want %q", got, globs)
	}
	for i, p := range c.PerFileIgnores {
		if p.Pos.Line != i+2 || p.Pos.Col != 1 {
			t.Errorf("%s at %d:%d, want %d:1", p.Glob, p.Pos.Line, p.Pos.Col, i+2)
		}
	}
}

func TestDepsDates(t *testing.T) {
	c, msg := loadString(t, "krait.toml", `
[[deps.ignore]]
id = "PYSEC-1"
expires = 2027-01-31
[[deps.ignore]]
id = "PYSEC-2"
expires = "2024-02-29"
[[deps.ignore]]
id = "PYSEC-3"
`)
	if msg != "" {
		t.Fatal(msg)
	}
	ig := c.Deps.Ignore
	if len(ig) != 3 {
		t.Fatalf("ignore = %+v", ig)
	}
	if ig[0].Expires != (Date{2027, time.January, 31}) || ig[1].Expires != (Date{2024, time.February, 29}) || !ig[2].Expires.IsZero() {
		t.Errorf("expires = %v, %v, %v", ig[0].Expires, ig[1].Expires, ig[2].Expires)
	}
	if s := ig[0].Expires.String(); s != "2027-01-31" {
		t.Errorf("String = %q", s)
	}
	day := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		ig   DepIgnore
		now  time.Time
		want bool
	}{
		{ig[0], day(2027, time.January, 31, 23), false}, // the last day still applies
		{ig[0], day(2027, time.February, 1, 0), true},
		{ig[0], day(2026, time.December, 31, 12), false},
		{ig[0], day(2028, time.January, 1, 0), true},
		{ig[2], day(9999, time.January, 1, 0), false}, // never expires
	} {
		if got := tt.ig.Expired(tt.now); got != tt.want {
			t.Errorf("%s expires %v: Expired(%v) = %v, want %v", tt.ig.ID, tt.ig.Expires, tt.now, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, err string }{
		{"2027-01-31", ""},
		{"2024-02-29", ""},
		{"2023-02-29", `invalid date "2023-02-29": day out of range`},
		{"2027-13-01", `invalid date "2027-13-01": month out of range`},
		{"2027-00-10", `invalid date "2027-00-10": month out of range`},
		{"2027-1-31", `invalid date "2027-1-31": expected YYYY-MM-DD`},
		{"31/01/2027", `invalid date "31/01/2027": expected YYYY-MM-DD`},
		{"2027-01-3x", `invalid date "2027-01-3x": expected YYYY-MM-DD`},
		{"2027-+1-01", `invalid date "2027-+1-01": expected YYYY-MM-DD`},
	} {
		_, err := ParseDate(tt.in)
		if got := errString(err); got != tt.err {
			t.Errorf("ParseDate(%q) error %q, want %q", tt.in, got, tt.err)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestCheckRuleIDs(t *testing.T) {
	c, msg := loadString(t, "krait.toml", "select = [\"B6\", \"B9\"]\nignore = [\"KR999\"]\n[per-file-ignores]\n\"a.py\" = [\"S1\"]\n[rules.B999]\nx = 1\n")
	if msg != "" {
		t.Fatal(msg)
	}
	known := []string{"B101", "B602", "KR601"}
	exists := func(prefix string) bool {
		for _, id := range known {
			if strings.HasPrefix(id, prefix) {
				return true
			}
		}
		return false
	}
	err := c.CheckRuleIDs(exists)
	want := `krait.toml:1:17: select[1]: no rule matches "B9"
krait.toml:2:11: ignore[0]: no rule matches "KR999"
krait.toml:5:8: rules.B999: no rule matches "B999"`
	if got := rel(filepath.Dir(c.Path), errString(err)); got != want {
		t.Errorf("CheckRuleIDs:\n%s\nwant\n%s", got, want)
	}
}

func TestErrorFormat(t *testing.T) {
	for _, tt := range []struct {
		e    Error
		want string
	}{
		{Error{File: "k.toml", Line: 3, Col: 7, Key: "select", Msg: "m"}, "k.toml:3:7: select: m"},
		{Error{File: "k.toml", Line: 3, Msg: "m"}, "k.toml:3: m"},
		{Error{File: "k.toml", Msg: "m"}, "k.toml: m"},
		{Error{File: "k.toml", Key: "a.b", Msg: "m"}, "k.toml: a.b: m"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	l := ErrorList{{File: "f", Line: 1, Col: 1, Msg: "a"}, {File: "f", Line: 2, Col: 1, Msg: "b"}}
	if got := l.Error(); got != "f:1:1: a\nf:2:1: b" {
		t.Errorf("ErrorList.Error() = %q", got)
	}
	var e *Error
	if !errors.As(error(l), &e) || e.Msg != "a" {
		t.Errorf("errors.As(ErrorList) = %v", e)
	}
}

func TestLoadUnsupportedName(t *testing.T) {
	dir := writeTree(t, map[string]string{"setup.py": ""})
	if _, err := Load(filepath.Join(dir, "setup.py")); err == nil || !strings.Contains(err.Error(), "unsupported file name") {
		t.Errorf("Load(setup.py) error %v", err)
	}
	if _, err := Load(filepath.Join(dir, "krait.toml")); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) error %v", err)
	}
}

func TestBOM(t *testing.T) {
	c, msg := loadString(t, "krait.toml", "\ufeffselect = [\"B1\"]\nseverity = 1\n")
	if msg != "krait.toml:2:12: severity: expected a string, found an integer" {
		t.Errorf("BOM file: %+v, %q", c, msg)
	}
}

// TestSecretsIgnore decodes [tool.krait.secrets] ignore in a
// pyproject.toml: fingerprints, reasons, dates and the entries' places.
func TestSecretsIgnore(t *testing.T) {
	const fp1, fp2 = "s1:0123456789abcdef0123456789abcdef", "s1:ffffffffffffffffffffffffffffffff"
	c, msg := loadString(t, "pyproject.toml", `[project]
name = "x"

[tool.krait.secrets]
ignore = [
  {fingerprint = "`+fp1+`", reason = "revoked test key", expires = 2027-01-31},
  {fingerprint = "`+fp2+`"},
]
`)
	if msg != "" {
		t.Fatal(msg)
	}
	at := func(line, col int) Position { return Position{File: c.Path, Line: line, Col: col} }
	want := []SecretIgnore{
		{Fingerprint: fp1, Reason: "revoked test key", Expires: Date{2027, time.January, 31}, Pos: at(6, 3)},
		{Fingerprint: fp2, Pos: at(7, 3)},
	}
	if !reflect.DeepEqual(c.Secrets.Ignore, want) {
		t.Errorf("Secrets.Ignore =\n%+v\nwant\n%+v", c.Secrets.Ignore, want)
	}
	if !c.Secrets.Ignore[0].Expired(time.Date(2027, time.February, 1, 0, 0, 0, 0, time.UTC)) || c.Secrets.Ignore[1].Expired(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("Expired is wrong")
	}
}

func TestTaintDisableSources(t *testing.T) {
	c, msg := loadString(t, "pyproject.toml", "[tool.krait.taint]\ndisable-sources = [\"cli\", \"env\"]\n")
	if msg != "" || !reflect.DeepEqual(c.Taint.DisableSources, []string{"cli", "env"}) {
		t.Errorf("disable-sources: %q, %s", c.Taint.DisableSources, msg)
	}
	if _, msg := loadString(t, "krait.toml", "[taint]\ndisable-sources = \"cli\"\n"); !strings.Contains(msg, "taint.disable-sources") {
		t.Errorf("a string for the list: %q", msg)
	}
}
