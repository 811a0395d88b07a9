package pep440

import (
	"errors"
	"slices"
	"testing"
)

// TestSpecifierExamples are the examples of PEP 440 "Version specifiers",
// section by section; pre-releases are accepted (Matches) unless the row
// is about the default rule.
func TestSpecifierExamples(t *testing.T) {
	tests := []struct {
		section, spec, version string
		want                   bool
	}{
		// Compatible release: ~=2.2 is >=2.2, ==2.*.
		{"compatible release", "~=2.2", "2.2", true},
		{"compatible release", "~=2.2", "2.9", true},
		{"compatible release", "~=2.2", "3.0", false},
		{"compatible release", "~=2.2", "2.1", false},
		{"compatible release", "~=1.4.5", "1.4.5", true},
		{"compatible release", "~=1.4.5", "1.4.99", true},
		{"compatible release", "~=1.4.5", "1.5.0", false},
		{"compatible release", "~=2.2.post3", "2.2.post3", true},
		{"compatible release", "~=2.2.post3", "2.2", false},
		{"compatible release", "~=2.2.post3", "2.9", true},
		{"compatible release", "~=2.2.post3", "3.0", false},
		{"compatible release", "~=1.4.5a4", "1.4.5a4", true},
		{"compatible release", "~=1.4.5a4", "1.4.5", true},
		{"compatible release", "~=1.4.5a4", "1.5", false},
		{"compatible release", "~=2.2.0", "2.2.9", true},
		{"compatible release", "~=2.2.0", "2.3", false},
		{"compatible release", "~=1.4.5.0", "1.4.5.9", true},
		{"compatible release", "~=1.4.5.0", "1.4.6", false},
		{"compatible release", "~=1!2.2", "1!2.5", true},
		{"compatible release", "~=1!2.2", "2.5", false},
		// Version matching, with zero padding and the 1.1.post1 example.
		{"version matching", "==1.1", "1.1.post1", false},
		{"version matching", "==1.1.post1", "1.1.post1", true},
		{"version matching", "==1.1.*", "1.1.post1", true},
		{"version matching", "==1.1", "1.1.0", true},
		{"version matching", "==1.1.0", "1.1", true},
		{"version matching", "==1.*", "1.9rc1", true},
		{"version matching", "==1.0.*", "1", true},
		{"version matching", "==1.0.*", "1.1", false},
		{"version matching", "==1.0.0.*", "1.0rc1", true},
		{"version matching", "==1.0.1.*", "1.0rc1", false},
		{"version matching", "==1!1.*", "1.0", false},
		{"version matching", "==1.*", "1.0+local", true},
		// Local versions: ignored when the specifier has none.
		{"local versions", "==1.0", "1.0+downstream1", true},
		{"local versions", "==1.0+downstream1", "1.0+downstream1", true},
		{"local versions", "==1.0+downstream1", "1.0+downstream2", false},
		{"local versions", "==1.0+downstream1", "1.0", false},
		{"local versions", "==1.0+Ubuntu-1", "1.0+ubuntu.1", true},
		{"local versions", ">=1.0", "1.0+local", true},
		{"local versions", "<=1.0", "1.0+local", true},
		// Version exclusion.
		{"version exclusion", "!=1.1", "1.1.post1", true},
		{"version exclusion", "!=1.1.post1", "1.1.post1", false},
		{"version exclusion", "!=1.1.*", "1.1.post1", false},
		{"version exclusion", "!=1.1.*", "1.2", true},
		{"version exclusion", "!=1.0", "1.0+local", false},
		// Inclusive ordered comparison.
		{"inclusive ordered", ">=1.0", "1.0", true},
		{"inclusive ordered", ">=1.0", "0.9", false},
		{"inclusive ordered", "<=1.0", "1.0.post1", false},
		{"inclusive ordered", "<=1.0", "1.0rc1", true},
		// Exclusive ordered comparison.
		{"exclusive ordered", "<3.1", "3.1.dev0", false},
		{"exclusive ordered", "<3.1", "3.1a1", false},
		{"exclusive ordered", "<3.1", "3.0.dev0", true},
		{"exclusive ordered", "<3.1", "3.0.post1", true},
		{"exclusive ordered", "<3.1rc1", "3.1a1", true},
		{"exclusive ordered", "<3.1rc1", "3.1.dev0", true},
		{"exclusive ordered", ">3.1", "3.1.post0", false},
		{"exclusive ordered", ">3.1", "3.2.post0", true},
		{"exclusive ordered", ">3.1", "3.1+local", false},
		{"exclusive ordered", ">3.1", "3.1.1", true},
		{"exclusive ordered", ">3.1.post1", "3.1.post2", true},
		{"exclusive ordered", ">3.1.post1", "3.1.post1+local", false},
		{"exclusive ordered", ">3.1", "3.2a1", true},
		// Arbitrary equality: a string comparison of the normalised form.
		{"arbitrary equality", "===1.0", "1.0", true},
		{"arbitrary equality", "===1.0", "1.0.0", false},
		{"arbitrary equality", "===1.0", "1.0+downstream1", false},
		{"arbitrary equality", "===1.0", "V1.0", true},
	}
	for _, tt := range tests {
		sp, err := ParseSpecifier(tt.spec)
		if err != nil {
			t.Errorf("%s: %v", tt.section, err)
			continue
		}
		if got := sp.Matches(MustParse(tt.version)); got != tt.want {
			t.Errorf("%s: %q matches %q = %v, want %v", tt.section, tt.spec, tt.version, got, tt.want)
		}
	}
}

// TestPrereleaseRule: pre-releases and dev releases are excluded unless a
// clause names one or the caller asks for them.
func TestPrereleaseRule(t *testing.T) {
	tests := []struct {
		set, version string
		pre, want    bool
	}{
		{">=1.0", "2.0a1", false, false},
		{">=1.0", "2.0a1", true, true},
		{">=1.0", "2.0.dev1", false, false},
		{">=1.0", "2.0.post1", false, true},
		{">=1.0a1", "2.0a1", false, true},
		{">=1.0,!=1.5rc1", "2.0a1", false, false},
		{">=1.0a1,<3", "2.0b1", false, true},
		{"==2.0rc1", "2.0rc1", false, true},
		{"==2.0.*", "2.0rc1", false, false},
		{"~=2.0rc1", "2.1a1", false, true},
		{"<2.0a1", "1.0a1", false, true},
		{"", "1.0", false, true},
		{"", "1.0a1", false, false},
		{"", "1.0a1", true, true},
	}
	for _, tt := range tests {
		set := MustParseSpecifierSet(tt.set)
		if got := set.Match(MustParse(tt.version), tt.pre); got != tt.want {
			t.Errorf("%q Match(%q, pre=%v) = %v, want %v", tt.set, tt.version, tt.pre, got, tt.want)
		}
	}
	if MustParseSpecifier("!=1.0a1").NamesPrerelease() {
		t.Error("!= must not request pre-releases")
	}
}

// TestSpecifierSet: the "Examples" list of PEP 440.
func TestSpecifierSet(t *testing.T) {
	tests := []struct {
		set  string
		yes  []string
		no   []string
		text string
	}{
		{"~=3.1", []string{"3.1", "3.9"}, []string{"4.0", "3.0"}, "~=3.1"},
		{"~=3.1.2", []string{"3.1.2", "3.1.9"}, []string{"3.2", "3.1.1"}, "~=3.1.2"},
		{"~=3.1a1", []string{"3.1a1", "3.1", "3.9"}, []string{"4.0"}, "~=3.1a1"},
		{"==3.1", []string{"3.1", "3.1.0"}, []string{"3.1.1"}, "==3.1"},
		{"==3.1.*", []string{"3.1", "3.1.5"}, []string{"3.2"}, "==3.1.*"},
		{"~=3.1.0, !=3.1.3", []string{"3.1.0", "3.1.4"}, []string{"3.1.3", "3.2"}, "~=3.1.0,!=3.1.3"},
		{" >= 1.0 ,, < 2 ", []string{"1.0", "1.9"}, []string{"2", "0.1"}, ">=1.0,<2"},
	}
	for _, tt := range tests {
		set, err := ParseSpecifierSet(tt.set)
		if err != nil {
			t.Errorf("%q: %v", tt.set, err)
			continue
		}
		for _, v := range tt.yes {
			if !set.Contains(MustParse(v)) {
				t.Errorf("%q should contain %q", tt.set, v)
			}
		}
		for _, v := range tt.no {
			if set.Contains(MustParse(v)) {
				t.Errorf("%q should not contain %q", tt.set, v)
			}
		}
		if set.String() != tt.text {
			t.Errorf("%q.String() = %q, want %q", tt.set, set.String(), tt.text)
		}
	}
}

func TestFilter(t *testing.T) {
	vs := []Version{MustParse("1.0"), MustParse("2.0a1"), MustParse("2.0")}
	names := func(vs []Version) []string {
		var out []string
		for _, v := range vs {
			out = append(out, v.String())
		}
		return out
	}
	set := MustParseSpecifierSet(">=1.5")
	if got := names(set.Filter(vs, false)); !slices.Equal(got, []string{"2.0"}) {
		t.Errorf("Filter = %v", got)
	}
	if got := names(set.Filter(vs, true)); !slices.Equal(got, []string{"2.0a1", "2.0"}) {
		t.Errorf("Filter(pre) = %v", got)
	}
	// Only a pre-release matches: PEP 440 accepts it.
	// (<2.0 excludes 2.0a1, a pre-release of 2.0 itself.)
	if got := names(MustParseSpecifierSet(">1.0,<2.1").Filter(vs[:2], false)); !slices.Equal(got, []string{"2.0a1"}) {
		t.Errorf("Filter(only pre) = %v", got)
	}
}

func TestSpecifierErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"1.0", "no operator (want one of ~= == != <= >= < > ===)"},
		{"=1.0", "no operator (want one of ~= == != <= >= < > ===)"},
		{"==", "no version after =="},
		{">=1.*", "a .* wildcard is allowed only with == and !="},
		{"~=1.0.*", "a .* wildcard is allowed only with == and !="},
		{"~=1", "~= needs at least two release numbers"},
		{"<1.0+local", "a local version label is allowed only with == and !="},
		{"==1.0rc1.*", "a .* wildcard must follow a release number only"},
		{"==1.0+local.*", "a .* wildcard must follow a release number only"},
		{"==1.0 .1", `unexpected " .1" at offset 3`},
		{"=== a b", "=== takes a string without spaces"},
	}
	for _, tt := range tests {
		_, err := ParseSpecifier(tt.in)
		var se *SpecifierError
		if !errors.As(err, &se) || se.Msg != tt.msg {
			t.Errorf("ParseSpecifier(%q) = %v, want %q", tt.in, err, tt.msg)
		}
	}
	if _, err := ParseSpecifierSet(">=1.0, foo"); err == nil {
		t.Error("bad clause in a set must fail")
	}
}
