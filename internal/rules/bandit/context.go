package bandit

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// This file reproduces what Bandit's checks see of a node (Bandit's
// Context): the callee's name with import aliases resolved, the values of
// arguments as Bandit evaluates them, and the modules imported so far.

// litKind is the Python type of a value as Bandit evaluates an argument.
type litKind uint8

const (
	// litNil is Python's None as Bandit returns it: no such argument, or
	// an expression Bandit does not evaluate (a call, a subscript, ...).
	litNil litKind = iota
	// litStr is a str. Bandit also turns names (their id), attributes
	// (their last name) and the constants True, False and None into
	// strings: shell=True is 'True', Loader=yaml.SafeLoader is
	// 'SafeLoader'.
	litStr
	litInt
	litFloat
	litComplex
	litBytes
	litEllipsis
	litList
	litTuple
	litSet
	litDict
)

// lit is a value as Bandit's Context evaluates it.
type lit struct {
	kind litKind
	s    string   // str and bytes
	i    *big.Int // int
	f    float64  // float, imaginary part of a complex
	elts []lit    // list, tuple, set (dict keeps its length only)
	n    int      // dict length
}

// isStr reports whether l is the str s.
func (l lit) isStr(s string) bool { return l.kind == litStr && l.s == s }

// str returns l's string and whether l is a str.
func (l lit) str() (string, bool) { return l.s, l.kind == litStr }

// int returns l's value and whether l is an int.
func (l lit) int() (*big.Int, bool) { return l.i, l.kind == litInt }

// truthy is Python's bool(l).
func (l lit) truthy() bool {
	switch l.kind {
	case litStr, litBytes:
		return l.s != ""
	case litInt:
		return l.i.Sign() != 0
	case litFloat, litComplex:
		return l.f != 0
	case litEllipsis:
		return true
	case litList, litTuple, litSet:
		return len(l.elts) > 0
	case litDict:
		return l.n > 0
	}
	return false
}

// equalInt reports whether l == v in Python (an int or a float).
func (l lit) equalInt(v int64) bool {
	switch l.kind {
	case litInt:
		return l.i.IsInt64() && l.i.Int64() == v
	case litFloat:
		return l.f == float64(v)
	}
	return false
}

// pyStr is Python's str(l), for messages.
func (l lit) pyStr() string {
	switch l.kind {
	case litStr:
		return l.s
	case litNil:
		return "None"
	}
	return l.repr()
}

// repr is Python's repr(l), for messages (close to Python's; exact for
// the plain strings and numbers messages hold).
func (l lit) repr() string {
	switch l.kind {
	case litNil:
		return "None"
	case litStr:
		return pyQuote(l.s)
	case litBytes:
		return "b" + pyQuote(l.s)
	case litInt:
		return l.i.String()
	case litFloat:
		return strconv.FormatFloat(l.f, 'g', -1, 64)
	case litComplex:
		return strconv.FormatFloat(l.f, 'g', -1, 64) + "j"
	case litEllipsis:
		return "Ellipsis"
	case litDict:
		return "{...}"
	}
	open, close := "[", "]"
	switch l.kind {
	case litTuple:
		open, close = "(", ")"
	case litSet:
		open, close = "{", "}"
	}
	parts := make([]string, len(l.elts))
	for i, e := range l.elts {
		parts[i] = e.repr()
	}
	if l.kind == litTuple && len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return open + strings.Join(parts, ", ") + close
}

// pyQuote quotes s as Python's repr does for printable text.
func pyQuote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(q):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + strconv.FormatInt(int64(r)|0x100, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// literal evaluates e as Bandit's Context._get_literal_value does.
func literal(e ast.Expr) lit {
	switch e := e.(type) {
	case *ast.Constant:
		v := e.Value
		switch v.Kind {
		case ast.TrueValue:
			return lit{kind: litStr, s: "True"}
		case ast.FalseValue:
			return lit{kind: litStr, s: "False"}
		case ast.NoneValue:
			return lit{kind: litStr, s: "None"}
		case ast.EllipsisValue:
			return lit{kind: litEllipsis}
		case ast.IntValue:
			return lit{kind: litInt, i: v.BigInt()}
		case ast.FloatValue:
			return lit{kind: litFloat, f: v.Float}
		case ast.ComplexValue:
			return lit{kind: litComplex, f: v.Float}
		case ast.StrValue:
			return lit{kind: litStr, s: v.Str}
		case ast.BytesValue:
			return lit{kind: litBytes, s: v.Str}
		}
	case *ast.List:
		return lit{kind: litList, elts: literals(e.Elts)}
	case *ast.Tuple:
		return lit{kind: litTuple, elts: literals(e.Elts)}
	case *ast.Set:
		return lit{kind: litSet, elts: literals(e.Elts)}
	case *ast.Dict:
		return lit{kind: litDict, n: len(e.Keys)}
	case *ast.Name:
		return lit{kind: litStr, s: e.ID}
	}
	return lit{}
}

func literals(xs []ast.Expr) []lit {
	out := make([]lit, len(xs))
	for i, x := range xs {
		out[i] = literal(x)
	}
	return out
}

// argValue evaluates an argument as Bandit's call_args and call_keywords
// do: an attribute gives its last name, anything else its literal value.
func argValue(e ast.Expr) lit {
	if a, ok := e.(*ast.Attribute); ok {
		return lit{kind: litStr, s: a.Attr.Name}
	}
	return literal(e)
}

// isStrConst reports whether e is a str literal.
func isStrConst(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Value.Kind == ast.StrValue
}

// call is a call as Bandit's checks see it.
type call struct {
	p *ast.Call
	// text is Bandit's qualified name of the callee
	// (call_function_name_qual): its dotted text with the import alias
	// of its first name resolved, "" parts for anything but names
	// ("x().run" is ".run").
	text string
	// qual is text when the callee's first name may be a module (an
	// import, a builtin, an unbound name, or a value krait cannot tell),
	// and "" when the module binds that name to something that is not
	// (a parameter, a def, a class, a literal): the checks that match a
	// module's function by its name do not match a shadowed one.
	qual string
	// name is the last part of text (call_function_name).
	name string
}

// fileState is what Bandit's checks share while they look at one file.
type fileState struct {
	imports     []importRec
	importsDone bool
	// the last call resolved, and the last blocklist match
	callNode *ast.Call
	call     call
	blNode   ast.Node
	bl       *blEntry
	blName   string
}

var stateKey = analysis.NewStateKey(func() any { return &fileState{} })

func state(p *analysis.Pass) *fileState { return p.State(stateKey).(*fileState) }

// newCall returns the call as Bandit sees it; the rules that look at the
// same call share one resolution.
func newCall(p *analysis.Pass, c *ast.Call) *call {
	st := state(p)
	if st.callNode != c {
		st.callNode = c
		resolveCall(p, c, &st.call)
	}
	return &st.call
}

// resolveCall fills k for the call c. The *call of newCall is the file
// state's: valid until the next call is resolved.
func resolveCall(p *analysis.Pass, c *ast.Call, k *call) {
	text, local := banditQual(p, c.Func)
	*k = call{p: c, text: text, name: text}
	if !local {
		k.qual = text
	}
	if i := strings.LastIndexByte(text, '.'); i >= 0 {
		k.name = text[i+1:]
	}
}

// banditQual returns Bandit's dotted name of e and whether its first name
// is bound in the module to something that is not a module.
func banditQual(p *analysis.Pass, e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.Name:
		return nameQual(p.Model, p.Scope(), e, 0)
	case *ast.Attribute:
		// Build "base.a.b" in one allocation.
		n, base := 0, ast.Expr(e)
		for {
			a, ok := base.(*ast.Attribute)
			if !ok {
				break
			}
			n += 1 + len(a.Attr.Name)
			base = a.Value
		}
		var root string
		local := false
		if nm, ok := base.(*ast.Name); ok {
			root, local = nameQual(p.Model, p.Scope(), nm, 0)
		}
		buf := make([]byte, len(root)+n)
		copy(buf, root)
		i := len(buf)
		for x := ast.Expr(e); ; {
			a, ok := x.(*ast.Attribute)
			if !ok {
				break
			}
			i -= len(a.Attr.Name)
			copy(buf[i:], a.Attr.Name)
			i--
			buf[i] = '.'
			x = a.Value
		}
		return string(buf), local
	}
	return "", false
}

// nameQual resolves a name used in scope s. An import gives what it
// imports ("try: import yaml / except ImportError: yaml = None" is the
// import); "run = subprocess.run" gives what it aliases; a builtin, an
// unbound name, or a value krait cannot follow (crypt =
// import_module("crypt")) gives the name itself, as Bandit does. A
// parameter, def, class, exception name or literal value gives the name
// and local true.
func nameQual(m *semantic.Model, s *semantic.Scope, n *ast.Name, depth int) (string, bool) {
	b := m.Lookup(s, n.ID, n.Start)
	if b == nil {
		return n.ID, false
	}
	var imp *semantic.Binding
	if b.Kind == semantic.ImportBinding {
		imp = b
	} else {
		for _, o := range b.Scope.Bindings(n.ID) {
			if o.Kind == semantic.ImportBinding && (imp == nil || o.Pos <= n.Start) {
				imp = o
			}
		}
	}
	if imp != nil {
		if imp.Import == "" {
			return n.ID, false
		}
		return imp.Import, false
	}
	q, local := bindingQual(m, b, n.ID, depth)
	if !local {
		return q, false
	}
	// A name the scope also binds to something krait cannot follow
	// ("crypt = import_deprecated('crypt')" with "crypt = None" in the
	// except clause) may be a module.
	for _, o := range b.Scope.Bindings(n.ID) {
		if _, l := bindingQual(m, o, n.ID, depth); !l {
			return n.ID, false
		}
	}
	return q, true
}

// bindingQual resolves one binding that is not an import.
func bindingQual(m *semantic.Model, b *semantic.Binding, name string, depth int) (string, bool) {
	switch b.Kind {
	case semantic.ParamBinding, semantic.FunctionBinding, semantic.ClassBinding, semantic.ExceptBinding, semantic.TypeParamBinding:
		return name, true
	case semantic.AssignBinding:
		switch v := b.Value.(type) {
		case *ast.Name, *ast.Attribute:
			if depth < 8 {
				if q, local := aliasQual(m, b.Scope, v, depth+1); q != "" {
					return q, local
				}
			}
		case *ast.Constant, *ast.JoinedStr, *ast.List, *ast.Tuple, *ast.Dict, *ast.Set, *ast.Lambda,
			*ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			return name, true
		}
	}
	return name, false
}

// aliasQual resolves the value of "alias = value" (a name or attribute
// chain) to a dotted name when its first name is an import, or reports it
// local when that name is something else; "" when unknown.
func aliasQual(m *semantic.Model, s *semantic.Scope, e ast.Expr, depth int) (string, bool) {
	switch e := e.(type) {
	case *ast.Name:
		b := m.Lookup(s, e.ID, e.Start)
		if b == nil {
			if semantic.IsBuiltin(e.ID) {
				return e.ID, false
			}
			return "", false
		}
		q, local := nameQual(m, s, e, depth)
		if local {
			return q, true
		}
		if b.Kind == semantic.ImportBinding || b.Kind == semantic.AssignBinding && q != e.ID {
			return q, false
		}
		return "", false
	case *ast.Attribute:
		base, local := aliasQual(m, s, e.Value, depth)
		if base == "" {
			return "", false
		}
		return base + "." + e.Attr.Name, local
	}
	return "", false
}

// keyword returns the keyword argument named name, or nil. A name given
// twice (a syntax error in Python) gives the last, as Bandit's dict does.
func (c *call) keyword(name string) *ast.Keyword {
	var found *ast.Keyword
	for _, k := range c.p.Keywords {
		if k.Arg.Name == name {
			found = k
		}
	}
	return found
}

// hasKeyword reports whether the call passes name= (Bandit's
// "name in context.call_keywords").
func (c *call) hasKeyword(name string) bool { return c.keyword(name) != nil }

// kwValue is Bandit's get_call_arg_value: the evaluated value of keyword
// name, nil when absent or not evaluated.
func (c *call) kwValue(name string) lit {
	if k := c.keyword(name); k != nil {
		return argValue(k.Value)
	}
	return lit{}
}

// kwIsStr reports Bandit's check_call_arg_value(name, s) == True.
func (c *call) kwIsStr(name string, s ...string) bool {
	v := c.kwValue(name)
	for _, x := range s {
		if v.isStr(x) {
			return true
		}
	}
	return false
}

// argAt is Bandit's get_call_arg_at_position.
func (c *call) argAt(i int) lit {
	if i < len(c.p.Args) {
		return argValue(c.p.Args[i])
	}
	return lit{}
}

// keywordSpan returns the span of keyword name, or the call's span; the
// finding's line is then the keyword value's line, as Bandit's
// get_lineno_for_call_arg gives it.
func (c *call) keywordSpan(name string) token.Span {
	if k := c.keyword(name); k != nil {
		return k.Span()
	}
	return c.p.Span()
}

// report reports a finding on the call (Bandit's line is the call's).
func (c *call) report(p *analysis.Pass, msg string, sev, conf analysis.Level) {
	p.Report(analysis.Finding{Span: c.p.Span(), Message: msg, Severity: sev, Confidence: conf})
}

// reportAt reports a finding on keyword kw when the call has it (Bandit
// reports the line of its value), else on the call.
func (c *call) reportAt(p *analysis.Pass, kw string, msg string, sev, conf analysis.Level) {
	f := analysis.Finding{Span: c.p.Span(), Extent: c.p.Span(), Message: msg, Severity: sev, Confidence: conf}
	if k := c.keyword(kw); k != nil {
		f.Span = k.Span()
		if l := p.Line(k.Value.Span().Start); l != p.Line(k.Start) {
			f.Line = l
		}
	}
	p.Report(f)
}

// imports are the module names Bandit records at each import statement
// (Bandit's context "imports"): "a.b" for "import a.b", "m.x" for "from m
// import x" (relative dots dropped), "x" for "from . import x".
type importRec struct {
	pos  int32
	name string
}

func importsOf(p *analysis.Pass) []importRec {
	st := state(p)
	if !st.importsDone {
		st.importsDone = true
		var recs []importRec
		ast.Inspect(p.File.Module, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Import:
				for _, a := range n.Names {
					recs = append(recs, importRec{n.Start, a.Name.Name})
				}
			case *ast.ImportFrom:
				for _, a := range n.Names {
					name := a.Name.Name
					if n.Module.Name != "" {
						name = n.Module.Name + "." + name
					}
					recs = append(recs, importRec{n.Start, name})
				}
			case ast.Expr:
				return false // imports are statements
			}
			return true
		})
		st.imports = recs
	}
	return st.imports
}

// importedSoFar reports whether an import before the inspected node
// records a module name for which match is true. Bandit keeps one set
// for the file, filled as its traversal meets import statements.
func importedSoFar(p *analysis.Pass, match func(string) bool) bool {
	pos := p.Node().Span().Start
	for _, r := range importsOf(p) {
		if r.pos >= pos {
			continue
		}
		if match(r.name) {
			return true
		}
	}
	return false
}

// importedExact is Bandit's is_module_imported_exact.
func importedExact(p *analysis.Pass, mod string) bool {
	return importedSoFar(p, func(s string) bool { return s == mod })
}

// importedLike is Bandit's is_module_imported_like: mod is a substring of
// an imported name ("flask" matches "flask_login").
func importedLike(p *analysis.Pass, mod string) bool {
	return importedSoFar(p, func(s string) bool { return strings.Contains(s, mod) })
}

// strNode returns the str constant being inspected when Bandit's "Str"
// checks see it: not a statement of its own (docstrings are skipped).
func strNode(p *analysis.Pass, n ast.Node) (*ast.Constant, bool) {
	c, ok := n.(*ast.Constant)
	if !ok || c.Value.Kind != ast.StrValue {
		return nil, false
	}
	if _, isExpr := p.Parent().(*ast.ExprStmt); isExpr {
		return nil, false
	}
	return c, true
}

// reportStr reports a finding on a string constant: Bandit's # nosec
// lookup covers the lines of the string's parent.
func reportStr(p *analysis.Pass, c *ast.Constant, msg string) {
	p.Report(analysis.Finding{Span: c.Span(), Extent: p.Parent().Span(), Message: msg})
}

// ancestor returns the i-th ancestor of the inspected node (1 is the
// parent), or nil.
func ancestor(p *analysis.Pass, i int) ast.Node {
	ps := p.Parents()
	if i > len(ps) {
		return nil
	}
	return ps[len(ps)-i]
}

// strValue returns the value of a str constant.
func strValue(e ast.Expr) string { return e.(*ast.Constant).Value.Str }

// callees returns a Rule.Callees for a fixed list of names.
func callees(names ...string) func(any) []string {
	return func(any) []string { return names }
}

// lastNames returns the last dotted part of each qualified name.
func lastNames(qs []string) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		if i := strings.LastIndexByte(q, '.'); i >= 0 {
			q = q[i+1:]
		}
		out = append(out, q)
	}
	return out
}

// calleeName is the call's name as Bandit has it (call_function_name),
// resolving only when the callee is a plain name.
func calleeName(p *analysis.Pass, c *ast.Call) string {
	switch f := c.Func.(type) {
	case *ast.Attribute:
		return f.Attr.Name
	case *ast.Name:
		return newCall(p, c).name
	}
	return ""
}

// hasAnyKeyword reports whether the call passes one of the keywords.
func hasAnyKeyword(c *ast.Call, names ...string) bool {
	for _, k := range c.Keywords {
		for _, n := range names {
			if k.Arg.Name == n {
				return true
			}
		}
	}
	return false
}
