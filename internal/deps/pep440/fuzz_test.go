package pep440

import "testing"

// FuzzParse checks that Parse never panics, that String is a fixed point
// (Parse(String(v)) == v, String idempotent) and that Compare is reflexive
// and antisymmetric against a second parsed input.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1.0", "1!2.0rc1.post2.dev3+abc.4", "v1.0-1", "1.0a-", " 1.0\n", "1.0+", "01.0.POST", "1.0_a.dev"} {
		f.Add(s, "1.0")
	}
	f.Fuzz(func(t *testing.T, s, other string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		n := v.String()
		w, err := Parse(n)
		if err != nil {
			t.Fatalf("Parse(%q) = %q, which does not parse: %v", s, n, err)
		}
		if w.String() != n || Compare(v, w) != 0 {
			t.Fatalf("Parse(%q).String() = %q, round trip gives %q", s, n, w)
		}
		if o, err := Parse(other); err == nil {
			if Compare(v, o) != -Compare(o, v) {
				t.Fatalf("Compare(%q, %q) not antisymmetric", s, other)
			}
		}
		if sp, err := ParseSpecifier("==" + n); err == nil && !sp.Matches(v) {
			t.Fatalf("==%s does not match %q", n, s)
		}
	})
}

// FuzzSpecifierSet checks that parsing and matching specifier sets never
// panic and that String is a parseable fixed point.
func FuzzSpecifierSet(f *testing.F) {
	for _, s := range []string{">=1.0,<2", "~=1.4.5a4", "==1.*", "!=1.0+local", "===foo", "<3.1rc1"} {
		f.Add(s, "1.5")
	}
	f.Fuzz(func(t *testing.T, s, version string) {
		set, err := ParseSpecifierSet(s)
		if err != nil {
			return
		}
		again, err := ParseSpecifierSet(set.String())
		if err != nil || again.String() != set.String() {
			t.Fatalf("%q -> %q does not reparse: %v", s, set.String(), err)
		}
		if v, err := Parse(version); err == nil {
			set.Contains(v)
			set.Match(v, true)
		}
	})
}
