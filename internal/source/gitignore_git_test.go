package source

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests compare the .gitignore handling with git itself on generated
// trees and pattern files. They skip when git is not installed.
// KRAIT_GITIGNORE_ROUNDS sets the number of generated cases.

// gitCmd runs git in dir with no user or system configuration.
func gitCmd(t testing.TB, dir string, stdin []byte, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(stdin)
	home := t.TempDir()
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL="+os.DevNull, "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	// check-ignore exits 1 when no path is ignored.
	if err != nil && !(args[0] == "check-ignore" && cmd.ProcessState.ExitCode() == 1) {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

func needGit(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
}

// nameAtoms are file and directory names of the generated trees, chosen to
// exercise escapes, classes and trailing spaces.
var nameAtoms = []string{"a", "b", "ab", "foo", "bar", "Foo", "x.py", "a.py", "foo.py", "y.txt", "z.pyc",
	"#hash", "!bang", "sp ace", "trail ", "st*r", "q?", "br[a]", "back\\slash", "a-b", "build", "-", "]"}

// patternAtoms are the components patterns are built of.
var patternAtoms = []string{"a", "b", "ab", "foo", "bar", "foo", "Foo", "x.py", "*.py", "*.pyc", "*", "?", "a*", "*o*",
	"f?o", "[ab]", "[ab]*", "[!a]*", "[^f]*", "[a-f]oo", "[[:alpha:]]*", "[[:digit:]]", "[[:punct:]]*",
	"**", "***", "a**", "**a", "\\#hash", "#hash", "\\!bang", "sp ace", "trail\\ ", "trail", "st\\*r", "st*r",
	"br\\[a]", "br[a]", "br[[]a]", "back\\\\slash", "q\\?", "q?", "[]]", "[]a]", "[a-]", "[!]]", "[z-a]",
	"[", "[a", "\\", "a\\", "[[:bogus:]]", "[[:alpha:]", "-", "build", "a-b", "[a\\-c]-b", "*.txt"}

func randomPattern(r *rand.Rand) string {
	atom := func() string { return patternAtoms[r.IntN(len(patternAtoms))] }
	var p string
	switch r.IntN(10) {
	case 0, 1, 2:
		p = atom()
	case 3:
		p = atom() + "/" + atom()
	case 4:
		p = "/" + atom()
	case 5:
		p = "**/" + atom()
	case 6:
		p = atom() + "/**"
	case 7:
		p = atom() + "/**/" + atom()
	case 8:
		p = "/" + atom() + "/" + atom()
	default:
		p = atom() + "/" + atom() + "/" + atom()
	}
	if r.IntN(5) == 0 {
		p += "/"
	}
	if r.IntN(4) == 0 {
		p = "!" + p
	}
	switch r.IntN(12) {
	case 0:
		p += "   "
	case 1:
		p += "\t"
	case 2:
		p = "#" + p
	case 3:
		p = ""
	case 4:
		p += "\r"
	}
	return p
}

// genTree makes a random tree of files and directories under root and
// returns their paths relative to it ("/"-separated, directories too).
func genTree(r *rand.Rand, root string) (files, dirs []string) {
	var mk func(dir string, depth int)
	mk = func(dir string, depth int) {
		for _, name := range pick(r, nameAtoms, 2+r.IntN(4)) {
			p := joinRel(dir, name)
			if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), []byte("x\n"), 0o644); err != nil {
				panic(err)
			}
			files = append(files, p)
		}
		if depth == 3 {
			return
		}
		for _, name := range pick(r, nameAtoms, r.IntN(4)) {
			p := joinRel(dir, name)
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(p))); err == nil {
				continue // a file has that name
			}
			if err := os.Mkdir(filepath.Join(root, filepath.FromSlash(p)), 0o755); err != nil {
				panic(err)
			}
			dirs = append(dirs, p)
			mk(p, depth+1)
		}
	}
	mk("", 0)
	return files, dirs
}

func pick(r *rand.Rand, from []string, n int) []string {
	perm := r.Perm(len(from))
	out := make([]string, 0, n)
	for _, i := range perm[:min(n, len(from))] {
		out = append(out, from[i])
	}
	return out
}

func writeIgnore(t testing.TB, r *rand.Rand, path string) {
	var b strings.Builder
	if r.IntN(10) == 0 {
		b.WriteString("\xef\xbb\xbf")
	}
	n := 1 + r.IntN(7)
	for i := 0; i < n; i++ {
		b.WriteString(randomPattern(r))
		if i < n-1 || r.IntN(3) > 0 {
			b.WriteString("\n")
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rounds(def int) int {
	if n, err := strconv.Atoi(os.Getenv("KRAIT_GITIGNORE_ROUNDS")); err == nil {
		return n
	}
	if testing.Short() {
		return def / 10
	}
	return def
}

// TestGitignoreAgainstGit generates trees with .gitignore files (at the top
// and in random directories) and info/exclude, and compares what Discover
// returns with "git ls-files --others --exclude-standard", and the ignored
// state of every path with "git check-ignore", from the top and from a
// subdirectory.
func TestGitignoreAgainstGit(t *testing.T) {
	needGit(t)
	n := rounds(50)
	var paths, ignored int
	defer func() { t.Logf("%d rounds, %d paths, %d ignored", n, paths, ignored) }()
	for round := 0; round < n; round++ {
		r := rand.New(rand.NewPCG(uint64(round), 7))
		root := t.TempDir()
		gitCmd(t, root, nil, "init", "-q")
		files, dirs := genTree(r, root)
		writeIgnore(t, r, filepath.Join(root, ".gitignore"))
		for _, d := range pick(r, dirs, r.IntN(3)) {
			writeIgnore(t, r, filepath.Join(root, filepath.FromSlash(d), ".gitignore"))
			files = append(files, d+"/.gitignore")
		}
		files = append(files, ".gitignore")
		if r.IntN(3) == 0 {
			writeIgnore(t, r, filepath.Join(root, ".git", "info", "exclude"))
		}
		describe := func() string { return describeCase(root, dirs) }

		// The walk, from the top and from a subdirectory.
		sub := ""
		if len(dirs) > 0 {
			sub = dirs[r.IntN(len(dirs))]
		}
		starts := []string{""}
		// A root is walked even if git ignores it (the user named it);
		// git then lists nothing, so only compare roots git does not
		// ignore.
		if sub != "" && !pathIgnored(t, root, sub, true) {
			starts = append(starts, sub)
		}
		for _, start := range starts {
			dir := filepath.Join(root, filepath.FromSlash(start))
			out := gitCmd(t, dir, nil, "ls-files", "-z", "--others", "--exclude-standard")
			want := splitZ(out)
			got := discoverRel(t, dir)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d, walk from %q:\n%s\nonly krait: %q\nonly git:   %q", round, start, describe(),
					minus(got, want), minus(want, got))
			}
		}

		// Every path, one by one.
		all := append(slices.Clone(files), dirs...)
		slices.Sort(all)
		out := gitCmd(t, root, []byte(strings.Join(all, "\x00")+"\x00"), "check-ignore", "--no-index", "--stdin", "-z")
		want := splitZ(out)
		paths, ignored = paths+len(all), ignored+len(want)
		var got []string
		for _, p := range all {
			isDir := slices.Contains(dirs, p)
			if pathIgnored(t, root, p, isDir) {
				got = append(got, p)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, check-ignore:\n%s\nonly krait: %q\nonly git:   %q", round, describe(),
				minus(got, want), minus(want, got))
		}
	}
}

// pathIgnored decides whether p (relative to the work tree at root) is
// ignored the way git check-ignore does: a path is ignored if a parent
// directory is, or if the pattern files of its parent say so.
func pathIgnored(t *testing.T, root, p string, isDir bool) bool {
	w := &walker{}
	stack := ignoreStack(nil).push(w.readInfoExclude(root))
	parts := strings.Split(p, "/")
	base := ""
	for i, part := range parts {
		stack = stack.push(w.readIgnoreFile(filepath.Join(root, filepath.FromSlash(base), ".gitignore"), base))
		rel := joinRel(base, part)
		if stack.ignored(rel, part, isDir || i < len(parts)-1) {
			return true
		}
		base = rel
	}
	if len(w.errs) > 0 {
		t.Fatal(w.errs)
	}
	return false
}

// discoverRel runs Discover on dir with git's view of the tree (.git
// excluded, every kind) and returns the paths relative to dir.
func discoverRel(t *testing.T, dir string) []string {
	ents, errs := Discover([]string{dir}, Options{Exclude: []string{".git"}, Kinds: []Kind{KindOther, KindPython, KindNotebook, KindConfig, KindDependency}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, e := range ents {
		rel, err := filepath.Rel(dir, e.Path)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, filepath.ToSlash(rel))
	}
	slices.Sort(got)
	return got
}

func splitZ(out []byte) []string {
	var s []string
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			s = append(s, p)
		}
	}
	slices.Sort(s)
	return s
}

func minus(a, b []string) []string {
	var d []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			d = append(d, x)
		}
	}
	return d
}

// describeCase lists the pattern files of a generated case, for failures.
func describeCase(root string, dirs []string) string {
	var b strings.Builder
	for _, d := range append([]string{"", ".git/info"}, dirs...) {
		name := ".gitignore"
		if d == ".git/info" {
			name = "exclude"
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(d), name))
		if err == nil {
			fmt.Fprintf(&b, "%s: %q\n", joinRel(d, name), data)
		}
	}
	fmt.Fprintf(&b, "dirs: %q", dirs)
	return b.String()
}
