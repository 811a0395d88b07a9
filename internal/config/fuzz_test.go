package config

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds random contents to Load as krait.toml, pyproject.toml and
// .bandit: it must never panic, and must return either a Config or an error;
// a positioned *Error must name the file and a line of it. It calls load,
// which is Load after os.ReadFile, so that no time goes to writing files.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		"",
		"select = [\"B6\", \"S602\"]\nseverity = \"high\"\n",
		kraitPyproject,
		"[tool.krait]\n[tool.krait.per-file-ignores]\n\"t/*\" = [\"B101\"]\n[tool.krait.rules.B108]\ntmp_dirs = [\"/x\"]\n",
		"[[taint.sinks]]\nkind = \"sql\"\npattern = \"a.**.b\"\nargs = [0]\n[[taint.sources]]\nqualname = \"a\"\n",
		"[deps]\nignore = [{id = \"PYSEC-1\", expires = 2027-01-31}, {id = \"X-1\", expires = \"2027-02-30\"}]\n",
		"[tool.bandit]\ntests = [\"B001\"]\nexclude_dirs = [\"./a\", \"*/b/*\"]\n[tool.bandit.shell_injection]\nshell = []\n",
		"[bandit]\nskips = B101,\n  B602\nexclude = %(x)s\nx = y\n",
		"a = [[1, [2]], {b = [ '''x]''' ]}] # ]\n",
		"[a]\n[a]\n",
		"x = \"\"\"\n",
		"\ufeff[tool.krait]\nselect = 1\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"krait.toml", "pyproject.toml", ".bandit"} {
			path := filepath.Join("proj", name)
			c, err := load(path, data)
			if (c == nil) == (err == nil) {
				t.Fatalf("%s: Load = %v, %v: want exactly one of a Config and an error", name, c, err)
			}
			if err != nil {
				checkError(t, path, data, err)
				continue
			}
			// Decoding rule options must not panic either.
			for id := range c.Rules {
				var opts map[string]any
				if err := c.DecodeRuleOptions(id, &opts); err != nil {
					checkError(t, path, data, err)
				}
			}
		}
	})
}

func checkError(t *testing.T, path string, data []byte, err error) {
	t.Helper()
	if err.Error() == "" {
		t.Fatalf("%s: empty error message", path)
	}
	lines := strings.Count(string(data), "\n") + 1
	var list ErrorList
	var one *Error
	var errs []*Error
	switch {
	case errors.As(err, &list):
		errs = list
	case errors.As(err, &one):
		errs = []*Error{one}
	}
	for _, e := range errs {
		if e.File != path || e.Line < 0 || e.Line > lines || e.Line > 0 && e.Col < 1 {
			t.Fatalf("%s: error %q at %d:%d, file has %d lines", path, e.Error(), e.Line, e.Col, lines)
		}
	}
}

// TestPathological covers inputs that once cost exponential or quadratic
// work: INI interpolation that doubles at every level ("billion laughs"),
// and arrays nested as deep as go-toml allows.
func TestPathological(t *testing.T) {
	laughs := "[bandit]\nskips = " + strings.Repeat("%(a)s", 8) + "\n"
	for _, r := range "abcdefgh" {
		laughs += string(r) + " = " + strings.Repeat("%("+string(r+1)+")s", 8) + "\n"
	}
	laughs += "i = B101\n"
	_, err := load(".bandit", []byte(laughs))
	if got, want := errString(err), ".bandit:2:1: bandit.skips: interpolated value longer than 65536 bytes"; got != want {
		t.Errorf("laughs: error %q, want %q", got, want)
	}

	deep := "[tool.krait]\nselect = " + strings.Repeat("[", 9999) + strings.Repeat("]", 9999) + "\n"
	_, err = load("pyproject.toml", []byte(deep))
	if got, want := errString(err), "pyproject.toml:2:11: tool.krait.select[0]: expected a string, found a list"; got != want {
		t.Errorf("deep: error %q, want %q", got, want)
	}
	deeper := "a = " + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "\n"
	_, err = load("krait.toml", []byte(deeper))
	if got, want := errString(err), "krait.toml:1:10005: arrays and inline tables are nested more than the maximum of 10000 levels deep"; got != want {
		t.Errorf("deeper: error %q, want %q", got, want)
	}
}
