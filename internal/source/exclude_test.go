package source

import (
	"slices"
	"testing"
)

func TestExcludeMatch(t *testing.T) {
	cases := []struct {
		pattern string
		// entries: "name|rel" (rel defaults to name), "/" suffix for a
		// directory, "-" prefix for not excluded.
		entries []string
	}{
		{"build", []string{"build/", "build", "build|x/build", "-builder", "-builds|x/builds"}},
		{"build/", []string{"build/", "-build"}},
		{"*.egg-info", []string{"pkg.egg-info/", ".egg-info", "-pkg.egg-info.txt"}},
		{"*.egg-info/", []string{"pkg.egg-info/", "-pkg.egg-info"}},
		{"test_*.py", []string{"test_a.py", "test_a.py|t/test_a.py", "-test_a.pyc", "-atest_a.py"}},
		{"[ab]?", []string{"ax", "bz", "-cx", "-abc"}},
		{"docs/*", []string{"conf.py|docs/conf.py", "api/|docs/api", "-docs/", "-conf.py|x/docs/conf.py"}},
		{"src/**/gen_*.py", []string{"gen_a.py|src/gen_a.py", "gen_a.py|src/a/b/gen_a.py", "-gen_a.py|gen_a.py", "-gen_a.py|src/a/xgen_a.py"}},
		{"./tests/fixtures", []string{"fixtures/|tests/fixtures", "-fixtures/|a/tests/fixtures"}},
		{"{docs,examples}/**", []string{"a.py|docs/a.py", "b.py|examples/x/b.py", "-c.py|src/c.py"}},
		{"{a,b{c,d}}.py", []string{"a.py", "bc.py", "bd.py", "-b.py", "-bcd.py"}},
		{"\\{a,b}.py", []string{"{a,b}.py", "-a.py"}},
		{"*", []string{"anything", "dir/"}},
	}
	for _, tc := range cases {
		e := compileExcludes([]string{tc.pattern})
		for _, ent := range tc.entries {
			want := ent[0] != '-'
			if !want {
				ent = ent[1:]
			}
			name, rel, ok := cut(ent, "|")
			isDir := false
			if n := len(name); n > 0 && name[n-1] == '/' {
				name, isDir = name[:n-1], true
			}
			if !ok {
				rel = name
			}
			if n := len(rel); n > 0 && rel[n-1] == '/' {
				rel = rel[:n-1]
			}
			if got := e.match(name, rel, "/root/"+rel, isDir); got != want {
				t.Errorf("pattern %q: %q (rel %q, dir %v) excluded = %v, want %v", tc.pattern, name, rel, isDir, got, want)
			}
		}
	}
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

func TestExpandBraces(t *testing.T) {
	for p, want := range map[string][]string{
		"a":             {"a"},
		"{a,b}":         {"a", "b"},
		"x{a,b}y{1,2}":  {"xay1", "xay2", "xby1", "xby2"},
		"{a,{b,c}}":     {"a", "b", "c"},
		"{a":            {"{a"},
		"a}":            {"a}"},
		"\\{a,b}":       {"\\{a,b}"},
		"{}":            {""},
		"src/{x,}/*.py": {"src/x/*.py", "src//*.py"},
	} {
		if got := expandBraces(p); !slices.Equal(got, want) {
			t.Errorf("expandBraces(%q) = %q, want %q", p, got, want)
		}
	}
	big := ""
	for i := 0; i < 20; i++ {
		big += "{a,b}"
	}
	if n := len(expandBraces(big)); n != maxBraceExpansions {
		t.Errorf("2^20 alternatives expand to %d patterns, want the cap %d", n, maxBraceExpansions)
	}
}
