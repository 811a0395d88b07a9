package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// mkTree creates files under root: "a/b.py" with content "x\n", "d/" an
// empty directory, "l -> target" a symbolic link.
func mkTree(t *testing.T, root string, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if name, target, ok := strings.Cut(p, " -> "); ok {
			full := filepath.Join(root, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(filepath.FromSlash(target), full); err != nil {
				t.Fatal(err)
			}
			continue
		}
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
		if err := os.WriteFile(full, []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// chdir changes the working directory for the test.
func chdir(t *testing.T, dir string) {
	t.Helper()
	t.Chdir(dir)
}

// show renders entries as "path kind[!]" lines (! for explicit).
func show(ents []Entry) string {
	var b strings.Builder
	for _, e := range ents {
		fmt.Fprintf(&b, "%s %s", e.Path, e.Kind)
		if e.Explicit {
			b.WriteString("!")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func showErrs(errs []Error) string {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(e.Error() + "\n")
	}
	return b.String()
}

func lines(s ...string) string {
	if len(s) == 0 {
		return ""
	}
	return strings.Join(s, "\n") + "\n"
}

func checkDiscover(t *testing.T, roots []string, opt Options, want, wantErrs string) {
	t.Helper()
	ents, errs := Discover(roots, opt)
	if got := show(ents); got != want {
		t.Errorf("Discover(%q) entries:\n%s\nwant:\n%s", roots, got, want)
	}
	if got := showErrs(errs); got != wantErrs {
		t.Errorf("Discover(%q) errors:\n%s\nwant:\n%s", roots, got, wantErrs)
	}
}

var projectTree = []string{
	"setup.py", "README.md", "pyproject.toml", "requirements-dev.txt", "requirements/base.txt", "poetry.lock",
	".env", ".env.local", "config/settings.yaml", "config/app.ini", "Dockerfile", "docker-compose.prod.yml",
	"pkg/__init__.py", "pkg/mod.py", "pkg/stub.pyi", "pkg/gui.pyw", "pkg/data.bin", "pkg/__pycache__/mod.cpython-311.pyc",
	"pkg/__pycache__/x.py", "notebooks/eda.ipynb", "build/lib/pkg/mod.py", "dist/x.py", ".venv/lib/site.py",
	"venv/x.py", "pkg.egg-info/PKG-INFO", "pkg.egg-info/x.py", "node_modules/x/y.json", ".git/config", ".git/hooks/x.py",
	"src/site-packages/x.py", ".tox/py311/x.py", "a.py",
}

func TestDiscoverDefaults(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root, projectTree...)
	chdir(t, root)
	want := lines(
		".env config", ".env.local config", "Dockerfile config", "a.py python",
		"config/app.ini config", "config/settings.yaml config", "docker-compose.prod.yml config",
		"notebooks/eda.ipynb notebook", "pkg/__init__.py python", "pkg/gui.pyw python", "pkg/mod.py python",
		"pkg/stub.pyi python", "poetry.lock dependency", "pyproject.toml dependency",
		"requirements/base.txt dependency", "requirements-dev.txt dependency", "setup.py python",
	)
	checkDiscover(t, nil, Options{}, want, "")
	checkDiscover(t, []string{"."}, Options{}, want, "")
	checkDiscover(t, []string{"./"}, Options{}, want, "")

	// A relative root other than "." prefixes the paths, cleaned.
	checkDiscover(t, []string{"./pkg/"}, Options{}, lines(
		"pkg/__init__.py python", "pkg/gui.pyw python", "pkg/mod.py python", "pkg/stub.pyi python"), "")
	// An absolute root gives absolute paths.
	checkDiscover(t, []string{filepath.Join(root, "pkg")}, Options{}, lines(
		root+"/pkg/__init__.py python", root+"/pkg/gui.pyw python", root+"/pkg/mod.py python", root+"/pkg/stub.pyi python"), "")
	// From a subdirectory, ".." roots.
	chdir(t, filepath.Join(root, "config"))
	checkDiscover(t, []string{"../pkg"}, Options{}, lines(
		"../pkg/__init__.py python", "../pkg/gui.pyw python", "../pkg/mod.py python", "../pkg/stub.pyi python"), "")
}

func TestDiscoverKinds(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root, projectTree...)
	chdir(t, root)
	checkDiscover(t, nil, Options{Kinds: []Kind{KindDependency}}, lines(
		"poetry.lock dependency", "pyproject.toml dependency", "requirements/base.txt dependency", "requirements-dev.txt dependency"), "")
	checkDiscover(t, []string{"pkg"}, Options{Kinds: []Kind{KindOther}}, lines("pkg/data.bin other"), "")
	// Explicit files are returned whatever Kinds says.
	checkDiscover(t, []string{"pkg", "setup.py"}, Options{Kinds: []Kind{KindOther}}, lines("pkg/data.bin other", "setup.py python!"), "")
}

func TestDiscoverExcludes(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root,
		"src/app/main.py", "src/app/gen_models.py", "src/app/sub/gen_x.py", "gen_top.py", "tests/test_app.py", "tests/conftest.py",
		"docs/conf.py", "docs/api/x.py", "out/a.py", "x/out", "build/a.py", "lib/build/b.py", "examples/e.py", "samples/s.py",
		".git/hooks/h.py", "test_dir/a.py")
	chdir(t, root)
	all := []Kind{KindPython}
	cases := []struct {
		name string
		opt  Options
		want []string
	}{
		{"defaults", Options{Kinds: all}, []string{"docs/api/x.py", "docs/conf.py", "examples/e.py", "gen_top.py",
			"out/a.py", "samples/s.py", "src/app/gen_models.py", "src/app/main.py", "src/app/sub/gen_x.py",
			"test_dir/a.py", "tests/conftest.py", "tests/test_app.py"}},
		{"nothing excluded", Options{Exclude: []string{}, Kinds: all}, []string{".git/hooks/h.py", "build/a.py",
			"docs/api/x.py", "docs/conf.py", "examples/e.py", "gen_top.py", "lib/build/b.py", "out/a.py",
			"samples/s.py", "src/app/gen_models.py", "src/app/main.py", "src/app/sub/gen_x.py", "test_dir/a.py",
			"tests/conftest.py", "tests/test_app.py"}},
		{"name pattern matches files and directories at any depth", Options{ExtendExclude: []string{"test_*"}, Kinds: all},
			[]string{"docs/api/x.py", "docs/conf.py", "examples/e.py", "gen_top.py", "out/a.py", "samples/s.py",
				"src/app/gen_models.py", "src/app/main.py", "src/app/sub/gen_x.py", "tests/conftest.py"}},
		{"slash pattern is relative to the root", Options{ExtendExclude: []string{"docs/*", "src/**/gen_*.py"}, Kinds: all},
			[]string{"examples/e.py", "gen_top.py", "out/a.py", "samples/s.py", "src/app/main.py", "test_dir/a.py",
				"tests/conftest.py", "tests/test_app.py"}},
		{"leading ./ and trailing / (directories only)", Options{ExtendExclude: []string{"./tests", "out/"}, Kinds: all},
			[]string{"docs/api/x.py", "docs/conf.py", "examples/e.py", "gen_top.py", "samples/s.py",
				"src/app/gen_models.py", "src/app/main.py", "src/app/sub/gen_x.py", "test_dir/a.py"}},
		{"braces", Options{ExtendExclude: []string{"{examples,samples}", "src/{app/sub,nothing}"}, Kinds: all},
			[]string{"docs/api/x.py", "docs/conf.py", "gen_top.py", "out/a.py", "src/app/gen_models.py",
				"src/app/main.py", "test_dir/a.py", "tests/conftest.py", "tests/test_app.py"}},
		{"absolute pattern", Options{ExtendExclude: []string{filepath.Join(root, "src", "**")}, Kinds: all},
			[]string{"docs/api/x.py", "docs/conf.py", "examples/e.py", "gen_top.py", "out/a.py", "samples/s.py",
				"test_dir/a.py", "tests/conftest.py", "tests/test_app.py"}},
		{"replacing the defaults", Options{Exclude: []string{"docs", "tests"}, Kinds: all},
			[]string{".git/hooks/h.py", "build/a.py", "examples/e.py", "gen_top.py", "lib/build/b.py", "out/a.py",
				"samples/s.py", "src/app/gen_models.py", "src/app/main.py", "src/app/sub/gen_x.py", "test_dir/a.py"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var want []string
			for _, p := range tc.want {
				want = append(want, p+" python")
			}
			checkDiscover(t, nil, tc.opt, lines(want...), "")
		})
	}

	// A pattern with "/" is relative to the scan root, not the working
	// directory.
	checkDiscover(t, []string{"src"}, Options{ExtendExclude: []string{"app/sub"}}, lines("src/app/gen_models.py python", "src/app/main.py python"), "")
	// A root is walked even when an exclude pattern matches it.
	checkDiscover(t, []string{"build"}, Options{}, lines("build/a.py python"), "")
}

func TestDiscoverExplicit(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root, "build/gen.py", "script", "README.md", "LICENSE.txt", "tool.sh", "ignored.py", "a.py", "notes.weird",
		"requirements-prod.txt")
	if err := os.WriteFile(filepath.Join(root, "prog"), []byte("\x7fELF\x02\x01\x01"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "run"), []byte("#!/usr/bin/env python3\nprint(1)\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "data.txt"), []byte("a\x00b"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "hook.sh"), []byte("#!/usr/bin/python\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, ".gitignore"), []byte("ignored.py\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	chdir(t, root)
	checkDiscover(t, []string{"build/gen.py", "./ignored.py", "script", "prog", "run", "README.md", "LICENSE.txt",
		"tool.sh", "hook.sh", "notes.weird", "data.txt", "requirements-prod.txt"}, Options{},
		lines("LICENSE.txt other!", "README.md other!", "build/gen.py python!", "data.txt other!", "hook.sh python!",
			"ignored.py python!", "notes.weird python!", "prog other!", "requirements-prod.txt dependency!", "run python!",
			"script python!", "tool.sh other!"), "")
	// Named and found by the walk: once, explicit, under the first path.
	checkDiscover(t, []string{".", "a.py", root + "/a.py"}, Options{Kinds: []Kind{KindPython}}, lines("a.py python!"), "")
	checkDiscover(t, []string{"a.py", "."}, Options{Kinds: []Kind{KindPython}}, lines("a.py python!"), "")
}

func TestDiscoverDuplicates(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root, "src/pkg/a.py", "src/pkg/b.py", "tests/t.py")
	chdir(t, root)
	want := lines("src/pkg/a.py python", "src/pkg/b.py python", "tests/t.py python")
	checkDiscover(t, []string{".", "src", "./src/pkg", "tests", "."}, Options{}, want, "")
	checkDiscover(t, []string{"src/pkg", "."}, Options{}, want, "")
	// The same tree under its absolute name is the same files: the first
	// path found wins.
	checkDiscover(t, []string{"src", root + "/src"}, Options{}, lines("src/pkg/a.py python", "src/pkg/b.py python"), "")
}

func TestDiscoverSymlinks(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	mkTree(t, outside, "ext/lib.py", "ext/sub/deep.py", "one.py")
	mkTree(t, root,
		"pkg/a.py",
		"pkg/sub/b.py",
		"alias.py -> pkg/a.py",          // a file reached directly too
		"linked -> pkg",                 // a directory reached directly too
		"pkg/sub/loop -> ../..",         // a loop back to the root
		"pkg/self -> .",                 // a loop to itself
		"ext -> "+outside+"/ext",        // outside the tree: walked as ext/
		"one.py -> "+outside+"/one.py",  // a file outside the tree
		"broken.py -> nowhere.py",       // dangling
		"pkg/.#a.py -> user@host.12:34", // an Emacs lock
		"build/gone -> nowhere",         // dangling, but excluded
		"ignored -> nowhere",            // dangling, but gitignored
		"chain1 -> chain2", "chain2 -> chain1",
	)
	mkTree(t, root, ".gitignore")
	if err := os.WriteFile(filepath.Join(root, ".gitignore"), []byte("ignored\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	chdir(t, root)
	ents, errs := Discover(nil, Options{})
	want := lines("ext/lib.py python", "ext/sub/deep.py python", "one.py python", "pkg/a.py python", "pkg/sub/b.py python")
	if got := show(ents); got != want {
		t.Errorf("entries:\n%s\nwant:\n%s", got, want)
	}
	wantErrs := lines("broken.py: dangling symbolic link to nowhere.py: file does not exist",
		"chain1: too many levels of symbolic links",
		"chain2: too many levels of symbolic links")
	if got := showErrs(errs); got != wantErrs {
		t.Errorf("errors:\n%s\nwant:\n%s", got, wantErrs)
	}
	for _, e := range errs {
		if e.Path == "broken.py" && !errors.Is(e, ErrDanglingSymlink) || !errors.Is(e, fs.ErrNotExist) && e.Path == "broken.py" {
			t.Errorf("%v: not ErrDanglingSymlink and fs.ErrNotExist", e)
		}
	}

	// Named directly, a link to a directory is walked under its name, and
	// a link to a file is that file: named after a directory that has it,
	// it marks the entry found first explicit. (Here the loop link leads
	// back to the root, which is walked under linked/sub/loop.)
	checkDiscover(t, []string{"linked", "alias.py"}, Options{}, lines(
		"linked/a.py python!", "linked/sub/b.py python", "linked/sub/loop/ext/lib.py python",
		"linked/sub/loop/ext/sub/deep.py python", "linked/sub/loop/one.py python"), lines(
		"linked/sub/loop/broken.py: dangling symbolic link to nowhere.py: file does not exist",
		"linked/sub/loop/chain1: too many levels of symbolic links",
		"linked/sub/loop/chain2: too many levels of symbolic links"))
	checkDiscover(t, []string{"alias.py", "linked"}, Options{Exclude: []string{"loop"}}, lines(
		"alias.py python!", "linked/sub/b.py python"), "")
	// A dangling root.
	checkDiscover(t, []string{"broken.py", "missing.py"}, Options{}, "",
		lines("broken.py: dangling symbolic link to nowhere.py: file does not exist", "missing.py: no such file or directory"))
}

func TestDiscoverGitRepository(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root,
		".git/info/exclude", ".gitignore", "app/.gitignore", "app/main.py", "app/secret_local.py", "app/gen/x.py",
		"app/api/v1.py", "app/api/tmp.py", "notes.py", "scratch/s.py", "vendor/lib/.git/HEAD", "vendor/lib/lib.py",
		"vendor/lib/.gitignore", "vendor/lib/skip.py", "vendor/lib/tmp.py")
	writeFiles(t, root, map[string]string{
		".git/info/exclude":     "notes.py\n",
		".gitignore":            "scratch/\n*_local.py\ntmp.py\n",
		"app/.gitignore":        "/gen\n",
		"vendor/lib/.gitignore": "skip.py\n",
	})
	chdir(t, root)
	checkDiscover(t, nil, Options{}, lines("app/api/v1.py python", "app/main.py python", "vendor/lib/lib.py python",
		"vendor/lib/tmp.py python"), "")
	// From inside the work tree the .gitignore files above apply, and
	// info/exclude.
	chdir(t, filepath.Join(root, "app"))
	checkDiscover(t, nil, Options{}, lines("api/v1.py python", "main.py python"), "")
	checkDiscover(t, []string{"api"}, Options{}, lines("api/v1.py python"), "")
	chdir(t, root)
	checkDiscover(t, nil, Options{NoGitignore: true}, lines("app/api/tmp.py python", "app/api/v1.py python",
		"app/gen/x.py python", "app/main.py python", "app/secret_local.py python", "notes.py python", "scratch/s.py python",
		"vendor/lib/lib.py python", "vendor/lib/skip.py python", "vendor/lib/tmp.py python"), "")
	// A named directory is walked even if git ignores it.
	checkDiscover(t, []string{"scratch"}, Options{}, lines("scratch/s.py python"), "")
}

func TestDiscoverWorktreeGitFile(t *testing.T) {
	// A linked worktree: .git is a file naming the git directory, whose
	// commondir holds info/exclude.
	main := t.TempDir()
	wt := t.TempDir()
	writeFiles(t, main, map[string]string{
		".git/info/exclude":           "local_*.py\n",
		".git/worktrees/wt/HEAD":      "ref: refs/heads/x\n",
		".git/worktrees/wt/commondir": "../..\n",
	})
	writeFiles(t, wt, map[string]string{
		".git":       "gitdir: " + filepath.Join(main, ".git", "worktrees", "wt") + "\n",
		"a.py":       "",
		"local_x.py": "",
	})
	checkDiscover(t, []string{wt}, Options{}, lines(wt+"/a.py python"), "")
}

func TestDiscoverErrors(t *testing.T) {
	root := t.TempDir()
	mkTree(t, root, "ok.py", "locked/x.py", "sub/.gitignore", "sub/y.py")
	chdir(t, root)
	if err := mkfifo(filepath.Join(root, "fifo.py")); err != nil {
		t.Skip("no named pipes:", err)
	}
	// A pipe in a directory is skipped; named, it is an error.
	checkDiscover(t, []string{".", "fifo.py", "nothere"}, Options{}, lines("locked/x.py python", "ok.py python", "sub/y.py python"),
		lines("fifo.py: not a regular file or directory", "nothere: no such file or directory"))

	if os.Geteuid() == 0 {
		t.Skip("permission checks need a user other than root")
	}
	if err := os.Chmod(filepath.Join(root, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(root, "locked"), 0o755)
	if err := os.Chmod(filepath.Join(root, "sub", ".gitignore"), 0); err != nil {
		t.Fatal(err)
	}
	ents, errs := Discover(nil, Options{})
	if got := show(ents); got != lines("ok.py python", "sub/y.py python") {
		t.Errorf("entries:\n%s", got)
	}
	if got := showErrs(errs); got != lines("locked: permission denied", "sub/.gitignore: permission denied") {
		t.Errorf("errors:\n%s", got)
	}
	for _, e := range errs {
		if !errors.Is(e, fs.ErrPermission) {
			t.Errorf("%v is not fs.ErrPermission", e)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := os.Open("/nonexistent/x")
	cases := []struct {
		err  Error
		want string
	}{
		{Error{"a.py", err}, "a.py: no such file or directory"},
		{Error{"a.py", ErrBinary}, "a.py: binary file"},
		{Error{"a.py", nil}, "a.py: unknown error"},
	}
	for _, tc := range cases {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("%#v.Error() = %q, want %q", tc.err, got, tc.want)
		}
	}
	if !errors.Is(Error{"a", err}, fs.ErrNotExist) {
		t.Error("Error does not unwrap")
	}
}

func TestComparePaths(t *testing.T) {
	paths := []string{"a.py", "a/z.py", "a_b.py", "a-b/x.py", "a", "b", "A", "a/b/c.py", "a/b.py", "ab"}
	slices.SortFunc(paths, ComparePaths)
	want := []string{"A", "a", "a/b/c.py", "a/b.py", "a/z.py", "a-b/x.py", "a.py", "a_b.py", "ab", "b"}
	if !slices.Equal(paths, want) {
		t.Errorf("sorted: %q\nwant:   %q", paths, want)
	}
	if ComparePaths("x", "x") != 0 {
		t.Error("not reflexive")
	}
}

func TestClassify(t *testing.T) {
	cases := map[string]Kind{
		"a.py": KindPython, "pkg/a.pyw": KindPython, "a.pyi": KindPython, "a.PY": KindOther, "nb.ipynb": KindNotebook,
		".env": KindConfig, ".env.production": KindConfig, ".envrc": KindConfig, "prod.env": KindConfig,
		"setup.cfg": KindConfig, "tox.ini": KindConfig, "x.conf": KindConfig, "ruff.toml": KindConfig,
		"a.yaml": KindConfig, "a.yml": KindConfig, "package.json": KindConfig, "app.properties": KindConfig,
		"Dockerfile": KindConfig, "Dockerfile.dev": KindConfig, "web.dockerfile": KindConfig,
		"docker-compose.yml": KindConfig, "docker-compose.override.yaml": KindConfig, ".npmrc": KindConfig,
		".pypirc": KindConfig, ".netrc": KindConfig, "Pipfile": KindConfig,
		"requirements.txt": KindDependency, "requirements-dev.txt": KindDependency, "requirements/prod.txt": KindDependency,
		"constraints.txt": KindDependency, "poetry.lock": KindDependency, "Pipfile.lock": KindDependency,
		"pdm.lock": KindDependency, "uv.lock": KindDependency, "pylock.toml": KindDependency,
		"pylock.dev.toml": KindDependency, "pyproject.toml": KindDependency,
		"README.md": KindOther, "notes.txt": KindOther, "x.pyc": KindOther, "Makefile": KindOther, "requirements.in": KindOther,
	}
	for p, want := range cases {
		if got := Classify(p); got != want {
			t.Errorf("Classify(%q) = %v, want %v", p, got, want)
		}
	}
	if KindDependency.String() != "dependency" || Kind(42).String() != "Kind(42)" {
		t.Error("Kind.String")
	}
}
