package lockfile

import (
	"testing"
)

func TestRequirements(t *testing.T) {
	pkgs, errs := ParseRequirements("testdata/requirements/requirements.txt", false)
	expect(t, pkgs, errs, []string{
		"pillow ==8.0.0  base.txt:2  registry",
		"six ==1.16.0  extra.txt:1  registry",
		"urllib3 <2  constraints.txt:1  registry  C",
		"certifi ==2023.7.22  constraints.txt:2  registry  C",
		"django ==3.2.0  requirements.txt:7  registry  #sha256:aaaa,sha256:bbbb",
		`requests >=2.19,<3  requirements.txt:10  registry  [security,socks]  ;python_version >= "3.6"`,
		"urllib3 ==1.24.1  requirements.txt:11  registry",
		"flask ==0.12  requirements.txt:12  registry",
		"pyyaml  requirements.txt:13  registry",
		"click  requirements.txt:14  vcs  !direct reference git+https://github.com/pallets/click.git@8.1.3#egg=click",
		"six  requirements.txt:15  url  !direct reference https://files.example.invalid/packages/six-1.16.0-py2.py3-none-any.whl",
		"localpkg  requirements.txt:16  path  !direct reference ./vendor/localpkg",
		"shared-lib  requirements.txt:17  editable  !editable install of ../shared-lib",
		"y-lib  requirements.txt:18  editable  !editable install of git+https://github.com/x/y.git#egg=y_lib",
		"attrs  requirements.txt:19  url  !direct reference https://example.invalid/attrs-23.1.0.tar.gz",
		"jinja2 >=2.10,<3  requirements.txt:20  registry",
		"cryptography ==3.2  requirements.txt:21  registry  #sha256:cccc",
		"zope-interface ==5.*  requirements.txt:22  registry",
		"markupsafe ==2.0.1  requirements.txt:24  registry",
	}, []string{
		"base.txt:1: include cycle: requirements.txt -> base.txt -> requirements.txt",
		"extra.txt:2: include cycle: base.txt -> extra.txt -> base.txt",
	})
}

// TestRequirementsErrors: each malformed line is an error at its line, and
// the good lines around them are still read.
func TestRequirementsErrors(t *testing.T) {
	pkgs, errs := ParseRequirements("testdata/requirements/bad.txt", false)
	expect(t, pkgs, errs, []string{
		"good ==1.0  bad.txt:6  registry",
		"last ==2.0  bad.txt:12  registry",
	}, []string{
		`bad.txt:1: invalid PEP 440 specifier "==": no version after ==`,
		`bad.txt:2: invalid PEP 440 specifier ">=": no version after >=`,
		"bad.txt:3: unknown option --foo",
		`bad.txt:4: expected a package name, found "[extra]"`,
		"bad.txt:5: unclosed [ in extras of pkg",
		"bad.txt:7: cannot read included file: open testdata/requirements/missing.txt: no such file or directory",
		"bad.txt:8: --hash without a requirement",
		"bad.txt:9: no URL after @ for name",
		"bad.txt:10: empty environment marker after ; for ok2",
		"bad.txt:11: -r https://example.invalid/reqs.txt: remote requirement files are not fetched",
		"bad.txt:12: option -i cannot follow a requirement on the same line",
	})
}

func TestConstraintsFile(t *testing.T) {
	pkgs, errs := Parse("testdata/requirements/constraints.txt")
	expect(t, pkgs, errs, []string{
		"urllib3 <2  constraints.txt:1  registry  C",
		"certifi ==2023.7.22  constraints.txt:2  registry  C",
	}, nil)
}

func TestLogicalLines(t *testing.T) {
	got := logicalLines("a==1 \\\n  --hash=x \\\n  --hash=y\n# c \\\nb  # tail\n\\\n\nc==2\\")
	want := []logicalLine{{1, "a==1   --hash=x   --hash=y"}, {4, ""}, {5, "b"}, {6, ""}, {8, "c==2"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
