package source

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gitignoreCases are pattern files and the paths they ignore or not. The
// table needs no git; TestGitignoreTableAgainstGit checks it against git.
var gitignoreCases = []struct {
	name  string
	files map[string]string // pattern files by path ("d/.gitignore")
	// paths to check: "path" is a file, "path/" a directory; a leading
	// "-" means not ignored.
	paths []string
}{
	{"suffix", map[string]string{".gitignore": "*.py\n"}, []string{"a.py", "d/a.py", "-a.pyc", "-a.py.txt"}},
	{"anchored by leading slash", map[string]string{".gitignore": "/a.py\n"}, []string{"a.py", "-d/a.py"}},
	{"anchored by middle slash", map[string]string{".gitignore": "d/a.py\n"}, []string{"d/a.py", "-x/d/a.py"}},
	{"directories only", map[string]string{".gitignore": "build/\n"}, []string{"build/", "x/build/", "-y/build", "-z/w/build"}},
	{"directory pattern covers contents", map[string]string{".gitignore": "build/\n"}, []string{"build/x.py", "x/build/y/z.py"}},
	{"comment and escapes", map[string]string{".gitignore": "#a\n\\#b\n\\!c\n"}, []string{"-#a", "#b", "!c"}},
	{"blank lines", map[string]string{".gitignore": "\n\n  \na\n\n"}, []string{"a", "-b"}},
	{"trailing spaces", map[string]string{".gitignore": "foo  \nbar\\ \n"}, []string{"foo", "-foo ", "bar ", "-bar"}},
	{"tab is not trimmed", map[string]string{".gitignore": "foo\t\n"}, []string{"-foo", "foo\t"}},
	{"crlf", map[string]string{".gitignore": "x.py\r\ny.py\r\n"}, []string{"x.py", "y.py"}},
	{"bom", map[string]string{".gitignore": "\xef\xbb\xbfx.py\n"}, []string{"x.py"}},
	{"no final newline", map[string]string{".gitignore": "a\nb"}, []string{"a", "b"}},
	{"negation", map[string]string{".gitignore": "*.py\n!keep.py\n"}, []string{"a.py", "-keep.py", "-d/keep.py"}},
	{"last match wins", map[string]string{".gitignore": "!keep.py\n*.py\n"}, []string{"keep.py"}},
	{"no re-include below excluded dir", map[string]string{".gitignore": "d/\n!d/keep.py\n"}, []string{"d/keep.py", "d/x.py"}},
	{"re-include dir then file", map[string]string{".gitignore": "d/*\n!d/keep/\n"}, []string{"d/x.py", "-d/keep/a.py"}},
	{"leading double star", map[string]string{".gitignore": "**/foo\n"}, []string{"foo", "a/b/foo", "a/foo/"}},
	{"leading double star with path", map[string]string{".gitignore": "**/foo/bar\n"}, []string{"foo/bar", "a/foo/bar", "-a/foo/x/bar"}},
	{"trailing double star", map[string]string{".gitignore": "a/**\n"}, []string{"a/x", "a/y/z", "-a/", "-b/a/x"}},
	{"middle double star", map[string]string{".gitignore": "a/**/b\n"}, []string{"a/b", "a/x/b", "a/x/y/b", "-a/xb"}},
	{"double star not a component", map[string]string{".gitignore": "a**b\n"}, []string{"ab", "axxb", "-a/b/"}},
	{"double star after literal head", map[string]string{".gitignore": "a**/b\n"}, []string{"a/b", "ax/b", "ax/y/b"}},
	{"star does not cross slash", map[string]string{".gitignore": "a/*.py\n"}, []string{"a/x.py", "-a/b/x.py"}},
	{"question mark", map[string]string{".gitignore": "?.py\n"}, []string{"a.py", "-ab.py", "d/b.py"}},
	{"classes", map[string]string{".gitignore": "[ab].py\n[!xy].txt\n[0-9]*.log\n[[:upper:]]*.cfg\n"},
		[]string{"a.py", "-c.py", "c.txt", "-x.txt", "1a.log", "-a1.log", "Z.cfg", "-z.cfg"}},
	{"caret negation", map[string]string{".gitignore": "[^a].py\n"}, []string{"b.py", "-a.py"}},
	{"bracket in class", map[string]string{".gitignore": "[]a]\n[!]]b\n"}, []string{"]", "a", "xb", "-]b"}},
	{"unterminated class", map[string]string{".gitignore": "[ab\n"}, []string{"-[ab", "-a"}},
	{"escaped star", map[string]string{".gitignore": "st\\*r\n"}, []string{"st*r", "-star"}},
	{"trailing backslash", map[string]string{".gitignore": "a\\\n"}, []string{"-a", "-a\\"}},
	{"nested gitignore anchors to its directory", map[string]string{".gitignore": "", "d/.gitignore": "/x\n"},
		[]string{"d/x", "-x", "-d/e/x"}},
	{"deeper file wins", map[string]string{".gitignore": "*.log\n", "d/.gitignore": "!keep.log\n"},
		[]string{"keep.log", "-d/keep.log", "d/other.log"}},
	{"info exclude has lowest precedence", map[string]string{".git/info/exclude": "*.tmp\nkeep.py\n", ".gitignore": "!x.tmp\n"},
		[]string{"a.tmp", "-x.tmp", "keep.py"}},
	{"pattern only slash", map[string]string{".gitignore": "/\n!\n"}, []string{"-a", "-b/"}},
}

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// makeCasePaths creates the checked paths of a case (files and directories)
// so that git can stat them.
func makeCasePaths(t *testing.T, root string, paths []string) {
	t.Helper()
	for _, p := range paths {
		p = strings.TrimPrefix(p, "-")
		full := filepath.Join(root, filepath.FromSlash(strings.TrimSuffix(p, "/")))
		if strings.HasSuffix(p, "/") {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestGitignoreTable(t *testing.T) {
	for _, tc := range gitignoreCases {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			writeFiles(t, root, tc.files)
			for _, p := range tc.paths {
				want := !strings.HasPrefix(p, "-")
				p = strings.TrimPrefix(p, "-")
				isDir := strings.HasSuffix(p, "/")
				if got := pathIgnored(t, root, strings.TrimSuffix(p, "/"), isDir); got != want {
					t.Errorf("%q ignored = %v, want %v", p, got, want)
				}
			}
		})
	}
}

// TestGitignoreTableAgainstGit checks the expectations of gitignoreCases
// with git check-ignore.
func TestGitignoreTableAgainstGit(t *testing.T) {
	needGit(t)
	for _, tc := range gitignoreCases {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			gitCmd(t, root, nil, "init", "-q")
			writeFiles(t, root, tc.files)
			makeCasePaths(t, root, tc.paths)
			var in []string
			var want []string
			for _, p := range tc.paths {
				ign := !strings.HasPrefix(p, "-")
				p = strings.TrimSuffix(strings.TrimPrefix(p, "-"), "/")
				in = append(in, p)
				if ign {
					want = append(want, p)
				}
			}
			got := splitZ(gitCmd(t, root, []byte(strings.Join(in, "\x00")+"\x00"), "check-ignore", "--no-index", "--stdin", "-z"))
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("git ignores %q, the table says %q", got, want)
			}
		})
	}
}

func TestParseIgnore(t *testing.T) {
	l := parseIgnore([]byte("\xef\xbb\xbf# c\n\n!a/\r\n/b/c\\ \n*.py\nx\x00y\n   \n"), "d")
	want := []ignoreRule{
		{pat: "a", prefix: 1, negative: true, mustBeDir: true, noDir: true},
		{pat: "/b/c\\ ", prefix: 4},
		{pat: "*.py", prefix: 0, noDir: true, endsWith: true},
		{pat: "x", prefix: 1, noDir: true},
	}
	var got []ignoreRule
	for _, r := range l.rules {
		r.glob = nil
		got = append(got, r)
	}
	if l.base != "d" || !slices.Equal(got, want) {
		t.Errorf("parseIgnore = %+v, want %+v", got, want)
	}
}
