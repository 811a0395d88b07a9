package lockfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPoetryLockV1(t *testing.T) {
	pkgs, errs := Parse("testdata/poetry1/poetry.lock")
	expect(t, pkgs, errs, []string{
		"certifi ==2020.12.5  poetry.lock:3  registry  {main}",
		"django ==3.2.0  poetry.lock:11  registry  {main}",
		"pytest ==6.2.2  poetry.lock:28  registry  {dev}",
		"mylib ==0.1.0  poetry.lock:36  editable  {main}  !develop = true directory ../mylib",
		"flask ==2.0.0.dev0  poetry.lock:49  vcs  {main}  !git source https://github.com/pallets/flask.git",
	}, nil)
}

func TestPoetryLockV2(t *testing.T) {
	pkgs, errs := Parse("testdata/poetry2/poetry.lock")
	expect(t, pkgs, errs, []string{
		"click ==8.1.7  poetry.lock:5  registry  {main}",
		`colorama ==0.4.6  poetry.lock:20  registry  ;platform_system == "Windows"  {main,dev}`,
		"internal-tool ==1.4.0  poetry.lock:32  registry  {main}",
		`pytest ==8.0.0  poetry.lock:46  registry  ;python_version >= "3.8"  {dev}`,
		"wheel-from-url ==0.1  poetry.lock:56  url  {main}  !url source https://example.invalid/wheel_from_url-0.1-py3-none-any.whl",
	}, []string{
		"poetry.lock:67: [[package]] without a version",
	})
}

func TestPipfileLock(t *testing.T) {
	pkgs, errs := Parse("testdata/pipenv/Pipfile.lock")
	expect(t, pkgs, errs, []string{
		"jinja2 ==2.10  Pipfile.lock:25  registry  {default}  #sha256:31351a702a408a9e7595a8fc6150fc3f43bb6bf7e319770cbc0db9df9437e852,sha256:6088930bfe239f0e6710546ab9c19c9ef35e29792895fed6e6e31a023a182a61",
		"markupsafe ==2.1.3  Pipfile.lock:30  registry  ;python_version >= '3.7'  {default}",
		"requests ==2.19.0  Pipfile.lock:36  registry  [socks]  {default}",
		"mylib  Pipfile.lock:38  editable  {default}  !editable .",
		"flask  Pipfile.lock:42  vcs  {default}  !vcs https://github.com/pallets/flask.git",
		"pytest ==7.4.0  Pipfile.lock:53  registry  {develop}",
	}, []string{
		"Pipfile.lock:46: package noversion has no version",
	})
}

func TestPDMLock(t *testing.T) {
	pkgs, errs := Parse("testdata/pdm/pdm.lock")
	expect(t, pkgs, errs, []string{
		"certifi ==2023.7.22  pdm.lock:12  registry  {default}",
		`pyyaml ==5.3  pdm.lock:22  registry  ;python_version >= "3.8"  {default}`,
		"pytest ==7.4.0  pdm.lock:30  registry  {dev}",
		"click ==8.1.7  pdm.lock:42  vcs  {default}  !vcs https://github.com/pallets/click.git",
		"localpkg ==0.1.0  pdm.lock:51  editable  {default}  !editable ./packages/localpkg",
	}, []string{
		"pdm.lock:57: [[package]] without a name",
	})
	_, errs = ParsePDMLock("x/pdm.lock", []byte("[metadata]\nlock_version = \"5.0\"\n"))
	compareLines(t, "errors", describeErrors(errs), []string{`pdm.lock:2: unsupported pdm lock_version "5.0" (want 4.x)`})
}

func TestUVLock(t *testing.T) {
	pkgs, errs := Parse("testdata/uv/uv.lock")
	expect(t, pkgs, errs, []string{
		"app ==0.1.0  uv.lock:12  editable  !workspace member (editable source .)",
		"certifi ==2024.8.30  uv.lock:27  registry",
		"requests ==2.19.0  uv.lock:36  registry",
		"shared ==0.2.0  uv.lock:44  editable  !workspace member (editable source packages/shared)",
		"docs  uv.lock:47  editable  !workspace member (virtual source docs)",
		"flask ==3.0.0  uv.lock:53  vcs  !git source https://github.com/pallets/flask?tag=3.0.0#a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4",
		"vendored ==1.0  uv.lock:58  path  !path source vendor/vendored-1.0-py3-none-any.whl",
	}, []string{
		"uv.lock:61: package nover has no version",
	})
}

func TestPylock(t *testing.T) {
	pkgs, errs := Parse("testdata/pylock/pylock.toml")
	expect(t, pkgs, errs, []string{
		"attrs ==25.1.0  pylock.toml:11  registry",
		"cryptography ==3.2  pylock.toml:24  registry  ;python_version >= '3.8'",
		"numpy  pylock.toml:29  vcs  !vcs https://github.com/numpy/numpy",
		"myproject  pylock.toml:37  editable  !directory .",
		"tool ==2.0  pylock.toml:46  url  !archive https://example.invalid/tool-2.0.tar.gz",
	}, nil)
	if KindOf("locks/pylock.dev.toml") != KindPylock {
		t.Error("pylock.<name>.toml is a PEP 751 lock")
	}
	_, errs = ParsePylock("pylock.toml", []byte("lock-version = \"2.0\"\n"))
	compareLines(t, "errors", describeErrors(errs), []string{`pylock.toml:1: unsupported lock-version "2.0" (want 1.x)`})
}

func TestPyproject(t *testing.T) {
	pkgs, errs := Parse("testdata/pyproject/pyproject.toml")
	expect(t, pkgs, errs, []string{
		"django ==3.2.0  pyproject.toml:9  registry",
		"requests >=2.19,<3  pyproject.toml:10  registry  [socks]",
		"pyyaml  pyproject.toml:11  registry  ;python_version >= '3.8'",
		"attrs  pyproject.toml:12  url  !direct reference https://example.invalid/attrs-23.1.0.tar.gz",
		"cryptography ==3.2  pyproject.toml:17  registry  {crypto}",
		"gunicorn >=20  pyproject.toml:19  registry  {server}",
		"pytest ==7.4.0  pyproject.toml:24  registry  {test}",
		"ruff ~=0.1.0  pyproject.toml:27  registry  {lint}",
		"urllib3 >=1.24.1,<2.0.0  pyproject.toml:31  registry  {main}",
		"jinja2 >=2.10,<2.11  pyproject.toml:32  registry  {main}",
		"flask ==0.12  pyproject.toml:33  registry  {main}",
		"pillow >=8.0,<9.0  pyproject.toml:34  registry  [tiff]  ;sys_platform != 'win32'  {main}",
		"mylib  pyproject.toml:35  editable  {main}  !path = ../mylib",
		"click  pyproject.toml:36  vcs  {main}  !git = https://github.com/pallets/click.git",
		"numpy >=1.26,<2.0  pyproject.toml:38  registry  {main}",
		"numpy ==1.24.4  pyproject.toml:39  registry  {main}",
		"six >=1.10 || <1.0  pyproject.toml:41  registry  {main}",
		"black  pyproject.toml:45  registry  {dev}",
		"sphinx ==7.2.6  pyproject.toml:48  registry  {docs}",
		"sphinx-rtd-theme >=1.0,<2  pyproject.toml:49  registry  {docs}",
	}, []string{
		`pyproject.toml:13: invalid PEP 440 specifier "a requirement!": no operator (want one of ~= == != <= >= < > ===)`,
		`pyproject.toml:42: bad: invalid PEP 440 version "x.y": expected a number at offset 0`,
	})
}

// TestPoetryConstraint is poetry-core's caret and tilde table.
func TestPoetryConstraint(t *testing.T) {
	for in, want := range map[string]string{
		"^1.2.3": ">=1.2.3,<2.0.0", "^1.2": ">=1.2,<2.0", "^1": ">=1,<2", "^0.2.3": ">=0.2.3,<0.3.0",
		"^0.0.3": ">=0.0.3,<0.0.4", "^0.0": ">=0.0,<0.1", "^0": ">=0,<1", "^1.2.3b1": ">=1.2.3b1,<2.0.0",
		"~1.2.3": ">=1.2.3,<1.3.0", "~1.2": ">=1.2,<1.3", "~1": ">=1,<2", "~=1.2": "~=1.2",
		"1.2.3": "==1.2.3", "=1.2.3": "==1.2.3", "1.2.*": "==1.2.*", "*": "", "": "",
		">= 1.2, < 1.5": ">=1.2,<1.5", ">=1.2 <1.5": ">=1.2,<1.5", "!=1.3": "!=1.3",
		"^1.0 || ^2.0": ">=1.0,<2.0 || >=2.0,<3.0", "1.0 | 2.0": "==1.0 || ==2.0", ">=1 || *": "",
	} {
		got, err := PoetryConstraint(in)
		if err != nil || got != want {
			t.Errorf("PoetryConstraint(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"^x", "~", ">=1.*", "1.0 2.0 garbage!"} {
		if got, err := PoetryConstraint(bad); err == nil {
			t.Errorf("PoetryConstraint(%q) = %q, want an error", bad, got)
		}
	}
}

// TestTOMLErrors: a TOML syntax error is located; nothing else is read.
func TestTOMLErrors(t *testing.T) {
	for _, tt := range []struct {
		parse func(string, []byte) ([]Package, []*Error)
		file  string
		data  string
		want  string
	}{
		{ParsePoetryLock, "poetry.lock", "[[package]]\nname = \"a\"\nversion = \"1.0\n", "poetry.lock:3: invalid TOML"},
		{ParseUVLock, "uv.lock", "version = 1\n\n[[package]]\nname = = 1\n", "uv.lock:4: invalid TOML"},
		{ParsePyproject, "pyproject.toml", "[project]\ndependencies = \"requests\"\n", "pyproject.toml:2: invalid TOML"},
		{ParsePylock, "pylock.toml", "lock-version = \"1.0\"\n[[packages]]\nname = 3\n", "pylock.toml:3: invalid TOML"},
		{ParsePipfileLock, "Pipfile.lock", "{\n  \"default\": {\n    \"a\": {\"version\": \"==1\"},\n  }\n}\n", "Pipfile.lock:4: invalid JSON"},
	} {
		pkgs, errs := tt.parse(tt.file, []byte(tt.data))
		if len(pkgs) != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.want) {
			t.Errorf("%s: %v %v, want %q", tt.file, pkgs, errs, tt.want)
		}
	}
}

func TestEnvironment(t *testing.T) {
	root := t.TempDir()
	sp := filepath.Join(root, "venv", "lib", "python3.11", "site-packages")
	write := func(rel, text string) {
		p := filepath.Join(sp, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Django-3.2.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: Django\nVersion: 3.2.0\nSummary: A high-level Python web framework\nClassifier: Framework :: Django\n  continued\n\nVersion: 9.9 (in the description)\n")
	write("requests-2.19.0.dist-info/METADATA", "Metadata-Version: 2.1\r\nName: requests\r\nVersion: 2.19.0\r\n")
	write("mylib-0.1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: mylib\nVersion: 0.1.0\n")
	write("mylib-0.1.0.dist-info/direct_url.json", `{"url": "file:///src/mylib", "dir_info": {"editable": true}}`)
	write("click-8.1.3.dist-info/METADATA", "Name: click\nVersion: 8.1.3\n")
	write("click-8.1.3.dist-info/direct_url.json", `{"url": "https://github.com/pallets/click", "vcs_info": {"vcs": "git", "commit_id": "abc"}}`)
	write("PyYAML-5.3.egg-info/PKG-INFO", "Metadata-Version: 1.1\nName: PyYAML\nVersion: 5.3\n")
	write("six-1.16.0.egg-info", "Metadata-Version: 1.0\nName: six\nVersion: 1.16.0\n")
	write("broken-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: broken\n")
	write("requests/__init__.py", "")
	pkgs, errs := Environment(filepath.Join(root, "venv"))
	expect(t, pkgs, errs, []string{
		"django ==3.2.0  METADATA:3  registry",
		"pyyaml ==5.3  PKG-INFO:3  registry",
		"click ==8.1.3  METADATA:2  vcs  !installed from https://github.com/pallets/click (direct_url.json)",
		"mylib ==0.1.0  METADATA:3  editable  !installed from file:///src/mylib (direct_url.json)",
		"requests ==2.19.0  METADATA:3  registry",
		"six ==1.16.0  six-1.16.0.egg-info:3  registry",
	}, []string{
		"METADATA:0: metadata without a Version header",
	})
	// The site-packages directory itself, and a Windows layout.
	if pkgs, _ := Environment(sp); len(pkgs) != 6 {
		t.Errorf("site-packages directly: %d packages", len(pkgs))
	}
	win := filepath.Join(root, "winvenv", "Lib", "site-packages", "attrs-23.1.0.dist-info")
	os.MkdirAll(win, 0o755)
	os.WriteFile(filepath.Join(win, "METADATA"), []byte("Name: attrs\nVersion: 23.1.0\n"), 0o644)
	pkgs, errs = Environment(filepath.Join(root, "winvenv"))
	expect(t, pkgs, errs, []string{"attrs ==23.1.0  METADATA:2  registry"}, nil)
	if _, errs := Environment(t.TempDir()); len(errs) != 1 || !strings.Contains(errs[0].Msg, "no site-packages directory") {
		t.Errorf("empty dir: %v", errs)
	}
}

// TestKindOf checks the dependency file names and what each is read as
// (finding them in a tree is source.Discover's work).
func TestKindOf(t *testing.T) {
	for name, want := range map[string]string{
		"pyproject.toml": "pyproject.toml", "poetry.lock": "poetry.lock", "requirements.txt": "requirements",
		"requirements-dev.txt": "requirements", "requirements/base.txt": "requirements",
		"constraints.txt": "constraints", "services/api/uv.lock": "uv.lock", "services/api/pylock.toml": "pylock.toml",
		"services/web/pylock.prod.toml": "pylock.toml", "services/web/Pipfile.lock": "Pipfile.lock",
		"services/web/pdm.lock": "pdm.lock", "docs/requirements.in": "", "README.txt": "",
	} {
		got := ""
		if k := KindOf(filepath.FromSlash(name)); k != 0 {
			got = k.String()
		}
		if got != want {
			t.Errorf("KindOf(%s) = %q, want %q", name, got, want)
		}
	}
}

// TestLoad: a requirements file given and also included with -r from
// another yields its packages once. (testdata/requirements is a directory
// named requirements, so all its .txt files are requirements files; each
// start finds the include cycle from its own side.)
func TestLoad(t *testing.T) {
	paths, _ := filepath.Glob("testdata/requirements/*.txt")
	var files []File
	for _, p := range paths {
		files = append(files, File{Path: p, Kind: KindOf(p)})
	}
	pkgs, errs := Load(files)
	seen := map[string]int{}
	for _, p := range pkgs {
		seen[describe(p)]++
	}
	for d, n := range seen {
		if n > 1 {
			t.Errorf("%s loaded %d times", d, n)
		}
	}
	if seen["pillow ==8.0.0  base.txt:2  registry"] != 1 || len(errs) != 14 {
		t.Errorf("pillow %d, %d errors: %v", seen["pillow ==8.0.0  base.txt:2  registry"], len(errs), describeErrors(errs))
	}
}
