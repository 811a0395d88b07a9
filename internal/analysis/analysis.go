// Package analysis defines krait's rules and findings and runs the rules
// over a module in one traversal.
//
// A Rule is one Go value that carries everything about a check: its id,
// name, documentation (why it matters, a bad and a good example), default
// severity and confidence, CWE, options, the node kinds it inspects and
// its Run function. Documentation, "krait rules", "krait explain" and
// SARIF rule descriptors are all generated from it.
//
// Run reports findings through the Pass. An error returned by Run means
// the rule itself broke on this input; the driver reports it as a tool
// error for the file and goes on with the other rules.
package analysis

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// Level is a severity or a confidence: low, medium or high.
type Level uint8

// The levels. Undefined sorts below Low and stands for "not set".
const (
	Undefined Level = iota
	Low
	Medium
	High
)

// String returns "low", "medium" or "high" ("undefined" when unset).
func (l Level) String() string {
	switch l {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return "undefined"
}

// ParseLevel parses "low", "medium" or "high" (any case).
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(s) {
	case "low":
		return Low, nil
	case "medium":
		return Medium, nil
	case "high":
		return High, nil
	}
	return Undefined, fmt.Errorf("unknown level %q (want low, medium or high)", s)
}

// Rule is a check: its metadata and its code.
type Rule struct {
	// ID is the rule's id: Bandit's (B602) for Bandit's checks, KR and
	// three digits for krait's own.
	ID string
	// Name is the rule's name in snake case (Bandit's test name for
	// Bandit's checks).
	Name string
	// Title is a one-line summary, without final period.
	Title string
	// Why explains the risk and when the rule fires, in a few sentences.
	Why string
	// Bad and Good are short Python examples: code the rule reports and
	// the safe way to write it.
	Bad, Good string
	// ExampleLang is the language of Bad and Good for code fences in the
	// documentation: "" means Python; KR901's examples are requirements
	// files ("text").
	ExampleLang string
	// Notes holds anything else a user must know: options, how the rule
	// relates to others, where it knowingly differs from Bandit.
	Notes string
	// Severity and Confidence are the defaults; a finding may override
	// them when the arguments decide.
	Severity, Confidence Level
	// CWE is the weakness id, e.g. 78.
	CWE int
	// Since is the krait version that introduced the rule.
	Since string
	// Default says whether the rule runs when no --select is given.
	Default bool
	// Options, when not nil, is a pointer to a struct holding the rule's
	// options with their defaults; `toml` tags name them in
	// [tool.krait.rules.ID]. Run sees the configured copy as Pass.Options.
	Options any
	// Kinds are the node kinds Run is called for. A rule without Kinds
	// and Run inspects no syntax tree: it names findings that another
	// phase produces (KR901, DependencyRule, whose findings come from the
	// dependency audit), so that selection and documentation work as for
	// every rule; the driver never calls it.
	Kinds []ast.Kind
	// Callees, when not nil, narrows the calls (ast.CallKind) Run is
	// called for to those whose callee goes by one of the names it
	// returns for the rule's configured options: the last name of the
	// callee as written ("run" for "app.run") or, for a plain name, of
	// what it imports or aliases (see semantic.Model.CalleeNames). A
	// rule that must see every call leaves it nil.
	Callees func(options any) []string
	// Run inspects one node of a kind in Kinds.
	Run func(p *Pass, n ast.Node) error
	// Batch, when not empty, names a family of rules that share one Run
	// over the same Kinds: the analyzer calls only the first rule of the
	// batch it runs, and that call reports the findings of every rule of
	// the batch (setting Finding.RuleID and the levels; Pass.Enabled says
	// which rules run). The thirty-one secret rules are one batch, so a
	// string is dispatched and scanned once rather than thirty-one times:
	// a profile of the CPython standard library showed the dispatch alone
	// at a quarter of the scan.
	Batch string
}

// Location is a place in a file: a path and a byte span.
type Location struct {
	Path    string
	Span    token.Span
	Message string
}

// Finding is one problem a rule found.
type Finding struct {
	RuleID string
	// Path is the file's path as the user named it; Span its byte range.
	Path string
	Span token.Span
	// Line is the 1-based line Bandit would report when it differs from
	// the span's first line (0 otherwise): Bandit reports some findings
	// on the line of a node other than the one underlined.
	Line                 int
	Message              string
	Severity, Confidence Level
	CWE                  int
	// Related lists further locations, such as the steps of a data flow.
	Related []Location
	// Extent is the span of the node the check inspected (for a string,
	// its parent), which Bandit's # nosec lookup covers: a suppression
	// comment on any of its lines applies. Zero means Span.
	Extent token.Span
	// Stmt is the span of the statement the finding is in — a simple
	// statement, or the header of a compound one (up to its body) — whose
	// lines a suppression comment may be on.
	Stmt token.Span
	// Redact lists spans of the file's text that no output may show: a
	// secret, less the first characters its message previews. Every
	// report format masks them (report.Redacted) in code frames and
	// snippets of this file, whichever finding shows those lines, and in
	// messages that quote their text; each character becomes '*' (line
	// breaks stay), so columns are unchanged.
	Redact []token.Span
	// Fingerprint, when set, identifies the finding across edits in place
	// of its line's text (baselines, SARIF partialFingerprints): the
	// secret rules set it to a hash of the rule id and the secret, never
	// the secret itself, so a baseline survives moved lines and
	// reformatting.
	Fingerprint string
	// Suppressed is set when a # nosec comment, a # noqa comment, a
	// per-file ignore or a baseline suppresses the finding; SuppressedBy
	// says which.
	Suppressed   bool
	SuppressedBy string
	// Package and Advisory are set, together, on the findings of the
	// dependency audit: the dependency and the advisory that affects it.
	// RuleID is then Advisory.ID (not a catalogue id: the finding belongs
	// to rule DependencyRule), and Path and Span point at the pin in the
	// dependency file. Both are nil on every other finding.
	Package  *Package
	Advisory *Advisory
}

// DependencyRule is the id of the catalogue rule the dependency audit runs
// under: selecting or ignoring it turns the audit on or off, and reports
// name it for the findings whose RuleID is an advisory id.
const DependencyRule = "KR901"

// Package is the dependency of a dependency finding.
type Package struct {
	// Name is the PEP 503-normalised project name ("django").
	Name string
	// Version is the pinned, locked or installed version as written;
	// "" for an unpinned requirement.
	Version string
	// Specifier is the PEP 440 range of an unpinned requirement
	// (">=2.0,<3"; "" when Version is set or any version is allowed).
	Specifier string
}

// Advisory is the advisory of a dependency finding: one vulnerability,
// with the records of other databases that describe it grouped as
// aliases.
type Advisory struct {
	// ID is the preferred id (PYSEC, then GHSA, then others).
	ID string
	// Aliases are the group's other ids, sorted.
	Aliases []string
	// Summary is the advisory's one-line summary ("" when it has none).
	Summary string
	// FixedIn lists the versions that fix it, PEP 440-sorted (several
	// release branches may each have one); empty when none is known.
	FixedIn []string
}

// Pass is what a rule sees while it runs over one file.
type Pass struct {
	// File is the parsed file; Path its path as the user named it.
	File *ast.File
	Path string
	// Model is the file's semantic model.
	Model *semantic.Model
	// Rule is the running rule; Options its configured options (a
	// pointer of the same type as Rule.Options).
	Rule    *Rule
	Options any
	report  func(Finding)
	w       *walker // the traversal: the node being inspected, its ancestors and scope
}

// StateKey names a value that the rules of a family share while they
// analyse one file (the imports Bandit has seen, the resolution of the
// call being inspected). Create keys once, at package initialisation.
type StateKey struct {
	idx  int
	init func() any
}

var stateKeys int

// NewStateKey returns a key whose value starts as init() in each file.
// It must be called during package initialisation.
func NewStateKey(init func() any) *StateKey {
	k := &StateKey{idx: stateKeys, init: init}
	stateKeys++
	return k
}

// State returns the file's value for key k.
func (p *Pass) State(k *StateKey) any {
	w := p.w
	if k.idx >= len(w.state) {
		w.state = append(w.state, make([]any, k.idx+1-len(w.state))...)
	}
	v := w.state[k.idx]
	if v == nil {
		v = k.init()
		w.state[k.idx] = v
	}
	return v
}

// Enabled reports whether the rule with the given id runs in this
// analysis. Bandit's blocklist checks need it: the first enabled entry
// that matches a node reports it.
func (p *Pass) Enabled(id string) bool { return p.w.a.enabled[id] }

// Node returns the node being inspected.
func (p *Pass) Node() ast.Node { return p.w.node }

// Scope returns the scope of the node being inspected.
func (p *Pass) Scope() *semantic.Scope { return p.w.scope }

// Parents returns the ancestors of the node being inspected, outermost
// first (the module first). The slice must not be modified.
func (p *Pass) Parents() []ast.Node { return p.w.parents }

// Parent returns the parent of the node being inspected, or nil.
func (p *Pass) Parent() ast.Node {
	ps := p.w.parents
	if len(ps) == 0 {
		return nil
	}
	return ps[len(ps)-1]
}

// Report records a finding. Empty fields take the rule's defaults: the
// rule id, severity, confidence and CWE, and the file's path.
func (p *Pass) Report(f Finding) {
	if f.RuleID == "" {
		f.RuleID = p.Rule.ID
	}
	if f.Path == "" {
		f.Path = p.Path
	}
	if f.Severity == Undefined {
		f.Severity = p.Rule.Severity
	}
	if f.Confidence == Undefined {
		f.Confidence = p.Rule.Confidence
	}
	if f.CWE == 0 {
		f.CWE = p.Rule.CWE
	}
	if f.Extent == (token.Span{}) {
		f.Extent = f.Span
	}
	if f.Stmt == (token.Span{}) {
		f.Stmt = p.stmtSpan(f.Span)
	}
	p.report(f)
}

// stmtSpan returns the span of the innermost statement around the node
// being inspected, cut at its body for compound statements.
func (p *Pass) stmtSpan(s token.Span) token.Span {
	ps := p.w.parents
	for i := len(ps); i >= 0; i-- {
		var n ast.Node
		if i == len(ps) {
			n = p.w.node
		} else {
			n = ps[i]
		}
		switch st := n.(type) {
		case ast.Stmt:
			return headerSpan(st)
		case *ast.ExceptHandler:
			// An except clause is a statement of its own for suppression.
			sp := st.Span()
			if len(st.Body) > 0 && st.Body[0].Span().Start > sp.Start {
				sp.End = st.Body[0].Span().Start
			}
			return sp
		}
	}
	return s
}

// headerSpan returns a statement's span, cut before the body of a compound
// statement.
func headerSpan(st ast.Stmt) token.Span {
	sp := st.Span()
	var body []ast.Stmt
	switch st := st.(type) {
	case *ast.FunctionDef:
		body = st.Body
	case *ast.ClassDef:
		body = st.Body
	case *ast.If:
		body = st.Body
	case *ast.While:
		body = st.Body
	case *ast.For:
		body = st.Body
	case *ast.With:
		body = st.Body
	case *ast.Try:
		body = st.Body
	case *ast.Match:
		if len(st.Cases) > 0 {
			sp.End = st.Cases[0].Start
		}
	}
	if len(body) > 0 && body[0].Span().Start > sp.Start {
		sp.End = body[0].Span().Start
	}
	return sp
}

// Reportf reports a finding on node n with the rule's defaults.
func (p *Pass) Reportf(n ast.Node, format string, args ...any) {
	p.Report(Finding{Span: n.Span(), Message: fmt.Sprintf(format, args...)})
}

// QualifiedName returns the qualified name e refers to in the current
// scope (see semantic.Model.QualifiedName).
func (p *Pass) QualifiedName(e ast.Expr) string { return p.Model.QualifiedName(p.w.scope, e) }

// Text returns the source text of node n.
func (p *Pass) Text(n ast.Node) string {
	s := n.Span()
	return p.File.Src[s.Start:s.End]
}

// Line returns the 1-based line of byte offset off.
func (p *Pass) Line(off int32) int { return p.File.Position(off).Line }
