package pep440

import (
	"fmt"
	"strings"
	"unicode"
)

// Operator is a PEP 440 comparison operator.
type Operator uint8

// The operators of PEP 440 "Version specifiers".
const (
	OpCompatible   Operator = iota + 1 // ~=
	OpEqual                            // ==
	OpNotEqual                         // !=
	OpLessEqual                        // <=
	OpGreaterEqual                     // >=
	OpLess                             // <
	OpGreater                          // >
	OpArbitrary                        // ===
)

// operators is the spelling table, longest first so "===" wins over "==".
var operators = []struct {
	text string
	op   Operator
}{
	{"===", OpArbitrary}, {"~=", OpCompatible}, {"==", OpEqual}, {"!=", OpNotEqual},
	{"<=", OpLessEqual}, {">=", OpGreaterEqual}, {"<", OpLess}, {">", OpGreater},
}

// String returns the operator's spelling ("~=", "==", ...).
func (o Operator) String() string {
	for _, e := range operators {
		if e.op == o {
			return e.text
		}
	}
	return "?"
}

// Specifier is one version clause such as ">=1.2", "~=2.2.post3",
// "==1.*" or "===foobar". Build it with ParseSpecifier.
type Specifier struct {
	op       Operator
	text     string  // the version as written, trimmed ("1.*", "foobar")
	version  Version // parsed version; the prefix for wildcards
	wildcard bool    // "==V.*" or "!=V.*"
	// prefix is the compatible-release prefix of "~=V" ("1.4" for
	// "~=1.4.5"): the candidate must match "==prefix.*".
	prefix Version
}

// SpecifierError reports a malformed specifier.
type SpecifierError struct {
	Input string // the specifier as given
	Msg   string
}

// Error returns the message with the specifier quoted.
func (e *SpecifierError) Error() string {
	return fmt.Sprintf("invalid PEP 440 specifier %q: %s", e.Input, e.Msg)
}

// ParseSpecifier parses one clause: an operator, optional whitespace and a
// version, with the restrictions of PEP 440 and packaging's grammar:
//   - "==" and "!=" accept a local label, or a trailing ".*" after a
//     release-only version ("==1.2.*", "!=1!2.*");
//   - "~=" needs at least two release numbers and no local label;
//   - "<", "<=", ">", ">=" accept neither a local label nor a wildcard;
//   - "===" takes any string without whitespace.
func ParseSpecifier(s string) (Specifier, error) {
	t := strings.TrimFunc(s, unicode.IsSpace)
	var sp Specifier
	for _, e := range operators {
		if strings.HasPrefix(t, e.text) {
			sp.op = e.op
			t = strings.TrimFunc(t[len(e.text):], unicode.IsSpace)
			break
		}
	}
	fail := func(format string, args ...any) (Specifier, error) {
		return Specifier{}, &SpecifierError{Input: s, Msg: fmt.Sprintf(format, args...)}
	}
	if sp.op == 0 {
		return fail("no operator (want one of ~= == != <= >= < > ===)")
	}
	sp.text = t
	if t == "" && sp.op != OpArbitrary {
		return fail("no version after %s", sp.op)
	}
	if sp.op == OpArbitrary {
		if strings.ContainsFunc(t, unicode.IsSpace) || strings.ContainsAny(t, ";)") {
			return fail("=== takes a string without spaces")
		}
		return sp, nil
	}
	vs := t
	if strings.HasSuffix(t, ".*") {
		if sp.op != OpEqual && sp.op != OpNotEqual {
			return fail("a .* wildcard is allowed only with == and !=")
		}
		sp.wildcard = true
		vs = t[:len(t)-2]
	}
	v, err := Parse(vs)
	if err != nil {
		return fail("%s", err.(*ParseError).Msg)
	}
	if strings.ContainsFunc(vs, unicode.IsSpace) {
		return fail("space inside the version")
	}
	sp.version = v
	switch {
	case sp.wildcard && (v.preKind != PreNone || v.hasPost || v.hasDev || v.local != nil):
		return fail("a .* wildcard must follow a release number only")
	case v.local != nil && sp.op != OpEqual && sp.op != OpNotEqual:
		return fail("a local version label is allowed only with == and !=")
	case sp.op == OpCompatible && len(v.release) < 2:
		return fail("~= needs at least two release numbers")
	}
	if sp.op == OpCompatible {
		sp.prefix = Version{epoch: v.epoch, release: v.release[:len(v.release)-1]}
	}
	return sp, nil
}

// MustParseSpecifier is ParseSpecifier for constants; it panics on error.
func MustParseSpecifier(s string) Specifier {
	sp, err := ParseSpecifier(s)
	if err != nil {
		panic(err)
	}
	return sp
}

// Operator returns the clause's operator.
func (s Specifier) Operator() Operator { return s.op }

// Version returns the clause's version (for "==1.*", "1"). It is the zero
// Version for "===".
func (s Specifier) Version() Version { return s.version }

// Wildcard reports whether the clause is a "==V.*" or "!=V.*" prefix match.
func (s Specifier) Wildcard() bool { return s.wildcard }

// String returns the clause with its version as written: "==1.*".
func (s Specifier) String() string { return s.op.String() + s.text }

// NamesPrerelease reports whether the clause names a pre-release or dev
// release with an inclusive or ordered operator ("==1.0rc1", ">=2.0.dev0",
// "<2.0a1"), which makes the clause accept pre-releases. "!=" never does.
//
// packaging 24 leaves "<" and ">" out of this rule; PEP 440 says a
// specifier that names a pre-release requests pre-releases, so ">1.0a1"
// accepts 1.0a2 here.
func (s Specifier) NamesPrerelease() bool {
	switch s.op {
	case OpNotEqual:
		return false
	case OpArbitrary:
		v, err := Parse(s.text)
		return err == nil && v.IsPrerelease()
	}
	return s.version.IsPrerelease()
}

// Contains reports whether v satisfies the clause under PEP 440's default
// pre-release rule: a pre-release or dev release matches only when the
// clause names one (see NamesPrerelease).
func (s Specifier) Contains(v Version) bool {
	if v.IsPrerelease() && !s.NamesPrerelease() {
		return false
	}
	return s.Matches(v)
}

// Matches reports whether v satisfies the clause's comparison, accepting
// pre-releases (the caller asked for them).
func (s Specifier) Matches(v Version) bool {
	switch s.op {
	case OpEqual:
		return s.equal(v)
	case OpNotEqual:
		return !s.equal(v)
	case OpCompatible:
		return Compare(v.Public(), s.version) >= 0 && prefixMatch(v, s.prefix)
	case OpLessEqual:
		return Compare(v.Public(), s.version) <= 0
	case OpGreaterEqual:
		return Compare(v.Public(), s.version) >= 0
	case OpLess:
		// "<V" excludes the pre-releases of V unless V is one: <3.1
		// rejects 3.1.dev0 but accepts 3.0.dev0.
		if Compare(v, s.version) >= 0 {
			return false
		}
		return s.version.IsPrerelease() || !v.IsPrerelease() || !Equal(v.Base(), s.version.Base())
	case OpGreater:
		// ">V" excludes the post-releases of V unless V is one (>3.1
		// rejects 3.1.post0, accepts 3.2.post0), and V's local versions.
		if Compare(v, s.version) <= 0 {
			return false
		}
		if !s.version.hasPost && v.hasPost && Equal(v.Base(), s.version.Base()) {
			return false
		}
		return v.local == nil || !Equal(v.Base(), s.version.Base())
	case OpArbitrary:
		return strings.EqualFold(v.String(), s.text)
	}
	return false
}

// equal implements "==": a prefix match for wildcards (the candidate's
// local label ignored, its release zero-padded), otherwise version
// equality, ignoring the candidate's local label when the clause has none.
func (s Specifier) equal(v Version) bool {
	if s.wildcard {
		return prefixMatch(v, s.version)
	}
	if s.version.local == nil {
		v = v.Public()
	}
	return Equal(v, s.version)
}

// prefixMatch reports whether v matches "==prefix.*" where prefix is a
// release-only version: same epoch, and v's release, padded with zeros,
// starts with prefix's release. As packaging does, v's pre-, post- and dev
// suffixes do not take part: "1.0rc1" matches "==1.*" and "==1.0.0.*".
func prefixMatch(v, prefix Version) bool {
	if v.epoch != prefix.epoch {
		return false
	}
	for i, n := range prefix.release {
		var x uint64
		if i < len(v.release) {
			x = v.release[i]
		}
		if x != n {
			return false
		}
	}
	return true
}

// SpecifierSet is a comma-separated list of clauses that must all match
// (">=1.0, !=1.3.4.*, <2.0"). The empty set matches every final release.
type SpecifierSet struct {
	specs []Specifier
}

// ParseSpecifierSet parses comma-separated clauses; empty clauses are
// skipped, as packaging does, so "" is the empty set.
func ParseSpecifierSet(s string) (SpecifierSet, error) {
	var set SpecifierSet
	for _, part := range strings.Split(s, ",") {
		if strings.TrimFunc(part, unicode.IsSpace) == "" {
			continue
		}
		sp, err := ParseSpecifier(part)
		if err != nil {
			return SpecifierSet{}, err
		}
		set.specs = append(set.specs, sp)
	}
	return set, nil
}

// MustParseSpecifierSet is ParseSpecifierSet for constants; it panics on
// error.
func MustParseSpecifierSet(s string) SpecifierSet {
	set, err := ParseSpecifierSet(s)
	if err != nil {
		panic(err)
	}
	return set
}

// Specifiers returns the clauses of the set, in the order written.
func (ss SpecifierSet) Specifiers() []Specifier { return append([]Specifier(nil), ss.specs...) }

// Len returns the number of clauses.
func (ss SpecifierSet) Len() int { return len(ss.specs) }

// String returns the clauses joined by ",", in the order written.
func (ss SpecifierSet) String() string {
	parts := make([]string, len(ss.specs))
	for i, s := range ss.specs {
		parts[i] = s.String()
	}
	return strings.Join(parts, ",")
}

// NamesPrerelease reports whether any clause names a pre-release, which
// makes the whole set accept pre-releases.
func (ss SpecifierSet) NamesPrerelease() bool {
	for _, s := range ss.specs {
		if s.NamesPrerelease() {
			return true
		}
	}
	return false
}

// Contains reports whether v satisfies every clause, under the default
// pre-release rule: a pre-release matches only if some clause names one.
func (ss SpecifierSet) Contains(v Version) bool {
	return ss.Match(v, false)
}

// Match reports whether v satisfies every clause; prereleases set accepts
// pre-releases and dev releases as if a clause named one (the caller asked
// for them: pip's --pre, or an already installed pre-release).
func (ss SpecifierSet) Match(v Version, prereleases bool) bool {
	if v.IsPrerelease() && !prereleases && !ss.NamesPrerelease() {
		return false
	}
	for _, s := range ss.specs {
		if !s.Matches(v) {
			return false
		}
	}
	return true
}

// Filter returns the versions of vs that the set allows, in their order,
// with PEP 440's fallback: when pre-releases are not requested and no
// final release matches, the matching pre-releases are returned ("the only
// available version that satisfies the version specifier is a
// pre-release").
func (ss SpecifierSet) Filter(vs []Version, prereleases bool) []Version {
	var out, pre []Version
	for _, v := range vs {
		if !ss.Match(v, true) {
			continue
		}
		if v.IsPrerelease() && !prereleases && !ss.NamesPrerelease() {
			pre = append(pre, v)
			continue
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return pre
	}
	return out
}
