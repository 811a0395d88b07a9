package pep440

import (
	"encoding/json"
	"os"
	"testing"
)

// oracle is testdata/oracle.json, answers of the packaging library (see
// testdata/gen_oracle.py) for combinatorially built inputs.
type oracle struct {
	Packaging  string
	Versions   [][2]*string
	Order      []string
	Specifiers []struct {
		Spec string
		Rows []struct {
			Candidate string
			Matches   bool // contains(prereleases=True)
			Contains  bool // contains() with the default rule
		}
	}
}

func (o *oracle) UnmarshalJSON(b []byte) error {
	var raw struct {
		Packaging  string
		Versions   [][2]*string
		Order      []string
		Specifiers [][2]json.RawMessage
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	o.Packaging, o.Versions, o.Order = raw.Packaging, raw.Versions, raw.Order
	for _, s := range raw.Specifiers {
		var spec string
		var rows [][3]any
		if err := json.Unmarshal(s[0], &spec); err != nil {
			return err
		}
		if err := json.Unmarshal(s[1], &rows); err != nil {
			return err
		}
		e := struct {
			Spec string
			Rows []struct {
				Candidate string
				Matches   bool
				Contains  bool
			}
		}{Spec: spec}
		if rows == nil {
			e.Rows = nil
		} else {
			e.Rows = make([]struct {
				Candidate string
				Matches   bool
				Contains  bool
			}, len(rows))
			for i, r := range rows {
				e.Rows[i].Candidate, e.Rows[i].Matches, e.Rows[i].Contains = r[0].(string), r[1].(bool), r[2].(bool)
			}
		}
		o.Specifiers = append(o.Specifiers, e)
	}
	return nil
}

func loadOracle(t *testing.T) *oracle {
	t.Helper()
	b, err := os.ReadFile("testdata/oracle.json")
	if err != nil {
		t.Fatal(err)
	}
	var o oracle
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatalf("testdata/oracle.json: %v", err)
	}
	return &o
}

// TestOracleVersions compares Parse and String with packaging on ~1,500
// spellings and the invalid inputs.
func TestOracleVersions(t *testing.T) {
	o := loadOracle(t)
	for _, row := range o.Versions {
		in := *row[0]
		v, err := Parse(in)
		switch {
		case row[1] == nil && err == nil:
			t.Errorf("Parse(%q) = %q, packaging %s rejects it", in, v, o.Packaging)
		case row[1] != nil && err != nil:
			t.Errorf("Parse(%q): %v; packaging gives %q", in, err, *row[1])
		case row[1] != nil && v.String() != *row[1]:
			t.Errorf("Parse(%q) = %q, packaging gives %q", in, v, *row[1])
		}
	}
}

// TestOracleOrder checks Compare on every pair of 400 sorted versions.
// Equal versions (1.0a0 and 1.0.0a0) keep their input order there, so the
// list is only non-decreasing.
func TestOracleOrder(t *testing.T) {
	order := loadOracle(t).Order
	vs := make([]Version, len(order))
	for i, s := range order {
		vs[i] = MustParse(s)
	}
	for i := range vs {
		for j := range vs {
			c, r := Compare(vs[i], vs[j]), Compare(vs[j], vs[i])
			if c != -r || (i < j && c > 0) {
				t.Errorf("Compare(%q, %q) = %d, reverse %d", order[i], order[j], c, r)
			}
		}
	}
}

// TestOracleSpecifiers compares ParseSpecifier, Matches (pre-releases
// accepted) and Contains (default rule) with packaging. The one documented
// difference: "<V" and ">V" with a pre-release V accept pre-releases here.
func TestOracleSpecifiers(t *testing.T) {
	o := loadOracle(t)
	for _, s := range o.Specifiers {
		sp, err := ParseSpecifier(s.Spec)
		if s.Rows == nil {
			if err == nil {
				t.Errorf("ParseSpecifier(%q) = %v, packaging rejects it", s.Spec, sp)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseSpecifier(%q): %v", s.Spec, err)
			continue
		}
		deviates := (sp.op == OpLess || sp.op == OpGreater) && sp.version.IsPrerelease()
		for _, r := range s.Rows {
			v := MustParse(r.Candidate)
			if got := sp.Matches(v); got != r.Matches {
				t.Errorf("%q Matches %q = %v, packaging %v", s.Spec, r.Candidate, got, r.Matches)
			}
			if got := sp.Contains(v); got != r.Contains && !deviates {
				t.Errorf("%q Contains %q = %v, packaging %v", s.Spec, r.Candidate, got, r.Contains)
			}
		}
	}
}
