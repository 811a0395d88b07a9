package lockfile

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// describe renders a package as one line for table comparisons:
//
//	name ==version  file:line  source  [extras] ;markers {groups} C(onstraint) !reason
func describe(p Package) string {
	var b strings.Builder
	b.WriteString(p.Name)
	switch {
	case p.Pinned:
		b.WriteString(" ==" + p.Version)
	case p.Specifier != "":
		b.WriteString(" " + p.Specifier)
	}
	fmt.Fprintf(&b, "  %s:%d  %s", filepath.Base(p.File), p.Line, p.Source)
	if len(p.Extras) > 0 {
		b.WriteString("  [" + strings.Join(p.Extras, ",") + "]")
	}
	if p.Markers != "" {
		b.WriteString("  ;" + p.Markers)
	}
	if len(p.Groups) > 0 {
		b.WriteString("  {" + strings.Join(p.Groups, ",") + "}")
	}
	if len(p.Hashes) > 0 {
		b.WriteString("  #" + strings.Join(p.Hashes, ","))
	}
	if p.Constraint {
		b.WriteString("  C")
	}
	if !p.Auditable {
		b.WriteString("  !" + p.Reason)
	}
	return b.String()
}

func describeErrors(errs []*Error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, fmt.Sprintf("%s:%d: %s", filepath.Base(e.File), e.Line, e.Msg))
	}
	return out
}

// expect compares packages and errors with want lists, line by line.
func expect(t *testing.T, pkgs []Package, errs []*Error, want, wantErrs []string) {
	t.Helper()
	var got []string
	for _, p := range pkgs {
		got = append(got, describe(p))
	}
	compareLines(t, "packages", got, want)
	compareLines(t, "errors", describeErrors(errs), wantErrs)
}

func compareLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	n := max(len(got), len(want))
	for i := 0; i < n; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("%s[%d]:\n got %q\nwant %q", what, i, g, w)
		}
	}
}
