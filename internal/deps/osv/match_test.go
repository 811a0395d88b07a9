package osv

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func fixtureDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open("testdata/db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func auditOne(t *testing.T, src Source, q Query) Result {
	t.Helper()
	res, err := Audit(context.Background(), src, []Query{q})
	if err != nil {
		t.Fatal(err)
	}
	return res[0]
}

func findingIDs(r Result) []string {
	var ids []string
	for _, f := range r.Findings {
		id := f.ID
		if f.Certainty == MayBeAffected {
			id += "?"
		}
		ids = append(ids, id)
	}
	return ids
}

// TestMatchPinned covers every event kind, multiple ranges, versions
// lists, withdrawn records, alias grouping and local versions on the
// fixtures in testdata/db. "?" marks a MayBeAffected finding.
func TestMatchPinned(t *testing.T) {
	db := fixtureDB(t)
	tests := []struct {
		name, version string
		want          []string
		fix           string
		why           string
	}{
		{"examplepkg", "1.0", []string{"PYSEC-0000-1"}, "1.5", "introduced 0, fixed 1.5; GHSA alias grouped"},
		{"examplepkg", "1.4", []string{"PYSEC-0000-1", "PYSEC-0000-2"}, "2.3", "last_affected 1.8 is inclusive; 2.0 is in the second range"},
		{"examplepkg", "1.8", []string{"PYSEC-0000-2"}, "2.0", "last_affected includes 1.8 itself"},
		{"examplepkg", "1.9", nil, "", "between the ranges"},
		{"examplepkg", "2.1", []string{"PYSEC-0000-1"}, "2.3", "second range: a first-range-only matcher misses this"},
		{"examplepkg", "2.3", nil, "", "fixed is exclusive"},
		{"examplepkg", "3.2", []string{"PYSEC-0000-4"}, "3.5", "below the limit"},
		{"examplepkg", "3.5", nil, "", "limit is exclusive"},
		{"examplepkg", "4.1", []string{"PYSEC-0000-4"}, "4.2", "events given out of order are sorted"},
		{"examplepkg", "4.2", nil, "", "fixed"},
		{"examplepkg", "5.0.0", []string{"PYSEC-0000-5"}, "", "versions list 5.0 is PEP 440-equal to 5.0.0"},
		{"examplepkg", "5.2", []string{"PYSEC-0000-5"}, "", "versions list v5.2"},
		{"examplepkg", "6.0.0", nil, "", "npm entry of the same record ignored"},
		{"examplepkg", "1.0+ubuntu1", []string{"PYSEC-0000-1"}, "1.5", "a local version is inside the range"},
		{"ExamplePKG", "1.0", []string{"PYSEC-0000-1"}, "1.5", "query names are normalised"},
		{"examplepkg", "99.0", nil, "", "SEMVER range ignored; withdrawn PYSEC-0000-3 skipped"},
		{"other-pkg", "9.9", []string{"GHSA-dddd-eeee-ffff", "PYSEC-0000-6"}, "", "record name Other_Pkg normalised; PYSEC-0000-6 is unfixed"},
		{"prepkg", "1.0", []string{"PYSEC-0000-7"}, "2.0rc1", "only a pre-release fixes it"},
		{"prepkg", "2.0b1", []string{"PYSEC-0000-7"}, "2.0rc1", "pre-release pin"},
		{"prepkg", "2.0rc1", nil, "", "fixed in the rc"},
		{"oddpkg", "8.0", []string{"PYSEC-0000-8"}, "8.1", "the unparseable range is skipped, the other evaluated"},
		{"oddpkg", "weird-1", []string{"PYSEC-0000-8"}, "", "a non-PEP 440 pin matches the versions list exactly"},
		{"unknownpkg", "1.0", nil, "", "no records"},
	}
	for _, tt := range tests {
		r := auditOne(t, db, Query{Name: tt.name, Version: tt.version})
		if got := findingIDs(r); !slices.Equal(got, tt.want) {
			t.Errorf("%s==%s (%s): findings %v, want %v", tt.name, tt.version, tt.why, got, tt.want)
		}
		if r.Fix != tt.fix {
			t.Errorf("%s==%s (%s): fix %q, want %q", tt.name, tt.version, tt.why, r.Fix, tt.fix)
		}
	}
}

func TestFindingFields(t *testing.T) {
	r := auditOne(t, fixtureDB(t), Query{Name: "examplepkg", Version: "1.0"})
	if len(r.Findings) != 1 {
		t.Fatalf("findings %v", findingIDs(r))
	}
	f := r.Findings[0]
	if f.ID != "PYSEC-0000-1" || !slices.Equal(f.Aliases, []string{"CVE-0000-1", "GHSA-aaaa-bbbb-cccc"}) {
		t.Errorf("id %s aliases %v", f.ID, f.Aliases)
	}
	if f.Summary != "Remote code execution in examplepkg" {
		t.Errorf("summary %q (want the GHSA record's)", f.Summary)
	}
	if f.Severity.Rating != "CRITICAL" || f.Severity.Type != "CVSS_V3" || f.Severity.Score != 9.8 {
		t.Errorf("severity %+v", f.Severity)
	}
	if !slices.Equal(f.FixedIn, []string{"1.5", "2.3"}) {
		t.Errorf("fixed in %v (1.5 and 1.5.0 are one version)", f.FixedIn)
	}
	if len(f.Records) != 2 || f.Records[0].ID != "PYSEC-0000-1" {
		t.Errorf("records %d", len(f.Records))
	}
	// No summary anywhere: the first line of the details.
	r = auditOne(t, fixtureDB(t), Query{Name: "examplepkg", Version: "1.8"})
	if f := r.Findings[0]; f.Summary != "Path traversal, fixed after 1.8 (last_affected)." || f.Severity.Rating != "" {
		t.Errorf("summary %q severity %+v", f.Summary, f.Severity)
	}
	// database_specific MODERATE is MEDIUM; CVSS v4 keeps its vector and
	// takes the database's rating.
	r = auditOne(t, fixtureDB(t), Query{Name: "other-pkg", Version: "1"})
	for _, f := range r.Findings {
		switch f.ID {
		case "PYSEC-0000-6":
			if f.Severity.Rating != "MEDIUM" || f.Severity.Type != "database_specific" {
				t.Errorf("%s severity %+v", f.ID, f.Severity)
			}
		case "GHSA-dddd-eeee-ffff":
			if f.Severity.Rating != "HIGH" || f.Severity.HasScore {
				t.Errorf("%s severity %+v", f.ID, f.Severity)
			}
		}
	}
}

func TestWarnings(t *testing.T) {
	r := auditOne(t, fixtureDB(t), Query{Name: "oddpkg", Version: "8.0"})
	if len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], `"release-7" is not PEP 440`) {
		t.Errorf("warnings %q", r.Warnings)
	}
}

// TestMatchUnpinned: an advisory that affects every version a specifier
// allows is definite, one that affects some is "may be affected" ("?"),
// and the lower bound is never taken as the installed version. The fix is
// a version the specifier allows when one fixes everything, else the
// lower bound to raise it to.
func TestMatchUnpinned(t *testing.T) {
	db := fixtureDB(t)
	tests := []struct {
		spec string
		want []string
		fix  string
	}{
		{"<1.2", []string{"PYSEC-0000-1"}, "2.3"},
		{">=1.0", []string{"PYSEC-0000-1?", "PYSEC-0000-2?", "PYSEC-0000-4?", "PYSEC-0000-5?"}, "2.3"},
		{"", []string{"PYSEC-0000-1?", "PYSEC-0000-2?", "PYSEC-0000-4?", "PYSEC-0000-5?"}, "2.3"},
		{">=1.5,<2.0", []string{"PYSEC-0000-2?"}, "2.0"},
		{"~=2.1", []string{"PYSEC-0000-1?"}, "2.3"},
		{">2.0,<2.3", []string{"PYSEC-0000-1"}, "2.3"},
		{"==1.2.*", []string{"PYSEC-0000-1", "PYSEC-0000-2"}, "2.3"},
		{">=4.2,<5", nil, ""},
		{"==5.0", []string{"PYSEC-0000-5"}, ""},
		{">=1.0 || <0.5", []string{"PYSEC-0000-1?", "PYSEC-0000-2?", "PYSEC-0000-4?", "PYSEC-0000-5?"}, "2.3"},
		{">=4.0,<4.2", []string{"PYSEC-0000-4"}, "4.2"}, // nothing in range fixes it: the new lower bound
	}
	for _, tt := range tests {
		r := auditOne(t, db, Query{Name: "examplepkg", Specifier: tt.spec})
		if got := findingIDs(r); !slices.Equal(got, tt.want) {
			t.Errorf("examplepkg %q: findings %v, want %v", tt.spec, got, tt.want)
		}
		if r.Fix != tt.fix {
			t.Errorf("examplepkg %q: fix %q, want %q", tt.spec, r.Fix, tt.fix)
		}
	}
	r := auditOne(t, db, Query{Name: "examplepkg", Specifier: ">=1.0, foo"})
	if len(r.Warnings) == 0 {
		t.Error("a bad specifier must warn")
	}
}

func TestMatcherAffects(t *testing.T) {
	db := fixtureDB(t)
	vulns, err := db.Vulns(context.Background(), []Query{{Name: "examplepkg"}})
	if err != nil {
		t.Fatal(err)
	}
	var rec *Vulnerability
	for _, v := range vulns["examplepkg"] {
		if v.ID == "PYSEC-0000-3" {
			rec = v
		}
	}
	m := NewMatcher()
	if rec == nil || m.Affects(rec, "examplepkg", mustVersion("1.0")) {
		t.Error("a withdrawn record affects nothing")
	}
}

// TestCanonicalString: the fast path agrees with pep440's Canonical, and
// declines what it cannot do without parsing.
func TestCanonicalString(t *testing.T) {
	for _, in := range []string{"1.0", "2.0.0rc1", "1.0.post1", "1.0a1.dev2", "3.2.19", "0", "0.0", "10.0.0b3.post0.dev0", "1.0rc0"} {
		got, ok := canonicalString(in)
		if want := mustVersion(in).Canonical(); !ok || got != want {
			t.Errorf("canonicalString(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"1.0RC1", "1.0-1", "v1.0", "1!1.0", "1.0+local", "01.0", "1.0rc01", "1.0.", "1.0rc", "1.0c1", "1.0.post", ""} {
		if got, ok := canonicalString(in); ok {
			t.Errorf("canonicalString(%q) = %q, want a refusal", in, got)
		}
	}
}
