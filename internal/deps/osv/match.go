package osv

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// Query is one dependency to audit.
type Query struct {
	// Name is the project name in any spelling.
	Name string
	// Version is the pinned or installed version ("2.31.0"); "" when the
	// dependency is not pinned.
	Version string
	// Specifier is the PEP 440 specifier set of an unpinned dependency
	// (">=2.0,<3"; "" allows every version). Poetry's "A || B" unions,
	// as lockfile.Package reports them, are accepted. Ignored when
	// Version is set.
	Specifier string
}

// Source gives the OSV records of packages. DB and Client implement it.
type Source interface {
	// Vulns returns the records that may affect the queried packages,
	// keyed by normalised package name. A source may use each query's
	// version to narrow the answer (the osv.dev API does) but must
	// return every record that affects it.
	Vulns(ctx context.Context, queries []Query) (map[string][]*Vulnerability, error)
}

// Certainty says how sure a finding is.
type Certainty uint8

const (
	// Definite: the pinned version is affected, or, for an unpinned
	// specifier, every version it allows is.
	Definite Certainty = iota
	// MayBeAffected: the specifier allows both affected and unaffected
	// versions; which one gets installed decides.
	MayBeAffected
)

// String returns "affected" or "may be affected".
func (c Certainty) String() string {
	if c == MayBeAffected {
		return "may be affected"
	}
	return "affected"
}

// Finding is one vulnerability of one package: the records that describe
// it (an advisory and its aliases in other databases) grouped together.
type Finding struct {
	// ID is the id of the finding's preferred record (PYSEC, then GHSA,
	// then others, each in id order).
	ID string
	// Aliases are all other ids of the group: the other records' ids and
	// every record's aliases, sorted.
	Aliases []string
	// Summary is the first non-empty record summary, else the first line
	// of its details.
	Summary string
	// Details is the preferred record's details.
	Details string
	// Severity is the highest severity among the group's scores.
	Severity Rating
	// FixedIn lists the fixed versions of the group's PyPI ranges for
	// this package, PEP 440-sorted.
	FixedIn []string
	// Certainty is Definite or, for unpinned specifiers, MayBeAffected.
	Certainty Certainty
	// Records are the grouped records, preferred one first.
	Records []*Vulnerability
}

// Result is the audit of one query.
type Result struct {
	Query Query
	// Name is the normalised package name.
	Name string
	// Findings, ordered by ID.
	Findings []Finding
	// Fix is the smallest version that none of the findings affects: for
	// a pinned version, the smallest such version above it; for a
	// specifier, the smallest such version it allows, else the smallest
	// from which on every version the advisories mention is unaffected
	// (the lower bound to raise it to). Candidates are the versions the advisories
	// mention; pre-releases only when the pin is one or no final release
	// qualifies. "" when none.
	Fix string
	// Warnings report what could not be evaluated (an unparseable
	// version in a range, a bad specifier).
	Warnings []string
}

// Audit fetches the records of every query's package from src once and
// matches them. Results are in query order. An error from src fails the
// whole audit: a partial audit must not look clean. Queries are matched
// on GOMAXPROCS workers, each with its own Matcher; queries of one
// package go to the same worker, so its records are prepared once.
func Audit(ctx context.Context, src Source, queries []Query) ([]Result, error) {
	vulns, err := src.Vulns(ctx, queries)
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(queries))
	byName := map[string][]int{}
	var names []string
	for i, q := range queries {
		n := NormalizeName(q.Name)
		if _, ok := byName[n]; !ok {
			names = append(names, n)
		}
		byName[n] = append(byName[n], i)
	}
	// Largest packages first, handed out one at a time: a package's cost
	// grows with its records, and django alone has a hundred.
	sort.SliceStable(names, func(a, b int) bool { return len(vulns[names[a]]) > len(vulns[names[b]]) })
	workers := min(runtime.GOMAXPROCS(0), max(1, len(names)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := NewMatcher()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(names) {
					return
				}
				for _, i := range byName[names[k]] {
					out[i] = m.Audit(queries[i], vulns[names[k]])
				}
			}
		}()
	}
	wg.Wait()
	return out, ctx.Err()
}

// Matcher evaluates OSV records against PEP 440 versions. It caches parsed
// versions, so one Matcher serves a whole audit; it is not safe for
// concurrent use.
//
// A record affects version v of package p when one of its affected entries
// names p in the PyPI ecosystem (PEP 503-normalised) and either
//   - one of its ECOSYSTEM ranges contains v: every range is evaluated, not
//     only the first; events are sorted in PEP 440 order ("0" first), then
//     the OSV algorithm runs: introduced sets affected when v >= it, fixed
//     clears it when v >= it, last_affected clears it when v > it, and v
//     must be below at least one limit when the range has limits ("*" is
//     infinity); or
//   - its versions list has a version PEP 440-equal to v (unparseable
//     entries must match v's string exactly).
//
// SEMVER and GIT ranges are ignored: a PyPI version is neither a SemVer
// nor a commit, and PyPA records carry the PyPI versions in ECOSYSTEM
// ranges and versions lists. Withdrawn records affect nothing.
type Matcher struct {
	cache    map[string]parsed
	compiled map[compileKey]*compiled
	pkgs     map[string]*pkgData
}

type parsed struct {
	v  pep440.Version
	ok bool
}

type compileKey struct {
	v    *Vulnerability
	name string
}

// compiled is a record's affected data for one package, prepared once:
// range events parsed and sorted, versions lists kept as written and
// compared by string where PEP 440 allows (see inList). Profiling a
// 500-package audit showed parsing and sorting every versions-list entry
// at 80% of the matching time before this.
type compiled struct {
	lists  [][]string          // the versions lists of the matching affected entries
	keys   map[string]struct{} // canonical versions of lists, once checks > 2
	raw    []string            // list entries that are not PEP 440 (with keys)
	checks int
	ranges []crange
	warns  []string
	// mentioned: range event versions ("0" and "*" aside) as written,
	// and the versions-list entries of a record without ECOSYSTEM
	// ranges: the candidates for fixes and unpinned samples.
	mentioned []string
}

type crange struct {
	events   []event // sorted, limits removed
	limits   []event
	hasLimit bool
}

// NewMatcher returns a Matcher with an empty cache.
func NewMatcher() *Matcher {
	return &Matcher{cache: map[string]parsed{}, compiled: map[compileKey]*compiled{}, pkgs: map[string]*pkgData{}}
}

func (m *Matcher) parse(s string) (pep440.Version, bool) {
	if p, ok := m.cache[s]; ok {
		return p.v, p.ok
	}
	v, err := pep440.Parse(s)
	m.cache[s] = parsed{v, err == nil}
	return v, err == nil
}

// Affects reports whether vuln affects version v of the package named
// name (any spelling).
func (m *Matcher) Affects(vuln *Vulnerability, name string, v pep440.Version) bool {
	ok, _ := m.affects(vuln, NormalizeName(name), v, "")
	return ok
}

// affects also returns warnings about ranges it could not evaluate; raw is
// the version as written, matched exactly against unparseable entries.
func (m *Matcher) affects(vuln *Vulnerability, name string, v pep440.Version, raw string) (bool, []string) {
	if !vuln.Withdrawn.IsZero() {
		return false, nil
	}
	c := m.compile(vuln, name)
	for i := range c.ranges {
		if c.ranges[i].contains(v) {
			return true, c.warns
		}
	}
	if len(c.lists) > 0 {
		if c.checks++; c.checks > 2 && c.keys == nil {
			c.buildKeys(m)
		}
		if c.keys != nil {
			if _, ok := c.keys[v.Canonical()]; ok {
				return true, c.warns
			}
			return raw != "" && slices.Contains(c.raw, raw), c.warns
		}
		key, simple := plainKey(v)
		for _, l := range c.lists {
			if m.inList(l, v, key, simple, raw) {
				return true, c.warns
			}
		}
	}
	return false, c.warns
}

// buildKeys indexes the versions lists by canonical version, for records
// checked against many versions (fix candidates, unpinned samples): a
// linear scan is cheaper for the first checks, a map after that.
func (c *compiled) buildKeys(m *Matcher) {
	c.keys = map[string]struct{}{}
	for _, l := range c.lists {
		for _, s := range l {
			if k, ok := plainString(s); ok {
				c.keys[k] = struct{}{}
			} else if pv, ok := m.parse(s); ok {
				c.keys[pv.Canonical()] = struct{}{}
			} else {
				c.raw = append(c.raw, s)
			}
		}
	}
}

// inList reports whether list has a version PEP 440-equal to v. Most
// entries are plain releases ("3.2.19"): two plain releases are equal
// exactly when their strings are, once trailing ".0"s are dropped, so
// only the others are parsed (through the cache).
func (m *Matcher) inList(list []string, v pep440.Version, key string, simple bool, raw string) bool {
	for _, s := range list {
		if k, ok := plainString(s); ok {
			if simple && k == key {
				return true
			}
			continue
		}
		if pv, ok := m.parse(s); ok {
			if pep440.Equal(pv, v) {
				return true
			}
		} else if s == raw && raw != "" {
			return true
		}
	}
	return false
}

// plainString returns s without trailing ".0" segments when s is a plain
// release in normal form (digits and single dots, no leading zeros):
// "1.2.0" gives "1.2", "0.0" gives "0".
func plainString(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	segStart := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if i == segStart || (s[segStart] == '0' && i-segStart > 1) {
				return "", false
			}
			segStart = i + 1
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return "", false
		}
	}
	for len(s) > 1 && strings.HasSuffix(s, ".0") {
		s = s[:len(s)-2]
	}
	return s, true
}

// canonicalString returns pep440's Canonical form of s without parsing
// when s is already in normal form with no epoch or local label: a plain
// release followed by optional "aN"/"bN"/"rcN", ".postN", ".devN"
// ("2.0.0rc1" gives "2rc1"). Versions lists are mostly in that form.
func canonicalString(s string) (string, bool) {
	end := 0
	for end < len(s) && (s[end] == '.' || '0' <= s[end] && s[end] <= '9') {
		end++
	}
	// The release must not end with the "." of ".post"/".dev".
	for end > 0 && s[end-1] == '.' {
		end--
	}
	rel, ok := plainString(s[:end])
	if !ok {
		return "", false
	}
	rest := s[end:]
	if rest == "" {
		return rel, true
	}
	suffix := rest
	for _, w := range []string{"a", "b", "rc"} {
		if strings.HasPrefix(rest, w) {
			n := numberPrefix(rest[len(w):])
			if n == 0 {
				return "", false
			}
			rest = rest[len(w)+n:]
			break
		}
	}
	for _, w := range []string{".post", ".dev"} {
		if strings.HasPrefix(rest, w) {
			n := numberPrefix(rest[len(w):])
			if n == 0 {
				return "", false
			}
			rest = rest[len(w)+n:]
		}
	}
	if rest != "" {
		return "", false
	}
	if len(rel) == end {
		return s, true
	}
	return rel + suffix, true
}

// numberPrefix returns the length of the normal-form number (no leading
// zero unless it is "0") at the start of s, 0 if there is none.
func numberPrefix(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n > 1 && s[0] == '0' {
		return 0
	}
	return n
}

// plainKey is plainString of v's normal form when v is a plain release.
func plainKey(v pep440.Version) (string, bool) {
	if v.Epoch() != 0 || v.HasLocal() || v.IsPrerelease() || v.IsPostRelease() {
		return "", false
	}
	return plainString(v.String())
}

func (m *Matcher) compile(vuln *Vulnerability, name string) *compiled {
	key := compileKey{vuln, name}
	if c, ok := m.compiled[key]; ok {
		return c
	}
	c := &compiled{}
	hasRanges := false
	for ai := range vuln.Affected {
		a := &vuln.Affected[ai]
		if a.Package.Ecosystem != EcosystemPyPI || NormalizeName(a.Package.Name) != name {
			continue
		}
		if len(a.Versions) > 0 {
			c.lists = append(c.lists, a.Versions)
		}
		for ri := range a.Ranges {
			r := &a.Ranges[ri]
			if r.Type != RangeEcosystem {
				continue
			}
			hasRanges = true
			for _, e := range r.Events {
				if e.Introduced != "" && e.Introduced != "0" {
					c.mentioned = append(c.mentioned, e.Introduced)
				}
				for _, s := range []string{e.Fixed, e.LastAffected, e.Limit} {
					if s != "" && !strings.Contains(s, "*") {
						c.mentioned = append(c.mentioned, s)
					}
				}
			}
			cr, err := m.compileRange(r)
			if err != nil {
				c.warns = append(c.warns, fmt.Sprintf("%s: %v", vuln.ID, err))
				continue
			}
			c.ranges = append(c.ranges, cr)
		}
	}
	if !hasRanges {
		for _, l := range c.lists {
			c.mentioned = append(c.mentioned, l...)
		}
	}
	m.compiled[key] = c
	return c
}

type event struct {
	kind byte // 'i', 'f', 'l' (last_affected), 'L' (limit)
	v    pep440.Version
	zero bool // introduced "0"
	inf  bool // limit "*"
}

func (m *Matcher) compileRange(r *Range) (crange, error) {
	var cr crange
	for _, e := range r.Events {
		var ev event
		var s string
		switch {
		case e.Introduced != "":
			ev.kind, s = 'i', e.Introduced
			ev.zero = s == "0"
		case e.Fixed != "":
			ev.kind, s = 'f', e.Fixed
		case e.LastAffected != "":
			ev.kind, s = 'l', e.LastAffected
		case e.Limit != "":
			ev.kind, s = 'L', e.Limit
			ev.inf = strings.Contains(s, "*")
		default:
			continue
		}
		if !ev.zero && !ev.inf {
			pv, ok := m.parse(s)
			if !ok {
				return cr, fmt.Errorf("range event version %q is not PEP 440; range skipped", s)
			}
			ev.v = pv
		}
		if ev.kind == 'L' {
			cr.hasLimit = true
			cr.limits = append(cr.limits, ev)
			continue
		}
		cr.events = append(cr.events, ev)
	}
	sort.SliceStable(cr.events, func(i, j int) bool { return eventLess(cr.events[i], cr.events[j]) })
	return cr, nil
}

// contains evaluates one ECOSYSTEM range per the OSV schema's pseudocode
// (IncludedInRanges and BeforeLimits), on events sorted in PEP 440 order.
func (r *crange) contains(v pep440.Version) bool {
	if r.hasLimit {
		below := false
		for _, l := range r.limits {
			if l.inf || pep440.Compare(v, l.v) < 0 {
				below = true
				break
			}
		}
		if !below {
			return false
		}
	}
	affected := false
	for _, e := range r.events {
		switch e.kind {
		case 'i':
			if e.zero || pep440.Compare(v, e.v) >= 0 {
				affected = true
			}
		case 'f':
			if pep440.Compare(v, e.v) >= 0 {
				affected = false
			}
		case 'l':
			if pep440.Compare(v, e.v) > 0 {
				affected = false
			}
		}
	}
	return affected
}

func eventLess(a, b event) bool {
	if a.zero || b.zero {
		return a.zero && !b.zero
	}
	return pep440.Compare(a.v, b.v) < 0
}

// Audit matches one query against the records of its package.
func (m *Matcher) Audit(q Query, vulns []*Vulnerability) Result {
	res := Result{Query: q, Name: NormalizeName(q.Name)}
	var live []*Vulnerability
	for _, v := range vulns {
		if v.Withdrawn.IsZero() {
			live = append(live, v)
		}
	}
	pd := m.pkgFor(res.Name, live)
	type hit struct {
		v       *Vulnerability
		certain Certainty
	}
	var hits []hit
	var current pep440.Version
	pinned, badPin := q.Version != "", false
	var inRange func(pep440.Version) bool
	if pinned {
		cv, err := pep440.Parse(q.Version)
		if err != nil {
			badPin = true // no order: no fix
			res.Warnings = append(res.Warnings, fmt.Sprintf("version %q is not PEP 440; matched by exact string in versions lists only", q.Version))
		}
		current = cv
		for _, v := range live {
			var ok bool
			var warns []string
			if err != nil {
				ok = listsExact(v, res.Name, q.Version)
			} else {
				ok, warns = m.affects(v, res.Name, cv, q.Version)
			}
			res.Warnings = append(res.Warnings, warns...)
			if ok {
				hits = append(hits, hit{v, Definite})
			}
		}
	} else {
		inRange = specAllows(q.Specifier)
		allowed, err := m.allowedSamples(q.Specifier, pd, live)
		if err != nil {
			res.Warnings = append(res.Warnings, err.Error())
		}
		for _, v := range live {
			n := 0
			for _, s := range allowed {
				var ok bool
				if s.known >= 0 {
					ok = m.affectsKnown(v, res.Name, pd, s.known)
				} else {
					var warns []string
					ok, warns = m.affects(v, res.Name, s.v, "")
					res.Warnings = append(res.Warnings, warns...)
				}
				if ok {
					n++
				}
			}
			switch {
			case n == 0:
			case n == len(allowed):
				hits = append(hits, hit{v, Definite})
			default:
				hits = append(hits, hit{v, MayBeAffected})
			}
		}
	}
	res.Warnings = dedupe(res.Warnings)
	// Group records that name each other (an id in another's aliases).
	groups := groupAliases(len(hits), func(i int) *Vulnerability { return hits[i].v })
	var reported []*Vulnerability
	for _, g := range groups {
		f := Finding{Certainty: MayBeAffected}
		for _, i := range g {
			f.Records = append(f.Records, hits[i].v)
			if hits[i].certain == Definite {
				f.Certainty = Definite
			}
		}
		m.fillFinding(&f, res.Name)
		res.Findings = append(res.Findings, f)
		reported = append(reported, f.Records...)
	}
	sort.Slice(res.Findings, func(i, j int) bool { return res.Findings[i].ID < res.Findings[j].ID })
	if len(reported) > 0 && !badPin {
		res.Fix = m.fix(pd, reported, res.Name, current, pinned, inRange)
	}
	return res
}

func listsExact(v *Vulnerability, name, raw string) bool {
	for _, a := range v.Affected {
		if a.Package.Ecosystem == EcosystemPyPI && NormalizeName(a.Package.Name) == name && slices.Contains(a.Versions, raw) {
			return true
		}
	}
	return false
}

func dedupe(s []string) []string {
	if len(s) < 2 {
		return s
	}
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// groupAliases partitions 0..n-1 so that records sharing an id (one's id
// or alias equal to another's id or alias) are in one group. Groups are
// returned in order of their first member.
func groupAliases(n int, rec func(int) *Vulnerability) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i := 0; i < n; i++ {
		v := rec(i)
		for _, id := range append([]string{v.ID}, v.Aliases...) {
			if j, ok := owner[id]; ok {
				a, b := find(i), find(j)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			} else {
				owner[id] = i
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := 0; i < n; i++ {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = byRoot[r]
	}
	return out
}

// idRank orders record ids for the choice of a finding's ID.
func idRank(id string) int {
	switch {
	case strings.HasPrefix(id, "PYSEC-"):
		return 0
	case strings.HasPrefix(id, "GHSA-"):
		return 1
	case strings.HasPrefix(id, "CVE-"):
		return 3
	}
	return 2
}

func (m *Matcher) fillFinding(f *Finding, name string) {
	sort.SliceStable(f.Records, func(i, j int) bool {
		a, b := f.Records[i], f.Records[j]
		if ra, rb := idRank(a.ID), idRank(b.ID); ra != rb {
			return ra < rb
		}
		return a.ID < b.ID
	})
	p := f.Records[0]
	f.ID, f.Details = p.ID, p.Details
	ids := map[string]bool{}
	fixed := map[string]pep440.Version{}
	for _, v := range f.Records {
		ids[v.ID] = true
		for _, a := range v.Aliases {
			ids[a] = true
		}
		if f.Summary == "" {
			f.Summary = v.Summary
		}
		for _, s := range severities(v, name) {
			if r := rate(s); r.better(f.Severity) {
				f.Severity = r
			}
		}
		if r := databaseRating(v.DatabaseSpecific); r.better(f.Severity) {
			f.Severity = r
		}
		for _, a := range v.Affected {
			if a.Package.Ecosystem != EcosystemPyPI || NormalizeName(a.Package.Name) != name {
				continue
			}
			for _, r := range a.Ranges {
				if r.Type != RangeEcosystem {
					continue
				}
				for _, e := range r.Events {
					if pv, ok := m.parse(e.Fixed); e.Fixed != "" && ok {
						fixed[pv.String()] = pv
					}
				}
			}
		}
	}
	if f.Summary == "" {
		f.Summary, _, _ = strings.Cut(strings.TrimSpace(p.Details), "\n")
	}
	delete(ids, f.ID)
	for id := range ids {
		f.Aliases = append(f.Aliases, id)
	}
	sort.Strings(f.Aliases)
	vs := make([]pep440.Version, 0, len(fixed))
	for _, v := range fixed {
		vs = append(vs, v)
	}
	for _, v := range sortVersions(vs) {
		f.FixedIn = append(f.FixedIn, v.String())
	}
}

// severities returns the record's scores: top-level ones and those of its
// affected entries for this package.
func severities(v *Vulnerability, name string) []Severity {
	out := append([]Severity(nil), v.Severity...)
	for _, a := range v.Affected {
		if a.Package.Ecosystem == EcosystemPyPI && NormalizeName(a.Package.Name) == name {
			out = append(out, a.Severity...)
		}
	}
	return out
}

// databaseRating reads {"severity": "HIGH"} from database_specific (GitHub
// advisories spell MEDIUM as MODERATE).
func databaseRating(raw json.RawMessage) Rating {
	if len(raw) == 0 {
		return Rating{}
	}
	var ds struct {
		Severity string `json:"severity"`
	}
	if json.Unmarshal(raw, &ds) != nil {
		return Rating{}
	}
	r := strings.ToUpper(strings.TrimSpace(ds.Severity))
	if r == "MODERATE" {
		r = "MEDIUM"
	}
	if ratingRank(r) == 0 {
		return Rating{}
	}
	return Rating{Type: "database_specific", Rating: r}
}

// mentioned returns the versions the records mention for package name
// (every event version and versions-list entry), sorted, without
// duplicates under PEP 440 equality. Strings are de-duplicated before
// parsing: a package's records repeat the same versions lists.
func (m *Matcher) mentioned(vulns []*Vulnerability, name string) []pep440.Version {
	seen := map[string]struct{}{}
	var out []pep440.Version
	for _, v := range vulns {
		for _, s := range m.compile(v, name).mentioned {
			if _, ok := seen[s]; ok {
				continue
			}
			seen[s] = struct{}{}
			if pv, ok := m.parse(s); ok {
				out = append(out, pv)
			}
		}
	}
	return sortVersions(out)
}

// sortVersions sorts vs in PEP 440 order and drops duplicates, keeping of
// equal versions the one with the shortest normal form ("2.3" over
// "2.3.0"), so results do not depend on record order.
func sortVersions(vs []pep440.Version) []pep440.Version {
	slices.SortFunc(vs, func(a, b pep440.Version) int {
		if c := pep440.Compare(a, b); c != 0 {
			return c
		}
		as, bs := a.String(), b.String()
		if len(as) != len(bs) {
			return len(as) - len(bs)
		}
		return strings.Compare(as, bs)
	})
	return slices.CompactFunc(vs, pep440.Equal)
}

// fix returns the smallest of the versions the package's advisories
// mention (pd.known, sorted) that no reported record affects: above
// current when pinned; for a specifier, the smallest such version it
// allows (inRange), else the smallest from which on all candidates are
// unaffected (a new lower bound).
func (m *Matcher) fix(pd *pkgData, reported []*Vulnerability, name string, current pep440.Version, pinned bool, inRange func(pep440.Version) bool) string {
	cands := pd.known
	pre := pinned && current.IsPrerelease()
	// Move-to-front: the record that rejected the last candidate is
	// likely to reject the next one too (a long run of affected versions).
	order := slices.Clone(reported)
	unaffected := func(i int) bool {
		for k, v := range order {
			if m.affectsKnown(v, name, pd, i) {
				copy(order[1:k+1], order[:k])
				order[0] = v
				return false
			}
		}
		return true
	}
	if pinned {
		// Final releases first; a pre-release only when the pin is one,
		// or when no final release among the candidates fixes it.
		for _, allowPre := range []bool{pre, true} {
			for i, c := range cands {
				if pep440.Compare(c, current) > 0 && (allowPre || !c.IsPrerelease()) && unaffected(i) {
					return c.String()
				}
			}
		}
		return ""
	}
	// A version the specifier already allows, if one fixes everything.
	for i, c := range cands {
		if (inRange == nil || inRange(c)) && !c.IsPrerelease() && unaffected(i) {
			return c.String()
		}
	}
	best := ""
	for i := len(cands) - 1; i >= 0; i-- {
		if !unaffected(i) {
			break
		}
		if !cands[i].IsPrerelease() {
			best = cands[i].String()
		}
	}
	return best
}

// pkgData is what a Matcher prepares once per package: the versions its
// live records mention (the fix candidates and most unpinned samples),
// and for each record which of them its versions lists contain, as a
// bitset, so that checking a candidate against a record costs a few range
// comparisons and one bit test. (Scanning versions lists per candidate
// was half of a 500-package audit's matching time.)
type pkgData struct {
	known  []pep440.Version
	listed map[*Vulnerability][]uint64
}

func (m *Matcher) pkgFor(name string, live []*Vulnerability) *pkgData {
	if pd, ok := m.pkgs[name]; ok {
		return pd
	}
	pd := &pkgData{known: m.mentioned(live, name), listed: map[*Vulnerability][]uint64{}}
	idx := make(map[string]int, len(pd.known))
	for i, v := range pd.known {
		idx[v.Canonical()] = i
	}
	words := (len(pd.known) + 63) / 64
	// A package's records repeat the same versions lists: each distinct
	// string is looked up once (raw string → index in known, -1 if
	// none). Canonicalising every entry of every list was a quarter of
	// the matching time of a warm 500-package audit.
	pos := map[string]int{}
	for _, v := range live {
		c := m.compile(v, name)
		var bits []uint64
		for _, l := range c.lists {
			for _, s := range l {
				i, seen := pos[s]
				if !seen {
					i = -1
					key, ok := canonicalString(s)
					if !ok {
						if pv, ok := m.parse(s); ok {
							key = pv.Canonical()
						}
					}
					if k, ok := idx[key]; ok && key != "" {
						i = k
					}
					pos[s] = i
				}
				if i >= 0 {
					if bits == nil {
						bits = make([]uint64, words)
					}
					bits[i/64] |= 1 << (i % 64)
				}
			}
		}
		pd.listed[v] = bits
	}
	m.pkgs[name] = pd
	return pd
}

// affectsKnown is affects for the known version pd.known[i] of a record
// of pd's package.
func (m *Matcher) affectsKnown(v *Vulnerability, name string, pd *pkgData, i int) bool {
	if !v.Withdrawn.IsZero() {
		return false
	}
	bits, ok := pd.listed[v]
	if !ok {
		r, _ := m.affects(v, name, pd.known[i], "")
		return r
	}
	if bits != nil && bits[i/64]&(1<<(i%64)) != 0 {
		return true
	}
	c := m.compile(v, name)
	for k := range c.ranges {
		if c.ranges[k].contains(pd.known[i]) {
			return true
		}
	}
	return false
}

// allowedSamples returns the versions an unpinned specifier allows among
// sample points of the version line: "0", every version the package's
// records mention, the specifier's own versions, and a point just above
// each last_affected, ">V" and "!=V" (V.0.0.0.1), so that every interval
// between two boundaries of the records or the specifier has a sample.
// Pre-releases count only when the specifier names one, or when nothing
// else is allowed (PEP 440's rule).
func (m *Matcher) allowedSamples(spec string, pd *pkgData, vulns []*Vulnerability) ([]sample, error) {
	var sets []pep440.SpecifierSet
	for _, alt := range strings.Split(spec, "||") {
		set, err := pep440.ParseSpecifierSet(alt)
		if err != nil {
			return nil, fmt.Errorf("specifier %q: %v; treated as allowing every version", spec, err)
		}
		sets = append(sets, set)
	}
	samples := append([]pep440.Version{{}}, pd.known...)
	above := func(v pep440.Version) {
		if s, ok := m.parse(v.Base().String() + ".0.0.0.1"); ok {
			samples = append(samples, s)
		}
	}
	for _, v := range vulns {
		for _, a := range v.Affected {
			for _, r := range a.Ranges {
				for _, e := range r.Events {
					if pv, ok := m.parse(e.LastAffected); ok && e.LastAffected != "" {
						above(pv)
					}
				}
			}
		}
	}
	for _, set := range sets {
		for _, sp := range set.Specifiers() {
			if sp.Operator() == pep440.OpArbitrary {
				continue
			}
			samples = append(samples, sp.Version())
			if op := sp.Operator(); op == pep440.OpGreater || op == pep440.OpNotEqual || op == pep440.OpLessEqual {
				above(sp.Version())
			}
		}
	}
	idx := make(map[string]int, len(pd.known))
	for i, v := range pd.known {
		idx[v.Canonical()] = i
	}
	var out []sample
	seen := map[string]bool{}
	for _, set := range sets {
		for _, v := range set.Filter(samples, false) {
			k := v.Canonical()
			if seen[k] {
				continue
			}
			seen[k] = true
			s := sample{v: v, known: -1}
			if i, ok := idx[k]; ok {
				s.known = i
			}
			out = append(out, s)
		}
	}
	return out, nil
}

// specAllows returns a test for the versions an unpinned specifier (with
// "||" alternatives) allows, or nil when it does not parse.
func specAllows(spec string) func(pep440.Version) bool {
	var sets []pep440.SpecifierSet
	for _, alt := range strings.Split(spec, "||") {
		set, err := pep440.ParseSpecifierSet(alt)
		if err != nil {
			return nil
		}
		sets = append(sets, set)
	}
	return func(v pep440.Version) bool {
		for _, set := range sets {
			if set.Contains(v) {
				return true
			}
		}
		return false
	}
}

// sample is a version an unpinned specifier allows; known is its index
// in pkgData.known, or -1.
type sample struct {
	v     pep440.Version
	known int
}
