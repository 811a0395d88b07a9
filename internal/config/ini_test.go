package config

import (
	"reflect"
	"testing"
)

func TestParseINI(t *testing.T) {
	const body = "; a comment\n" +
		"[DEFAULT]\n" +
		"base = src\n" +
		"\n" +
		"[bandit]\n" +
		"Targets = %(base)s/app\n" +
		"exclude: tests,\n" +
		"    build,\n" +
		"\n" +
		"    # a comment inside the value\n" +
		"    dist\n" +
		"pct = 100%%\n" +
		"empty =\n" +
		"  [not a section]\n" +
		"[other]\n" +
		"x=1\n"
	f, err := parseINI(".bandit", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	s := f.section("bandit")
	if s == nil {
		t.Fatal("no [bandit]")
	}
	got := map[string]string{}
	for _, k := range s.keys {
		v, err := s.interpolate(s.opts[k])
		if err != nil {
			t.Fatal(err)
		}
		got[k] = v
	}
	want := map[string]string{
		"targets": "src/app",
		"exclude": "tests,\nbuild,\n\ndist",
		"pct":     "100%",
		"empty":   "\n[not a section]",
		"base":    "src", // from [DEFAULT]
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("options %q, want %q", got, want)
	}
	if !reflect.DeepEqual(s.keys, []string{"targets", "exclude", "pct", "empty", "base"}) {
		t.Errorf("keys %q", s.keys)
	}
	if p := s.opts["exclude"].pos; p.Line != 7 || p.Col != 1 {
		t.Errorf("exclude at %d:%d", p.Line, p.Col)
	}
	if f.section("other") == nil || f.section("missing") != nil || (*iniFile)(nil).section("bandit") != nil {
		t.Error("section lookup")
	}
	if got := splitINIList(want["exclude"]); !reflect.DeepEqual(got, []string{"tests", "build", "dist"}) {
		t.Errorf("splitINIList = %q", got)
	}
}

func TestParseINIErrors(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"x = 1\n[bandit]\n", ".bandit:1:1: expected a [section] header before options"},
		{"[bandit]\nskips\n", `.bandit:2:1: expected key = value, found "skips"`},
		{"[bandit]\n= B101\n", `.bandit:2:1: expected key = value, found "= B101"`},
		{"[bandit]\nskips = B1\nSKIPS = B2\n", ".bandit:3:1: bandit.skips: option already given"},
		{"[bandit]\n[a]\n[bandit]\n", ".bandit:3:1: section [bandit] already given"},
		{"[]\n", `.bandit:1:1: expected a [section] header before options`},
	} {
		_, err := parseINI(".bandit", []byte(tt.body))
		if got := errString(err); got != tt.want {
			t.Errorf("%q: error %q, want %q", tt.body, got, tt.want)
		}
	}
	for _, tt := range []struct{ value, want string }{
		{"50%", `.bandit:2:1: v: '%' must be followed by '%' or '(', found "%"`},
		{"%(v)s", ".bandit:2:1: v: interpolation nested too deeply (a reference loop?)"},
		{"%(w", `.bandit:2:1: v: bad interpolation "%(w"`},
	} {
		f, err := parseINI(".bandit", []byte("[bandit]\nv = "+tt.value+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		s := f.section("bandit")
		_, ierr := s.interpolate(s.opts["v"])
		if got := errString(ierr); got != tt.want {
			t.Errorf("%q: error %q, want %q", tt.value, got, tt.want)
		}
	}
}
