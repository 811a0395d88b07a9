package pep440

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestNormalization is the "Normalization" section of PEP 440, rule by rule.
func TestNormalization(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		{"case sensitivity", "1.1RC1", "1.1rc1"},
		{"case sensitivity", "1.0.DEV1+UBUNTU", "1.0.dev1+ubuntu"},
		{"integer normalization", "00", "0"},
		{"integer normalization", "09000", "9000"},
		{"integer normalization", "1.0+foo0100", "1.0+foo0100"},
		{"pre-release separators", "1.1.a1", "1.1a1"},
		{"pre-release separators", "1.1-a1", "1.1a1"},
		{"pre-release separators", "1.1_a1", "1.1a1"},
		{"pre-release separators", "1.0a.1", "1.0a1"},
		{"pre-release separators", "1.0a-1", "1.0a1"},
		{"pre-release separators", "1.0a_1", "1.0a1"},
		{"pre-release spelling", "1.1alpha1", "1.1a1"},
		{"pre-release spelling", "1.1beta2", "1.1b2"},
		{"pre-release spelling", "1.1c3", "1.1rc3"},
		{"pre-release spelling", "1.1pre4", "1.1rc4"},
		{"pre-release spelling", "1.1preview5", "1.1rc5"},
		{"implicit pre-release number", "1.2a", "1.2a0"},
		{"implicit pre-release number", "1.2.beta", "1.2b0"},
		{"post release separators", "1.2-post2", "1.2.post2"},
		{"post release separators", "1.2post2", "1.2.post2"},
		{"post release separators", "1.2.post.2", "1.2.post2"},
		{"post release separators", "1.2_post_2", "1.2.post2"},
		{"post release spelling", "1.0-r4", "1.0.post4"},
		{"post release spelling", "1.0-rev4", "1.0.post4"},
		{"implicit post release number", "1.2.post", "1.2.post0"},
		{"implicit post release number", "1.2-r", "1.2.post0"},
		{"implicit post releases", "1.0-1", "1.0.post1"},
		{"development release separators", "1.2-dev2", "1.2.dev2"},
		{"development release separators", "1.2dev2", "1.2.dev2"},
		{"development release separators", "1.2.dev.2", "1.2.dev2"},
		{"implicit development release number", "1.2.dev", "1.2.dev0"},
		{"local version segments", "1.0+ubuntu-1", "1.0+ubuntu.1"},
		{"local version segments", "1.0+ubuntu_1", "1.0+ubuntu.1"},
		{"local version segments", "1.0+ubuntu.01", "1.0+ubuntu.1"},
		{"preceding v character", "v1.0", "1.0"},
		{"preceding v character", "V1.0", "1.0"},
		{"leading and trailing whitespace", "  1.0\n", "1.0"},
		{"leading and trailing whitespace", "\t1.0a1\r\n", "1.0a1"},
		{"epoch", "1!1.0", "1!1.0"},
		{"epoch", "0!1.0", "1.0"},
		{"all segments", "1!2.0.3rc4.post5.dev6+abc.7", "1!2.0.3rc4.post5.dev6+abc.7"},
		{"all segments", "V1!2.0-C4-5_DEV6+ABC-7", "1!2.0rc4.post5.dev6+abc.7"},
		{"long release", "1.2.3.4.5.6.7.8.9.10", "1.2.3.4.5.6.7.8.9.10"},
		{"date release", "2024.10.10", "2024.10.10"},
	}
	for _, tt := range tests {
		v, err := Parse(tt.in)
		if err != nil {
			t.Errorf("%s: Parse(%q): %v", tt.rule, tt.in, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("%s: Parse(%q).String() = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
		if w := MustParse(tt.want); Compare(v, w) != 0 {
			t.Errorf("%s: %q and %q compare unequal", tt.rule, tt.in, tt.want)
		}
	}
}

// TestInvalid checks strings that PEP 440 rejects, including "1.0-" (the
// implicit post release rule must not combine with an implicit number).
func TestInvalid(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", "expected a number at offset 0"},
		{"1.0-", `unexpected "-" at offset 3`},
		{"1..0", `unexpected "..0" at offset 1`},
		{"1.0+", "empty local version segment at offset 4"},
		{"1.0+abc..1", "empty local version segment at offset 8"},
		{"a1", "expected a number at offset 0"},
		{"1.0a1a2", `unexpected "a2" at offset 5`},
		{"1.0.post1.post2", `unexpected ".post2" at offset 9`},
		{"1!", "expected a number at offset 2"},
		{"1.0_1", `unexpected "_1" at offset 3`},
		{"1.0 a1", `unexpected " a1" at offset 3`},
		{"1.0.*", `unexpected ".*" at offset 3`},
		{"vv1.0", "expected a number at offset 1"},
		{"1.0x", `unexpected "x" at offset 3`},
		{"99999999999999999999.0", "number too large: 99999999999999999999"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) = %v, want a *ParseError", tt.in, err)
			continue
		}
		if pe.Msg != tt.msg || pe.Input != tt.in {
			t.Errorf("Parse(%q) error = %q (input %q), want %q", tt.in, pe.Msg, pe.Input, tt.msg)
		}
	}
	if _, err := Parse("1" + strings.Repeat("0", 25)); !strings.Contains(err.Error(), ErrTooLarge.Error()) {
		t.Errorf("huge number: %v", err)
	}
}

// TestOrdering is the ordering example of PEP 440 ("Summary of permitted
// suffixes and relative ordering"), plus epochs.
func TestOrdering(t *testing.T) {
	ordered := []string{
		"1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12",
		"1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456",
		"1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456",
		"1.0.15", "1.1.dev1",
		"2013.10", "2014.04", "1!1.0", "1!1.1", "1!2.0",
	}
	checkOrder(t, ordered)
	// Local labels: absent < alphanumeric < numeric segment; shorter first.
	checkOrder(t, []string{"1.0", "1.0+a", "1.0+a.b", "1.0+a.1", "1.0+b", "1.0+0", "1.0+1.a", "1.0+1.0", "1.0+2"})
}

func checkOrder(t *testing.T, ordered []string) {
	t.Helper()
	vs := make([]Version, len(ordered))
	for i, s := range ordered {
		vs[i] = MustParse(s)
	}
	for i, a := range ordered {
		for j, b := range ordered {
			got := Compare(vs[i], vs[j])
			want := cmpI(i, j)
			if got != want {
				t.Errorf("Compare(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// TestEquality: trailing zeros, spellings and local integer parts.
func TestEquality(t *testing.T) {
	for _, pair := range [][2]string{
		{"1.0", "1"}, {"1.0.0.0", "1"}, {"v1.0", "1.0"}, {"1.0-1", "1.0.post1"},
		{"1.0+abc.01", "1.0+abc.1"}, {"0!1.0", "1.0"}, {"1.0RC1", "1.0c1"},
	} {
		if !Equal(MustParse(pair[0]), MustParse(pair[1])) {
			t.Errorf("%q != %q", pair[0], pair[1])
		}
	}
	for _, pair := range [][2]string{{"1.0", "1.0+abc"}, {"1.0", "1.0.post0"}, {"1.0", "1.0.dev0"}, {"1.0a0", "1.0"}} {
		if Equal(MustParse(pair[0]), MustParse(pair[1])) {
			t.Errorf("%q == %q", pair[0], pair[1])
		}
	}
}

// TestCanonical: Canonical strings are equal exactly when versions are.
func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"1.0.0": "1", "1": "1", "0.0": "0", "1.0rc1": "1rc1", "1!2.0.post0+Ab.01": "1!2.post0+ab.1", "1.2.0.3.0": "1.2.0.3",
	} {
		if got := MustParse(in).Canonical(); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
	o := loadOracle(t).Order
	for i := range o {
		for j := i; j < len(o) && j < i+20; j++ {
			a, b := MustParse(o[i]), MustParse(o[j])
			if Equal(a, b) != (a.Canonical() == b.Canonical()) {
				t.Errorf("%q %q: Equal %v, Canonical %q %q", o[i], o[j], Equal(a, b), a.Canonical(), b.Canonical())
			}
		}
	}
}

func TestAccessors(t *testing.T) {
	v := MustParse("1!2.3rc4.post5.dev6+Ubuntu-7")
	if v.Epoch() != 1 || !slices.Equal(v.Release(), []uint64{2, 3}) {
		t.Errorf("epoch/release = %d %v", v.Epoch(), v.Release())
	}
	if k, n := v.Pre(); k != PreRC || n != 4 {
		t.Errorf("Pre = %v %d", k, n)
	}
	if n, ok := v.Post(); !ok || n != 5 {
		t.Errorf("Post = %d %v", n, ok)
	}
	if n, ok := v.Dev(); !ok || n != 6 {
		t.Errorf("Dev = %d %v", n, ok)
	}
	if v.Local() != "ubuntu.7" || !v.HasLocal() {
		t.Errorf("Local = %q", v.Local())
	}
	if got := v.Public().String(); got != "1!2.3rc4.post5.dev6" {
		t.Errorf("Public = %q", got)
	}
	if got := v.Base().String(); got != "1!2.3" {
		t.Errorf("Base = %q", got)
	}
	if !v.IsPrerelease() || !v.IsPostRelease() || !v.IsDevRelease() {
		t.Error("flags")
	}
	if MustParse("1.0.post1").IsPrerelease() || !MustParse("1.0.post1.dev1").IsPrerelease() {
		t.Error("a dev release of a post release is a pre-release, a post release is not")
	}
	var zero Version
	if zero.String() != "0" || Compare(zero, MustParse("0")) != 0 {
		t.Errorf("zero Version = %q", zero.String())
	}
}
