// Package secrets holds the KR8xx rules: hardcoded credentials in Python
// string literals (and comments), found by the detectors of package
// internal/secrets with the help of the syntax tree.
//
// Every rule visits string constants and the module (for its comments).
// The rules are one batch (analysis.Rule.Batch): the analyzer calls the
// first selected one per node, which runs the detectors of all the
// selected rules once and reports for each, so that thirty-one rules cost
// one scan of each string. What the tree adds:
//
//   - the name a value is bound to — assignment target (name, attribute,
//     subscript key), dict key, keyword argument, parameter (for a
//     default), the other side of a comparison, the function a literal is
//     returned from — through f-strings, concatenations, conditional
//     expressions, tuples and lists, .encode() and str()/bytes() around
//     it. The keyed detectors and the generic one need it.
//   - environment lookups: the variable's name in os.environ["X"],
//     os.getenv("X"), os.environ.get("X") is never a value; a literal
//     default (os.getenv("X", "…")) is a hardcoded fallback and is checked
//     as a value bound to X.
//   - docstrings and bare string statements are prose: only the
//     distinctive provider formats and private keys are looked for there,
//     as in comments; no keyed or generic detection.
//   - an AWS access key id in the same call or dict makes a 40-character
//     value next to it its secret key (KR802); a dict with "type":
//     "service_account" makes its private key a GCP key (KR810).
//
// Findings in test paths keep their rule and get low severity (see
// secrets.IsTestPath). The secret is never in a message in full, its
// span is in Finding.Redact, and Finding.Fingerprint is a hash of it.
package secrets

import (
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	sec "github.com/krait-dev/krait/internal/secrets"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// Rules returns the KR8xx rules, in id order.
func Rules() []*analysis.Rule {
	return []*analysis.Rule{
		KR801, KR802, KR803, KR804, KR805, KR806, KR807, KR808, KR809, KR810,
		KR811, KR812, KR813, KR814, KR815, KR816, KR817, KR818, KR819, KR820,
		KR821, KR822, KR823, KR824, KR825, KR826, KR827, KR828, KR829, KR830,
		KR831,
	}
}

// kinds are the nodes every KR8xx rule visits.
var kinds = []ast.Kind{ast.ConstantKind, ast.ModuleKind}

// stateKey holds the rules' scratch space in a file.
var stateKey = analysis.NewStateKey(func() any { return &fileState{} })

type fileState struct {
	found   []analysis.Finding
	enabled sec.Enabled
}

// run is the Run of every KR8xx rule; the rules are one batch, so the
// analyzer calls it once per node, for the first of them it runs, and it
// reports the findings of all the rules that run.
func run(p *analysis.Pass, n ast.Node) error {
	st := p.State(stateKey).(*fileState)
	st.found = st.found[:0]
	if st.enabled == nil {
		st.enabled = p.Enabled
	}
	switch n := n.(type) {
	case *ast.Constant:
		st.constant(p, n)
	case *ast.Module:
		st.comments(p)
	}
	for i := range st.found {
		p.Report(st.found[i])
	}
	return nil
}

// constant runs the detectors on a str or bytes literal.
func (st *fileState) constant(p *analysis.Pass, c *ast.Constant) {
	if k := c.Value.Kind; k != ast.StrValue && k != ast.BytesValue || !sec.MayHold(c.Value.Str) {
		return
	}
	b, ok := bind(p, c)
	if !ok {
		return
	}
	v := c.Value.Str
	ms := sec.FindValue(v, b.ctx, st.enabled)
	if len(ms) == 0 {
		return
	}
	src := p.File.Src
	lit := src[c.Start:c.End]
	for i := range ms {
		m := &ms[i]
		sp, rs := c.Span(), c.Span()
		// Spans in the source: where the match is written as it is
		// (no escapes, not split over literals), else the literal.
		if k := strings.Index(lit, v[m.Start:m.End]); k >= 0 {
			sp = token.Span{Start: c.Start + int32(k), End: c.Start + int32(k+m.End-m.Start)}
		}
		secret := v[m.SecretStart:m.SecretEnd]
		if k := strings.Index(lit, secret); k >= 0 {
			rs = sec.RedactSpan(src, int(c.Start)+k, int(c.Start)+k+len(secret))
		}
		st.add(p, m, sp, rs, secret, b.where, p.Parent().Span())
	}
}

// comments runs the prose detectors on the file's comments.
func (st *fileState) comments(p *analysis.Pass) {
	src := p.File.Src
	for _, cm := range p.File.Comments {
		text := src[cm.Start:cm.End]
		for _, m := range sec.FindValue(text, sec.Context{Prose: true}, st.enabled) {
			base := int(cm.Start)
			sp := token.Span{Start: int32(base + m.Start), End: int32(base + m.End)}
			rs := sec.RedactSpan(src, base+m.SecretStart, base+m.SecretEnd)
			st.add(p, &m, sp, rs, text[m.SecretStart:m.SecretEnd], "in a comment", sp)
		}
	}
}

// add records a finding for match m.
func (st *fileState) add(p *analysis.Pass, m *sec.Match, sp, redact token.Span, secret, where string, extent token.Span) {
	r := p.Rule
	if id := m.Detector.ID; id != r.ID {
		r = ruleByID[id]
	}
	f := analysis.Finding{
		RuleID:     r.ID,
		Span:       sp,
		Extent:     extent,
		Message:    sec.Message(m, secret, where),
		Severity:   r.Severity,
		Confidence: r.Confidence,
		CWE:        r.CWE,
		Redact:     []token.Span{redact},
	}
	sec.Apply(&f, m, r, p.Path)
	st.found = append(st.found, f)
}

// ruleByID maps ids to the rules, for a match reported under another
// rule than the one running (a private key in a service-account dict).
// It is filled by init: the rules' Run refers to it.
var ruleByID = map[string]*analysis.Rule{}

func init() {
	for _, r := range Rules() {
		ruleByID[r.ID] = r
	}
}

// binding is what a literal is bound to.
type binding struct {
	ctx   sec.Context
	where string // for the message: "assigned to TOKEN"
}

// wrappers are calls that pass a value through: str("…"), SecretStr("…").
var wrappers = map[string]bool{
	"str": true, "bytes": true, "bytearray": true, "SecretStr": true, "SecretBytes": true, "Secret": true,
	"encode": true, "decode": true, "strip": true,
}

// envLookups are the calls that read an environment variable: the first
// argument is its name, the second a default.
var envLookups = map[string]bool{
	"os.getenv": true, "os.environ.get": true, "os.environ.setdefault": true, "os.getenvb": true,
	"os.environb.get": true, "environ.get": true, "getenv": true, "env": true, "config": true,
	"decouple.config": true, "environ.Env": true,
}

// bind finds what the literal c is bound to, climbing through the
// expressions that pass it on. It returns false for a literal that is a
// name rather than a value: an environment variable's name, a dict key, a
// subscript.
func bind(p *analysis.Pass, c *ast.Constant) (binding, bool) {
	ps := p.Parents()
	var child ast.Node = c
	for i := len(ps) - 1; i >= 0; i-- {
		switch n := ps[i].(type) {
		case *ast.ExprStmt:
			if child == ast.Node(c) {
				return binding{ctx: sec.Context{Prose: true}, where: "in a docstring"}, true
			}
			return binding{}, true
		case *ast.JoinedStr, *ast.BinOp, *ast.BoolOp, *ast.Tuple, *ast.List, *ast.Set, *ast.Starred:
			child = n
			continue
		case *ast.IfExp:
			if child == ast.Node(n.Test) {
				return binding{}, true
			}
			child = n
			continue
		case *ast.Attribute:
			// "…".encode(): the call is the value.
			if i > 0 {
				if call, ok := ps[i-1].(*ast.Call); ok && call.Func == ast.Expr(n) && wrappers[n.Attr.Name] {
					child = call
					i--
					continue
				}
			}
			return binding{}, true
		case *ast.Call:
			if len(n.Args) == 1 && ast.Node(n.Args[0]) == child && wrappers[calleeName(p, n)] {
				child = n // str("…") passes the value on
				continue
			}
			return callBinding(p, n, child, c.Value.Str)
		case *ast.Keyword:
			if n.Arg.Name == "" {
				return binding{}, true
			}
			b := binding{ctx: sec.Context{Name: n.Arg.Name}, where: "passed as " + n.Arg.Name + "="}
			if i > 0 {
				if call, ok := ps[i-1].(*ast.Call); ok {
					if env, ok := envDefault(p, call); ok && n.Arg.Name == "default" {
						return env, true
					}
					b.ctx.NearAWS = maybeAWSSecret(c.Value.Str) && (nearAWS(call.Args, child) || nearAWSKeywords(call.Keywords, n))
				}
			}
			return b, true
		case *ast.Assign:
			if child != ast.Node(n.Value) {
				return binding{}, true
			}
			for _, t := range n.Targets {
				if name := targetName(t); name != "" {
					return binding{ctx: sec.Context{Name: name}, where: "assigned to " + name}, true
				}
			}
			return binding{}, true
		case *ast.AnnAssign:
			if name := targetName(n.Target); name != "" && child == ast.Node(n.Value) {
				return binding{ctx: sec.Context{Name: name}, where: "assigned to " + name}, true
			}
			return binding{}, true
		case *ast.AugAssign:
			if name := targetName(n.Target); name != "" && child == ast.Node(n.Value) {
				return binding{ctx: sec.Context{Name: name}, where: "assigned to " + name}, true
			}
			return binding{}, true
		case *ast.NamedExpr:
			return binding{ctx: sec.Context{Name: n.Target.ID}, where: "assigned to " + n.Target.ID}, true
		case *ast.Dict:
			return dictBinding(n, child, c.Value.Str)
		case *ast.Subscript:
			if child == ast.Node(n.Slice) {
				return binding{}, false // a key: d["password"], os.environ["TOKEN"]
			}
			return binding{}, true
		case *ast.Compare:
			for _, e := range append([]ast.Expr{n.Left}, n.Comparators...) {
				if ast.Node(e) == child {
					continue
				}
				if name := targetName(e); name != "" {
					return binding{ctx: sec.Context{Name: name}, where: "compared with " + name}, true
				}
			}
			return binding{}, true
		case *ast.Arguments:
			if name := defaultOf(n, child); name != "" {
				return binding{ctx: sec.Context{Name: name}, where: "as the default of parameter " + name}, true
			}
			return binding{}, true
		case *ast.Return:
			for j := i - 1; j >= 0; j-- {
				if fd, ok := ps[j].(*ast.FunctionDef); ok {
					// get_api_key returns an api key.
					name := strings.TrimPrefix(strings.TrimPrefix(fd.Name.Name, "_"), "get_")
					return binding{ctx: sec.Context{Name: name}, where: "returned by " + fd.Name.Name + "()"}, true
				}
			}
			return binding{}, true
		default:
			return binding{}, true
		}
	}
	return binding{}, true
}

// callBinding is bind for a literal that is an argument of call.
func callBinding(p *analysis.Pass, call *ast.Call, child ast.Node, v string) (binding, bool) {
	pos := -1
	for j, a := range call.Args {
		if ast.Node(a) == child {
			pos = j
		}
	}
	if pos < 0 {
		return binding{}, true // the callee itself
	}
	if isEnvLookup(p, call) {
		if pos == 0 {
			return binding{}, false // the variable's name
		}
		if b, ok := envDefault(p, call); ok && pos == 1 {
			return b, true
		}
		return binding{}, true
	}
	return binding{ctx: sec.Context{NearAWS: maybeAWSSecret(v) && (nearAWS(call.Args, child) || nearAWSKeywords(call.Keywords, nil))}}, true
}

// calleeName returns the last name of a call's callee.
func calleeName(p *analysis.Pass, call *ast.Call) string {
	switch f := call.Func.(type) {
	case *ast.Name:
		return f.ID
	case *ast.Attribute:
		return f.Attr.Name
	}
	return ""
}

// isEnvLookup reports whether call reads an environment variable.
func isEnvLookup(p *analysis.Pass, call *ast.Call) bool {
	q := p.QualifiedName(call.Func)
	return envLookups[q] || strings.HasSuffix(q, ".environ.get") || strings.HasSuffix(q, ".getenv")
}

// envDefault returns the binding of the default of an environment lookup
// whose variable is named by a literal: the variable's name.
func envDefault(p *analysis.Pass, call *ast.Call) (binding, bool) {
	if !isEnvLookup(p, call) || len(call.Args) == 0 {
		return binding{}, false
	}
	k, ok := call.Args[0].(*ast.Constant)
	if !ok || k.Value.Kind != ast.StrValue {
		return binding{}, false
	}
	return binding{ctx: sec.Context{Name: k.Value.Str}, where: "as the fallback of environment variable " + k.Value.Str}, true
}

// dictBinding is bind for a literal in a dict display.
func dictBinding(d *ast.Dict, child ast.Node, v string) (binding, bool) {
	// Values are in source order: find child's entry by its offset (a
	// linear search made the large dicts of the standard library
	// quadratic).
	start := child.Span().Start
	j := sort.Search(len(d.Values), func(i int) bool { return d.Values[i].Span().Start >= start })
	if j == len(d.Values) || ast.Node(d.Values[j]) != child {
		return binding{}, true // a key
	}
	var b binding
	if k, ok := d.Keys[j].(*ast.Constant); ok && k.Value.Kind == ast.StrValue {
		b = binding{ctx: sec.Context{Name: k.Value.Str}, where: "as the value of key '" + k.Value.Str + "'"}
		b.ctx.ServiceAccount = k.Value.Str == "private_key" && serviceAccount(d)
	}
	b.ctx.NearAWS = maybeAWSSecret(v) && nearAWS(d.Values, child)
	return b, true
}

// maybeAWSSecret reports whether v has the length of an AWS secret key,
// the only value the neighbourhood of an access key id matters for.
func maybeAWSSecret(v string) bool { return len(v) == 40 }

// serviceAccount reports whether a dict is a Google service-account key:
// "type": "service_account", or a client_email of an iam.gserviceaccount.com
// account.
func serviceAccount(d *ast.Dict) bool {
	for j, k := range d.Keys {
		kc, ok := k.(*ast.Constant)
		if !ok || kc.Value.Kind != ast.StrValue {
			continue
		}
		vc, ok := d.Values[j].(*ast.Constant)
		if !ok || vc.Value.Kind != ast.StrValue {
			continue
		}
		switch kc.Value.Str {
		case "type":
			if vc.Value.Str == "service_account" {
				return true
			}
		case "client_email":
			if strings.HasSuffix(vc.Value.Str, ".iam.gserviceaccount.com") {
				return true
			}
		}
	}
	return false
}

// nearAWS reports whether one of the expressions other than skip is a
// literal AWS access key id.
func nearAWS(xs []ast.Expr, skip ast.Node) bool {
	for _, x := range xs {
		if ast.Node(x) != skip && isAWSKeyID(x) {
			return true
		}
	}
	return false
}

func nearAWSKeywords(kws []*ast.Keyword, skip *ast.Keyword) bool {
	for _, k := range kws {
		if k != skip && isAWSKeyID(k.Value) {
			return true
		}
	}
	return false
}

func isAWSKeyID(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	if !ok || c.Value.Kind != ast.StrValue || len(c.Value.Str) != 20 || c.Value.Str[0] != 'A' {
		return false
	}
	ms := sec.FindValue(c.Value.Str, sec.Context{}, func(id string) bool { return id == "KR801" })
	return len(ms) > 0
}

// targetName returns the name an assignment target or operand stands for:
// a name, an attribute's last name, a subscript's string key.
func targetName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Name:
		return t.ID
	case *ast.Attribute:
		return t.Attr.Name
	case *ast.Subscript:
		if k, ok := t.Slice.(*ast.Constant); ok && k.Value.Kind == ast.StrValue {
			return k.Value.Str
		}
	}
	return ""
}

// defaultOf returns the name of the parameter whose default is child.
func defaultOf(a *ast.Arguments, child ast.Node) string {
	pos := append(append([]*ast.Arg(nil), a.PosOnlyArgs...), a.Args...)
	for j, d := range a.Defaults {
		if ast.Node(d) == child {
			if k := len(pos) - len(a.Defaults) + j; k >= 0 && k < len(pos) {
				return pos[k].Arg.Name
			}
		}
	}
	for j, d := range a.KwDefaults {
		if d != nil && ast.Node(d) == child && j < len(a.KwOnlyArgs) {
			return a.KwOnlyArgs[j].Arg.Name
		}
	}
	return ""
}
