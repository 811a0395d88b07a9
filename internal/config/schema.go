package config

import (
	"fmt"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	toml "github.com/pelletier/go-toml/v2"
)

// kraitFile is the schema of [tool.krait] and of krait.toml. Its field order
// is the order keys are listed in "expected one of" messages.
type kraitFile struct {
	Select         ruleSelectors  `toml:"select"`
	Ignore         ruleSelectors  `toml:"ignore"`
	ExtendSelect   ruleSelectors  `toml:"extend-select"`
	ExtendIgnore   ruleSelectors  `toml:"extend-ignore"`
	Exclude        globs          `toml:"exclude"`
	ExtendExclude  globs          `toml:"extend-exclude"`
	PerFileIgnores perFileIgnores `toml:"per-file-ignores"`
	Severity       level          `toml:"severity"`
	Confidence     level          `toml:"confidence"`
	FailOn         level          `toml:"fail-on"`
	Rules          rulesTable     `toml:"rules"`
	Taint          TaintModels    `toml:"taint"`
	Deps           DepsConfig     `toml:"deps"`
	Secrets        SecretsConfig  `toml:"secrets"`
}

// decodeKrait decodes the krait table n into c.
func decodeKrait(c *Config, n *node) error {
	var f kraitFile
	var d decoder
	d.decode(n, reflect.ValueOf(&f).Elem())
	if err := errorsOf(d.errs); err != nil {
		return err
	}
	c.Select, c.Ignore = f.Select, f.Ignore
	c.ExtendSelect, c.ExtendIgnore = f.ExtendSelect, f.ExtendIgnore
	c.Exclude, c.ExtendExclude = f.Exclude, f.ExtendExclude
	c.PerFileIgnores = f.PerFileIgnores
	c.Severity, c.Confidence, c.FailOn = string(f.Severity), string(f.Confidence), string(f.FailOn)
	c.Rules = f.Rules
	c.Taint, c.Deps, c.Secrets = f.Taint, f.Deps, f.Secrets
	c.refs = d.refs
	return nil
}

// stringList returns the elements of list n that are strings, recording an
// error for n when it is not a list and for every other element.
func (d *decoder) stringList(n *node) ([]*node, bool) {
	if n.kind != kList {
		d.errorf(n.pos, n.path(), "expected a list of strings, found %s", n.kind.desc())
		return nil, false
	}
	out := make([]*node, 0, len(n.list))
	for _, e := range n.list {
		if e.kind != kString {
			d.errorf(e.pos, e.path(), "expected a string, found %s", e.kind.desc())
			continue
		}
		out = append(out, e)
	}
	return out, true
}

// canonicalRuleID checks a rule id prefix ("B", "B6", "KR60", "S602"; with
// full, exactly three digits) and returns it with Ruff's S written B.
func canonicalRuleID(s string, full bool) (string, bool) {
	var family, digits string
	switch {
	case strings.HasPrefix(s, "KR"):
		family, digits = "KR", s[2:]
	case strings.HasPrefix(s, "B"), strings.HasPrefix(s, "S"):
		family, digits = "B", s[1:]
	default:
		return "", false
	}
	if len(digits) > 3 || full && len(digits) != 3 {
		return "", false
	}
	for _, c := range []byte(digits) {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return family + digits, true
}

// invalidRuleIDMsg explains why s is not a rule id (prefix).
func invalidRuleIDMsg(s string, full bool) string {
	want := "up to three digits"
	if full {
		want = "three digits"
	}
	msg := fmt.Sprintf("invalid rule id %q: expected B, S or KR followed by %s", s, want)
	if up := strings.ToUpper(strings.TrimSpace(s)); up != s {
		if _, ok := canonicalRuleID(up, full); ok {
			msg += fmt.Sprintf(" (did you mean %q?)", up)
		}
	}
	return msg
}

// ruleIDs decodes a list of rule id prefixes.
func (d *decoder) ruleIDs(n *node) []string {
	elems, ok := d.stringList(n)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(elems))
	for _, e := range elems {
		id, ok := canonicalRuleID(e.str, false)
		if !ok {
			d.errorf(e.pos, e.path(), "%s", invalidRuleIDMsg(e.str, false))
			continue
		}
		out = append(out, id)
		d.refs = append(d.refs, ruleRef{id: id, key: e.path(), pos: e.pos})
	}
	return out
}

// ruleSelectors is a list of rule id prefixes (select, ignore, ...).
type ruleSelectors []string

func (s *ruleSelectors) decodeNode(d *decoder, n *node) { *s = d.ruleIDs(n) }

// globs is a list of exclude globs.
type globs []string

func (g *globs) decodeNode(d *decoder, n *node) {
	elems, ok := d.stringList(n)
	if !ok {
		return
	}
	out := make([]string, 0, len(elems))
	for _, e := range elems {
		if d.checkGlob(e.str, e.pos, e.path()) {
			out = append(out, e.str)
		}
	}
	*g = out
}

// checkGlob records an error when s is not a usable glob.
func (d *decoder) checkGlob(s string, pos Position, key string) bool {
	if s == "" {
		d.errorf(pos, key, "empty glob")
		return false
	}
	if _, err := path.Match(s, ""); err != nil {
		d.errorf(pos, key, "invalid glob %q: %v", s, err)
		return false
	}
	return true
}

// Levels are the values of severity, confidence and fail-on, lowest first.
var Levels = []string{"low", "medium", "high"}

// level is a severity or confidence level; any case is accepted and stored
// lower-case.
type level string

func (l *level) decodeNode(d *decoder, n *node) {
	if n.kind != kString {
		d.errorf(n.pos, n.path(), "expected a string, found %s", n.kind.desc())
		return
	}
	s := strings.ToLower(n.str)
	if !slices.Contains(Levels, s) {
		d.errorf(n.pos, n.path(), "%s", oneOfMsg("level", n.str, Levels))
		return
	}
	*l = level(s)
}

// perFileIgnores is the per-file-ignores table: glob = [rule ids].
type perFileIgnores []PerFileIgnore

func (p *perFileIgnores) decodeNode(d *decoder, n *node) {
	if n.kind != kTable {
		d.errorf(n.pos, n.path(), "expected a table of glob = [rule ids], found %s", n.kind.desc())
		return
	}
	out := make([]PerFileIgnore, 0, len(n.keys))
	for _, k := range n.keys {
		e := n.table[k]
		if !d.checkGlob(k, e.keyPos, e.path()) {
			continue
		}
		out = append(out, PerFileIgnore{Glob: k, IDs: d.ruleIDs(e), Pos: e.keyPos})
	}
	*p = out
}

// rulesTable is the rules table: rule id = {options}.
type rulesTable map[string]*RuleOptions

func (r *rulesTable) decodeNode(d *decoder, n *node) {
	if n.kind != kTable {
		d.errorf(n.pos, n.path(), "expected a table of rule options, found %s", n.kind.desc())
		return
	}
	out := rulesTable{}
	for _, k := range n.keys {
		e := n.table[k]
		id, ok := canonicalRuleID(k, true)
		if !ok {
			d.errorf(e.keyPos, e.path(), "%s", invalidRuleIDMsg(k, true))
			continue
		}
		if e.kind != kTable {
			d.errorf(e.pos, e.path(), "expected a table of options, found %s", e.kind.desc())
			continue
		}
		if prev := out[id]; prev != nil {
			d.errorf(e.keyPos, e.path(), "options for %s already given at %d:%d", id, prev.Pos.Line, prev.Pos.Col)
			continue
		}
		out[id] = &RuleOptions{ID: id, Key: e.path(), Pos: e.keyPos, table: e}
		d.refs = append(d.refs, ruleRef{id: id, key: e.path(), pos: e.keyPos})
	}
	*r = out
}

// TaintModels are user additions to the built-in taint models, from
// [tool.krait.taint]: four lists of tables, each written as
// [[tool.krait.taint.sinks]] sections or as inline tables. Each model names
// its target with exactly one of qualname and pattern (see TaintTarget).
//
//	[[tool.krait.taint.sources]]
//	qualname = "myapp.http.current_request"   # what the call returns is tainted
//	kind = "http"
//
//	[[tool.krait.taint.sinks]]
//	kind = "sql"
//	pattern = "myapp.db.*.raw"
//	args = [0]
//	kwargs = ["query"]
//
//	[[tool.krait.taint.sanitizers]]
//	qualname = "myapp.sql.quote"
//	kind = "sql"
//
//	[[tool.krait.taint.propagators]]
//	qualname = "myapp.util.join"
//	args = [0, 1]
//	to = "return"
type TaintModels struct {
	// Sources are where untrusted data enters.
	Sources []TaintSource `toml:"sources"`
	// Sinks are calls that must not receive it.
	Sinks []TaintSink `toml:"sinks"`
	// Sanitizers are calls whose results are clean.
	Sanitizers []TaintSanitizer `toml:"sanitizers"`
	// Propagators are calls that pass taint on.
	Propagators []TaintPropagator `toml:"propagators"`
	// DisableSources turns source kinds off (SourceKinds): a library that
	// is not a command-line tool may want "cli" and "env" off, so that
	// only HTTP input counts.
	DisableSources []string `toml:"disable-sources"`
}

// SourceKinds are the kinds of taint sources: HTTP requests, the command
// line (sys.argv, argparse, input()) and the environment.
var SourceKinds = []string{"http", "cli", "env"}

func (t *TaintModels) check(d *decoder, n *node) {
	e := n.get("disable-sources")
	if e == nil || e.kind != kList || len(e.list) != len(t.DisableSources) {
		return
	}
	for i, k := range t.DisableSources {
		if !slices.Contains(SourceKinds, k) {
			d.errorf(e.list[i].pos, e.list[i].path(), "%s", oneOfMsg("source kind", k, SourceKinds))
		}
	}
}

// TaintTarget names what a taint model applies to: exactly one of Qualname
// and Pattern is set.
type TaintTarget struct {
	// Qualname is an exact qualified name after import resolution:
	// "subprocess.run", "flask.request.args", "myapp.db.Cursor.raw".
	Qualname string `toml:"qualname"`
	// Pattern matches qualified names: dot-separated segments where "*"
	// matches any run of identifier characters within a segment and a "**"
	// segment matches any number (zero or more) of segments:
	// "myapp.**.execute", "myapp.db.*_raw".
	Pattern string `toml:"pattern"`
}

// SinkKinds are the vulnerability classes a taint sink (and a sanitizer)
// can name; each maps to a KR6xx/KR7xx rule.
var SinkKinds = []string{
	"sql", "shell", "code", "path", "redirect", "ssrf", "xss", "ssti",
	"deserialization", "xpath", "ldap", "xxe", "header", "session",
}

// SourceFroms are the values of TaintSource.From.
var SourceFroms = []string{"return", "attribute", "parameters"}

// PropagatorTos are the values of TaintPropagator.To.
var PropagatorTos = []string{"return", "receiver"}

// TaintSource is a place where untrusted data enters.
type TaintSource struct {
	TaintTarget
	// Kind is a free label shown in findings ("http", "cli", "env"); "" for
	// plain "user input".
	Kind string `toml:"kind"`
	// From says which value is tainted (one of SourceFroms): "return", what
	// a call of the target returns (the default); "attribute", the value of
	// the target itself when read (sys.argv, flask.request.args);
	// "parameters", the parameters of functions decorated with the target
	// (a route decorator).
	From string `toml:"from"`
	// Pos is where the model's table starts.
	Pos Position `toml:"-"`
}

// TaintSink is a call that must not receive tainted data.
type TaintSink struct {
	TaintTarget
	// Kind is the vulnerability class, one of SinkKinds; required.
	Kind string `toml:"kind"`
	// Args are the 0-based positions of the dangerous arguments (the
	// receiver of a method call is not counted); when Args and Kwargs are
	// both empty, every argument is dangerous.
	Args []int `toml:"args"`
	// Kwargs are the keyword names of the dangerous arguments.
	Kwargs []string `toml:"kwargs"`
	// Pos is where the model's table starts.
	Pos Position `toml:"-"`
}

// TaintSanitizer is a call whose result is clean.
type TaintSanitizer struct {
	TaintTarget
	// Kind is the vulnerability class it protects against (one of
	// SinkKinds); "" means every class.
	Kind string `toml:"kind"`
	// Pos is where the model's table starts.
	Pos Position `toml:"-"`
}

// TaintPropagator is a call through which taint flows, for library code the
// engine cannot see.
type TaintPropagator struct {
	TaintTarget
	// Args are the positions of the arguments taint flows from, as in
	// TaintSink; when Args and Kwargs are both empty, taint flows from
	// every argument (and the receiver).
	Args []int `toml:"args"`
	// Kwargs are the keyword names of the arguments taint flows from.
	Kwargs []string `toml:"kwargs"`
	// To is where it flows (one of PropagatorTos): "return", the call's
	// result (the default), or "receiver", the object a method is called on
	// (list.append).
	To string `toml:"to"`
	// Pos is where the model's table starts.
	Pos Position `toml:"-"`
}

func (s *TaintSource) check(d *decoder, n *node) {
	s.Pos = n.pos
	d.checkTarget(n, s.TaintTarget)
	if e := n.get("kind"); e != nil && s.Kind == "" {
		d.errorf(e.pos, e.path(), "empty kind (leave it out for plain user input)")
	}
	if s.From == "" {
		s.From = "return"
	} else if !slices.Contains(SourceFroms, s.From) {
		e := n.get("from")
		d.errorf(e.pos, e.path(), "%s", oneOfMsg("value", s.From, SourceFroms))
	}
}

func (s *TaintSink) check(d *decoder, n *node) {
	s.Pos = n.pos
	d.checkTarget(n, s.TaintTarget)
	d.checkKind(n, s.Kind, true)
	d.checkArgs(n, s.Args, s.Kwargs)
}

func (s *TaintSanitizer) check(d *decoder, n *node) {
	s.Pos = n.pos
	d.checkTarget(n, s.TaintTarget)
	d.checkKind(n, s.Kind, false)
}

func (p *TaintPropagator) check(d *decoder, n *node) {
	p.Pos = n.pos
	d.checkTarget(n, p.TaintTarget)
	d.checkArgs(n, p.Args, p.Kwargs)
	if p.To == "" {
		p.To = "return"
	} else if !slices.Contains(PropagatorTos, p.To) {
		e := n.get("to")
		d.errorf(e.pos, e.path(), "%s", oneOfMsg("value", p.To, PropagatorTos))
	}
}

// checkTarget checks that exactly one of qualname and pattern is given, and
// well formed.
func (d *decoder) checkTarget(n *node, t TaintTarget) {
	q, p := n.get("qualname"), n.get("pattern")
	switch {
	case q == nil && p == nil:
		d.errorf(n.pos, n.path(), `missing key: give "qualname" or "pattern"`)
	case q != nil && p != nil:
		d.errorf(p.keyPos, p.path(), `"qualname" and "pattern" exclude each other`)
	case q != nil && q.kind == kString && !validQualname(t.Qualname, false):
		d.errorf(q.pos, q.path(), "invalid qualified name %q: expected dotted identifiers such as \"subprocess.run\"", t.Qualname)
	case p != nil && p.kind == kString && !validQualname(t.Pattern, true):
		d.errorf(p.pos, p.path(), "invalid pattern %q: expected dotted identifiers with * wildcards, or ** segments, such as \"myapp.**.execute\"", t.Pattern)
	}
}

// validQualname reports whether s is a dotted name; with pattern, segments
// may hold "*" or be "**".
func validQualname(s string, pattern bool) bool {
	if s == "" {
		return false
	}
	for seg := range strings.SplitSeq(s, ".") {
		if pattern && seg == "**" {
			continue
		}
		if seg == "" {
			return false
		}
		for i, r := range seg {
			switch {
			case pattern && r == '*':
				if strings.Contains(seg, "**") {
					return false
				}
			case r == '_' || unicode.IsLetter(r):
			case i > 0 && unicode.IsDigit(r):
			default:
				return false
			}
		}
	}
	return true
}

// checkKind checks a sink or sanitizer kind.
func (d *decoder) checkKind(n *node, k string, required bool) {
	e := n.get("kind")
	switch {
	case e == nil && required:
		d.errorf(n.pos, n.path(), "missing key %q (one of %s)", "kind", strings.Join(SinkKinds, ", "))
	case e != nil && e.kind == kString && !slices.Contains(SinkKinds, k):
		d.errorf(e.pos, e.path(), "%s", oneOfMsg("kind", k, SinkKinds))
	}
}

// checkArgs checks argument positions and keyword names.
func (d *decoder) checkArgs(n *node, args []int, kwargs []string) {
	if a := n.get("args"); a != nil && a.kind == kList {
		for i, v := range args {
			if v < 0 {
				d.errorf(a.list[i].pos, a.list[i].path(), "argument position %d is negative", v)
			}
		}
	}
	if k := n.get("kwargs"); k != nil && k.kind == kList {
		for i, v := range kwargs {
			if !validQualname(v, false) || strings.Contains(v, ".") {
				d.errorf(k.list[i].pos, k.list[i].path(), "invalid keyword argument name %q", v)
			}
		}
	}
}

// DepsConfig is the dependency audit's configuration, [tool.krait.deps].
type DepsConfig struct {
	// Ignore lists advisories not to report, in file order.
	Ignore []DepIgnore `toml:"ignore"`
}

// DepIgnore ignores one advisory, possibly until a date:
//
//	[tool.krait.deps]
//	ignore = [{id = "PYSEC-2023-1", reason = "not reachable", expires = 2027-01-31}]
type DepIgnore struct {
	// ID is the advisory id or one of its aliases: "PYSEC-2023-1",
	// "GHSA-xxxx-xxxx-xxxx", "CVE-2023-1234".
	ID string `toml:"id"`
	// Reason says why; shown when the ignore applies.
	Reason string `toml:"reason"`
	// Expires is the last day the ignore applies; zero means never. Written
	// as a TOML date (2027-01-31) or a string ("2027-01-31").
	Expires Date `toml:"expires"`
	// Pos is where the entry starts.
	Pos Position `toml:"-"`
}

// Expired reports whether the ignore no longer applies at now: its Expires
// day, in now's location, has passed.
func (i DepIgnore) Expired(now time.Time) bool {
	return !i.Expires.IsZero() && i.Expires.Before(DateOf(now))
}

func (i *DepIgnore) check(d *decoder, n *node) {
	i.Pos = n.pos
	e := n.get("id")
	switch {
	case e == nil:
		d.errorf(n.pos, n.path(), "missing key %q", "id")
	case e.kind == kString && !validAdvisoryID(i.ID):
		d.errorf(e.pos, e.path(), "invalid advisory id %q: expected an id such as \"PYSEC-2023-1\", \"GHSA-…\" or \"CVE-…\"", i.ID)
	}
}

func (c *DepsConfig) check(d *decoder, n *node) {
	keys := make([]string, len(c.Ignore))
	pos := make([]Position, len(c.Ignore))
	for i, ig := range c.Ignore {
		keys[i], pos[i] = ig.ID, ig.Pos
	}
	checkRepeats(d, n.get("ignore"), "id", "advisory", keys, pos)
}

// checkRepeats reports the entries of an ignore list that repeat an
// earlier entry's key (field names it in each entry; keys and pos are
// the entries' keys, "" when missing, and positions).
func checkRepeats(d *decoder, list *node, field, what string, keys []string, pos []Position) {
	if list == nil || list.kind != kList || len(list.list) != len(keys) {
		return
	}
	seen := map[string]Position{}
	for i, k := range keys {
		if k == "" {
			continue
		}
		if p, ok := seen[k]; ok {
			e := list.list[i]
			if f := e.get(field); f != nil {
				e = f
			}
			d.errorf(e.pos, e.path(), "%s %s already ignored at %d:%d", what, k, p.Line, p.Col)
			continue
		}
		seen[k] = pos[i]
	}
}

// SecretsConfig is the secret rules' configuration, [tool.krait.secrets].
type SecretsConfig struct {
	// Ignore lists accepted secrets not to report, in file order.
	Ignore []SecretIgnore `toml:"ignore"`
}

// SecretIgnore ignores one secret by its fingerprint, possibly until a
// date:
//
//	[tool.krait.secrets]
//	ignore = [{fingerprint = "s1:0123456789abcdef0123456789abcdef", reason = "revoked test key", expires = 2027-01-31}]
//
// The fingerprint is the "fingerprint" of the finding in krait's JSON
// report (and the SARIF result's properties): a salted hash of the rule
// id and the secret (secrets.Fingerprint), never the secret itself. It
// does not depend on the file, the line or the text around the secret,
// so the ignore still applies when the secret moves; it applies to that
// secret under that rule in every file, and only to findings that have a
// fingerprint (the secret rules, KR8xx).
type SecretIgnore struct {
	// Fingerprint is "s1:" and 32 lower-case hex digits.
	Fingerprint string `toml:"fingerprint"`
	// Reason says why; shown when the ignore applies.
	Reason string `toml:"reason"`
	// Expires is the last day the ignore applies; zero means never. Written
	// as a TOML date (2027-01-31) or a string ("2027-01-31").
	Expires Date `toml:"expires"`
	// Pos is where the entry starts.
	Pos Position `toml:"-"`
}

// Expired reports whether the ignore no longer applies at now: its Expires
// day, in now's location, has passed.
func (i SecretIgnore) Expired(now time.Time) bool {
	return !i.Expires.IsZero() && i.Expires.Before(DateOf(now))
}

func (i *SecretIgnore) check(d *decoder, n *node) {
	i.Pos = n.pos
	e := n.get("fingerprint")
	switch {
	case e == nil:
		d.errorf(n.pos, n.path(), "missing key %q", "fingerprint")
	case e.kind == kString && !ValidSecretFingerprint(i.Fingerprint):
		d.errorf(e.pos, e.path(), "invalid secret fingerprint %q: expected \"s1:\" and 32 lower-case hex digits, as the \"fingerprint\" of a finding in krait's JSON report", i.Fingerprint)
	}
}

func (c *SecretsConfig) check(d *decoder, n *node) {
	keys := make([]string, len(c.Ignore))
	pos := make([]Position, len(c.Ignore))
	for i, ig := range c.Ignore {
		keys[i], pos[i] = ig.Fingerprint, ig.Pos
	}
	checkRepeats(d, n.get("ignore"), "fingerprint", "secret", keys, pos)
}

// ValidSecretFingerprint reports whether s has the shape of a secret's
// fingerprint: "s1:" and 32 lower-case hex digits.
func ValidSecretFingerprint(s string) bool {
	hexPart, ok := strings.CutPrefix(s, "s1:")
	if !ok || len(hexPart) != 32 {
		return false
	}
	for _, c := range []byte(hexPart) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// validAdvisoryID accepts PREFIX-rest with an alphanumeric prefix and no
// spaces, as OSV ids are.
func validAdvisoryID(s string) bool {
	prefix, rest, ok := strings.Cut(s, "-")
	if !ok || prefix == "" || rest == "" {
		return false
	}
	for _, r := range prefix {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	for _, r := range rest {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.:", r)) {
			return false
		}
	}
	return true
}

// Date is a calendar day, without a time zone.
type Date struct {
	Year  int        // e.g. 2027
	Month time.Month // 1 to 12
	Day   int        // 1 to 31, as the month has
}

// DateOf returns the day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d == Date{} }

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// String formats d as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDate parses a YYYY-MM-DD date, rejecting days the month does not have.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("invalid date %q: expected YYYY-MM-DD", s)
	}
	num := func(t string) int {
		n, err := strconv.Atoi(t)
		if err != nil || strings.ContainsAny(t, "+-") {
			return -1
		}
		return n
	}
	y, m, dd := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 1 || m < 0 || dd < 0 {
		return Date{}, fmt.Errorf("invalid date %q: expected YYYY-MM-DD", s)
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("invalid date %q: month out of range", s)
	}
	if dd < 1 || dd > daysIn(time.Month(m), y) {
		return Date{}, fmt.Errorf("invalid date %q: day out of range", s)
	}
	return Date{y, time.Month(m), dd}, nil
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (d *Date) describe() string { return "a date (YYYY-MM-DD)" }

func (d *Date) decodeNode(dec *decoder, n *node) {
	switch n.kind {
	case kLocalDate:
		// go-toml has rejected impossible dates already.
		ld := n.tm.(toml.LocalDate)
		*d = Date{ld.Year, time.Month(ld.Month), ld.Day}
	case kString:
		v, err := ParseDate(n.str)
		if err != nil {
			dec.errorf(n.pos, n.path(), "%v", err)
			return
		}
		*d = v
	default:
		dec.errorf(n.pos, n.path(), "expected a date (YYYY-MM-DD), found %s", n.kind.desc())
	}
}
