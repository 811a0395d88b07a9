package taint

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// requestAttrs are the attributes of a framework request object that
// hold client input (Django, DRF, aiohttp, Starlette/FastAPI), and
// requestCalls its methods that return client input.
var requestAttrs = map[string]bool{
	"GET": true, "POST": true, "COOKIES": true, "META": true, "FILES": true, "body": true, "headers": true,
	"path": true, "path_info": true, "data": true, "query_params": true, "query": true, "match_info": true,
	"cookies": true, "rel_url": true, "url": true, "raw_path": true, "path_qs": true, "content": true,
	"query_string": true, "form": true, "args": true, "values": true, "files": true, "path_params": true,
	"stream": true, "REQUEST": true, "raw_post_data": true, "json": true, "scope": false,
}

// parseMethods are the methods of a command-line parser that return what
// the user typed.
var parseMethods = map[string]bool{"parse_args": true, "parse_known_args": true, "parse_intermixed_args": true}

var requestCalls = map[string]bool{
	"get_full_path": true, "get_full_path_info": true, "build_absolute_uri": true, "read": true, "readline": true,
	"readlines": true, "post": true, "json": true, "text": true, "multipart": true, "body": true, "form": true,
	"get_json": true, "get_data": true, "stream": true, "get_host": true,
}

// requestTypes are the qualified names of request classes.
var requestTypes = map[string]bool{
	"django.http.HttpRequest": true, "django.http.request.HttpRequest": true, "rest_framework.request.Request": true,
	"aiohttp.web.Request": true, "aiohttp.web_request.Request": true, "aiohttp.web.BaseRequest": true,
	"starlette.requests.Request": true, "fastapi.Request": true, "fastapi.requests.Request": true,
	"starlette.websockets.WebSocket": true, "fastapi.WebSocket": true,
}

// notInputTypes are parameter annotations of route handlers that are not
// client input (injected by the framework).
var notInputTypes = map[string]bool{
	"fastapi.Response": true, "starlette.responses.Response": true, "fastapi.BackgroundTasks": true,
	"starlette.background.BackgroundTasks": true, "sqlalchemy.orm.Session": true, "sqlalchemy.orm.session.Session": true,
	"sqlalchemy.ext.asyncio.AsyncSession": true, "fastapi.security.OAuth2PasswordRequestForm": false,
}

// webFrameworks are the top-level packages whose import makes a module
// web code: route decorators and request parameters mean what they say.
var webFrameworks = []string{"flask", "quart", "fastapi", "starlette", "django", "rest_framework", "aiohttp", "sanic", "bottle", "falcon", "tornado"}

// htmlViewFrameworks return an HTML page when a view returns a string.
var htmlViewFrameworks = []string{"flask", "quart", "bottle"}

// mutators are methods that put their arguments into their receiver.
var mutators = map[string]bool{"append": true, "extend": true, "insert": true, "update": true, "add": true,
	"setdefault": true, "appendleft": true, "extendleft": true, "push": true, "put": true, "write": false}

// Build returns the taint IR of a parsed module. name is its dotted module
// name (the semantic model's).
func Build(path string, f *ast.File, m *semantic.Model, models *Models) *Module {
	if f.Module == nil {
		return nil
	}
	mod := &Module{Path: path, Name: m.ModuleName, Globals: map[string]bool{}, Consts: map[string]string{}, strIx: map[string]int32{}}
	b := &builder{mod: mod, file: f, model: m, models: models, imports: map[string]bool{},
		globalParsers: map[string]bool{}, constrained: map[string]bool{}}
	ast.Inspect(f.Module, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Import:
			for _, a := range n.Names {
				b.imports[rootName(a.Name.Name)] = true
			}
		case *ast.ImportFrom:
			if n.Module.Name != "" && n.Level == 0 {
				b.imports[rootName(n.Module.Name)] = true
			}
		case *ast.Call:
			if a, ok := n.Func.(*ast.Attribute); ok && a.Attr.Name == "add_argument" {
				b.argument(n)
			}
			b.route(n)
			// xml.sax's external entities are off unless a parser turns
			// feature_external_ges on.
			if a, ok := n.Func.(*ast.Attribute); ok && a.Attr.Name == "setFeature" && len(n.Args) == 2 {
				if strings.HasSuffix(semantic.DottedName(n.Args[0]), "feature_external_ges") {
					if c, ok := n.Args[1].(*ast.Constant); ok && c.Value.Kind == ast.TrueValue {
						b.saxEntities = true
					}
				}
			}
		}
		return true
	})
	for _, fw := range webFrameworks {
		if b.imports[fw] {
			b.web = true
		}
	}
	for _, fw := range htmlViewFrameworks {
		if b.imports[fw] {
			b.htmlViews = true
		}
	}
	for _, s := range f.Module.Body {
		if a, ok := s.(*ast.Assign); ok && len(a.Targets) == 1 {
			if n, ok := a.Targets[0].(*ast.Name); ok && len(m.Module.Bindings(n.ID)) == 1 {
				if v, ok := m.ConstString(m.Module, a.Value); ok {
					mod.Consts[mod.Name+"."+n.ID] = strings.Clone(v)
				}
			}
		}
	}
	body := &Func{Name: mod.Name + ".<module>", Mod: mod}
	mod.Funcs = append(mod.Funcs, body)
	fb := b.newFunc(body, m.Module, nil)
	body.body = fb.block(f.Module.Body)
	body.nodeHi = int32(len(mod.nodes))
	fb.buildDeferred()
	mod.strIx = nil
	return mod
}

// argument records an argparse add_argument whose value the parser
// checks: one of choices=, or a number (type=int, float).
func (b *builder) argument(c *ast.Call) {
	dest := ""
	for _, a := range c.Args {
		if k, ok := a.(*ast.Constant); ok && k.Value.Kind == ast.StrValue {
			s := k.Value.Str
			if strings.HasPrefix(s, "--") || dest == "" {
				dest = strings.ReplaceAll(strings.TrimLeft(s, "-"), "-", "_")
			}
		}
	}
	checked := false
	for _, k := range c.Keywords {
		switch k.Arg.Name {
		case "dest":
			if v, ok := k.Value.(*ast.Constant); ok && v.Value.Kind == ast.StrValue {
				dest = v.Value.Str
			}
		case "choices":
			checked = true
		case "type":
			switch semantic.DottedName(k.Value) {
			case "int", "float", "bool":
				checked = true
			}
		case "action":
			if v, ok := k.Value.(*ast.Constant); ok && v.Value.Kind == ast.StrValue && strings.HasPrefix(v.Value.Str, "store_") && v.Value.Str != "store_const" {
				checked = true // store_true, store_false
			}
		}
	}
	if dest != "" && checked {
		b.constrained[dest] = true
	}
}

func rootName(s string) string {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return s[:i]
	}
	return s
}

// bstmt is a statement while it is built; packStmts stores it in the
// module's pools.
type bstmt struct {
	kind stmtKind
	dst  int32
	val  int32
	// body, els and fin are packed blocks; guards packed guards.
	body, els, fin span
	guards         span
	class          Class
	name           string
	cls            *PyClass
	pos            int32
	end            int32
	label          string
}

// bcall is a call while it is built.
type bcall struct {
	callee     string
	method     string
	recv       int32
	self       bool
	args       []int32
	kws        []bkwarg
	star       bool
	pos        int32
	end        int32
	sinks      []sinkUse
	sanitize   Mask
	normalize  bool
	source     SourceKind
	noProp     bool
	terminates bool
	prop       int32
	label      string
}

type bkwarg struct {
	name string
	node int32
}

// packCall stores a call and returns its index.
func (m *Module) packCall(b *bcall) int32 {
	c := call{callee: m.intern(b.callee), method: m.intern(b.method), label: m.intern(b.label), recv: b.recv,
		pos: b.pos, end: b.end, sanitize: b.sanitize, source: b.source, prop: b.prop, self: int32(len(m.calls))}
	c.args = span{int32(len(m.args)), int32(len(b.args))}
	m.args = append(m.args, b.args...)
	c.kws = span{int32(len(m.kws)), int32(len(b.kws))}
	for _, k := range b.kws {
		m.kws = append(m.kws, kwarg{name: m.intern(k.name), node: k.node})
	}
	c.uses = span{int32(len(m.uses)), int32(len(b.sinks))}
	m.uses = append(m.uses, b.sinks...)
	if b.self {
		c.flags |= callSelf
	}
	if b.star {
		c.flags |= callStar
	}
	if b.normalize {
		c.flags |= callNormalize
	}
	if b.noProp {
		c.flags |= callNoProp
	}
	if b.terminates {
		c.flags |= callTerminates
	}
	m.calls = append(m.calls, c)
	return int32(len(m.calls) - 1)
}

// packStmts stores a block (its nested blocks first) and returns its
// range.
func (m *Module) packStmts(list []bstmt) span {
	lo := int32(len(m.stmts))
	for i := range list {
		b := &list[i]
		s := stmt{kind: b.kind, class: b.class, dst: b.dst, val: b.val, pos: b.pos, end: b.end, str: -1, typ: -1, cls: -1,
			body: b.body, els: b.els, fin: b.fin, guards: b.guards}
		switch b.kind {
		case sFieldStore:
			s.str = m.intern(b.name)
			if b.cls != nil {
				for ci, c := range m.Classes {
					if c == b.cls {
						s.cls = int32(ci)
					}
				}
			} else {
				s.typ = m.intern(b.label)
			}
		case sGlobalStore:
			s.str = m.intern(b.name)
		default:
			s.str = m.intern(b.label)
		}
		m.stmts = append(m.stmts, s)
	}
	return span{lo, int32(len(list))}
}

type builder struct {
	mod           *Module
	file          *ast.File
	model         *semantic.Model
	models        *Models
	imports       map[string]bool
	web           bool // imports a web framework
	htmlViews     bool // a framework whose views return HTML strings
	saxEntities   bool
	free          []*fb // function builders for reuse
	globalTypes   map[string]string
	globalParsers map[string]bool
	// constrained are argparse destinations whose values are checked by
	// the parser (choices=, type=int).
	constrained map[string]bool
}

// fb builds one function.
type fb struct {
	b       *builder
	f       *Func
	scope   *semantic.Scope
	cls     *PyClass
	module  bool // the module body
	locals  map[string]int32
	types   map[string]string // variable → qualified name of what made it
	heads   map[string]int32  // variable → node of the first item of the list it was assigned
	parsers map[string]bool   // variables holding an entity-resolving XML parser
	pending []bstmt
	// buf holds the statements of the blocks being built, innermost
	// last; a block is packed into the module's pool when it ends.
	buf  []bstmt
	self string // the name of self in a method
	// deferred are the defs and classes nested in the body, built after
	// it so that each function's nodes are contiguous.
	deferred []ast.Stmt
	// parsed are variables holding argparse results.
	parsed map[string]bool
	// clsParam is the name of cls in a classmethod.
	clsParam string
}

// buildDeferred builds the defs and classes found in the body.
func (x *fb) buildDeferred() {
	for _, s := range x.deferred {
		switch s := s.(type) {
		case *ast.FunctionDef:
			x.function(s)
		case *ast.ClassDef:
			x.class(s)
		}
	}
	x.deferred = nil
}

func (b *builder) newFunc(f *Func, scope *semantic.Scope, cls *PyClass) *fb {
	module := f.Class == nil && len(b.mod.Funcs) == 1 && f == b.mod.Funcs[0]
	if n := len(b.free); n > 0 {
		// A function builder done with, its maps and buffers kept.
		x := b.free[n-1]
		b.free = b.free[:n-1]
		x.f, x.scope, x.cls, x.module = f, scope, cls, module
		return x
	}
	return &fb{b: b, f: f, scope: scope, cls: cls, module: module,
		locals: map[string]int32{}, types: map[string]string{}, heads: map[string]int32{}, parsers: map[string]bool{},
		parsed: map[string]bool{}}
}

// release returns a function builder for reuse.
func (b *builder) release(x *fb) {
	clear(x.locals)
	clear(x.types)
	clear(x.heads)
	clear(x.parsers)
	clear(x.parsed)
	x.pending, x.buf, x.deferred = x.pending[:0], x.buf[:0], x.deferred[:0]
	x.self, x.clsParam = "", ""
	x.f, x.scope, x.cls = nil, nil, nil
	b.free = append(b.free, x)
}

func (x *fb) constNode() int32 { return -1 }

func (x *fb) node(n node) int32 {
	m := x.b.mod
	m.nodes = append(m.nodes, n)
	return int32(len(m.nodes) - 1)
}

func (x *fb) varNode(p, pos int32) int32 {
	return x.node(node{kind: nVar, a: p, pos: pos, str: -1, str2: -1, cls: -1})
}

func (x *fb) srcNode(k SourceKind, pos int32, label string) int32 {
	return x.node(node{kind: nSource, src: k, pos: pos, str: x.b.mod.intern(label), str2: -1, cls: -1})
}

func (x *fb) globalNode(name string, pos int32) int32 {
	return x.node(node{kind: nGlobal, pos: pos, str: x.b.mod.intern(name), str2: -1, cls: -1})
}

// fieldNode reads a field: of self's class when typ is "", else of an
// object of class typ.
func (x *fb) fieldNode(name, typ string, pos int32) int32 {
	n := node{kind: nField, pos: pos, str: x.b.mod.intern(name), str2: -1, cls: -1}
	if typ == "" {
		n.cls = x.clsIndex()
	} else {
		n.str2 = x.b.mod.intern(typ)
	}
	return x.node(n)
}

// clsIndex returns the index of the current class in Mod.Classes.
func (x *fb) clsIndex() int32 {
	for i, c := range x.b.mod.Classes {
		if c == x.cls {
			return int32(i)
		}
	}
	return -1
}

func (x *fb) join(kids []int32, pos int32, clear Mask) int32 {
	var ks []int32
	for _, k := range kids {
		if k >= 0 {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return -1
	}
	if len(ks) == 1 && clear == 0 {
		return ks[0]
	}
	m := x.b.mod
	start := int32(len(m.kids))
	m.kids = append(m.kids, ks...)
	return x.node(node{kind: nJoin, a: start, n: int32(len(ks)), pos: pos, clear: clear, str: -1, str2: -1, cls: -1})
}

// local returns the path of a local variable, creating it.
func (x *fb) local(name string) int32 {
	if p, ok := x.locals[name]; ok {
		return p
	}
	p := x.f.newPath(-1, "", name)
	x.locals[name] = p
	return p
}

// child returns the path of an attribute or key of a path, at most three
// levels deep (deeper accesses are the deepest path's).
func (x *fb) child(p int32, key string) int32 {
	depth := 0
	for q := p; x.f.paths[q].parent >= 0; q = x.f.paths[q].parent {
		depth++
	}
	if depth >= 3 {
		return p
	}
	for i := range x.f.paths {
		if x.f.paths[i].parent == p && x.f.paths[i].key == key {
			return int32(i)
		}
	}
	return x.f.newPath(p, key, "")
}

// isLocal reports whether name is bound in this function's own scope.
func (x *fb) isLocal(n *ast.Name) bool {
	b := x.b.model.Lookup(x.scope, n.ID, n.Start)
	if b == nil {
		return false
	}
	if b.Kind == semantic.ImportBinding && b.Scope.Kind == semantic.ModuleScope {
		// A module-level import (os in os.system, or a name from a
		// module) is not a variable of the module body: calls through it
		// resolve to their qualified names, as they do in functions.
		return false
	}
	return x.own(b.Scope)
}

// own reports whether a scope is the function's (or one of the
// comprehensions inside it, whose variables it keeps with its own).
func (x *fb) own(s *semantic.Scope) bool {
	for cur := x.scope; cur != nil; cur = cur.Parent {
		if cur == s {
			return true
		}
		if cur.Kind != semantic.ComprehensionScope {
			return false
		}
	}
	return false
}

// pathOf returns the path an expression denotes (a local, an attribute or
// constant key of one), or -1. Request input (request.GET) is not a path:
// it is a source wherever it is read.
func (x *fb) pathOf(e ast.Expr) int32 {
	switch e := e.(type) {
	case *ast.Name:
		if x.isLocal(e) {
			return x.local(e.ID)
		}
	case *ast.Attribute:
		if requestAttrs[e.Attr.Name] && x.isRequest(e.Value) || x.isURLKwargs(e) {
			return -1
		}
		if p := x.pathOf(e.Value); p >= 0 {
			return x.child(p, e.Attr.Name)
		}
	case *ast.Subscript:
		if p := x.pathOf(e.Value); p >= 0 {
			if k, ok := constKey(e.Slice); ok {
				return x.child(p, k)
			}
		}
	}
	return -1
}

func constKey(e ast.Expr) (string, bool) {
	c, ok := e.(*ast.Constant)
	if !ok {
		return "", false
	}
	switch c.Value.Kind {
	case ast.StrValue:
		return "[" + pyQuoteKey(c.Value.Str) + "]", true
	case ast.IntValue:
		return "[" + c.Value.IntString() + "]", true
	}
	return "", false
}

func pyQuoteKey(s string) string { return "'" + strings.ReplaceAll(s, "'", "\\'") + "'" }

func (x *fb) text(n ast.Node) string {
	sp := n.Span()
	t := x.b.file.Src[sp.Start:sp.End]
	if len(t) > 60 {
		t = t[:57] + "..."
	}
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		t = t[:i] + "..."
	}
	return t
}

// qual returns the qualified name of a name or attribute chain.
func (x *fb) qual(e ast.Expr) string { return x.b.model.QualifiedName(x.scope, e) }

// sourceOf returns the source kind of a qualified name read as a value:
// the name or one of its prefixes is an attribute source.
func (x *fb) sourceOf(q string) SourceKind {
	for _, pm := range x.b.models.patterns {
		if pm.what == patAttrSource && matchPattern(pm.pattern, q) {
			return pm.src
		}
	}
	for q != "" {
		if k, ok := x.b.models.attrSources[q]; ok {
			return k
		}
		i := strings.LastIndexByte(q, '.')
		if i < 0 {
			break
		}
		q = q[:i]
	}
	return NoSource
}

// isRequest reports whether an expression is a framework request object:
// a request parameter, or self.request in a class-based view.
func (x *fb) isRequest(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Name:
		return x.requestParam(e)
	case *ast.Attribute:
		if n, ok := e.Value.(*ast.Name); ok && e.Attr.Name == "request" && x.b.web && x.self != "" && n.ID == x.self {
			return true
		}
	}
	return false
}

// isURLKwargs reports whether e is self.kwargs or self.args of a Django
// class-based view: the URL's parameters.
func (x *fb) isURLKwargs(e *ast.Attribute) bool {
	n, ok := e.Value.(*ast.Name)
	return ok && (e.Attr.Name == "kwargs" || e.Attr.Name == "args") && x.cls != nil && x.cls.URLView && x.self != "" && n.ID == x.self && x.isLocal(n)
}

// requestParam reports whether name is a request-object parameter.
func (x *fb) requestParam(n *ast.Name) bool {
	if !x.isLocal(n) {
		return false
	}
	for _, p := range x.f.Params {
		if p.Name == n.ID && p.Request {
			return true
		}
	}
	return false
}

// expr returns the node of an expression (-1 when it carries no taint).
func (x *fb) expr(e ast.Expr) int32 {
	if e == nil {
		return -1
	}
	switch e := e.(type) {
	case *ast.Constant, *ast.Lambda:
		return -1
	case *ast.Name:
		return x.name(e)
	case *ast.Attribute:
		return x.attribute(e)
	case *ast.Subscript:
		if x.constCollection(e.Value) {
			x.expr(e.Slice)
			return -1 // an item of a constant map
		}
		if p := x.pathOf(e); p >= 0 {
			return x.varNode(p, e.Start)
		}
		base := x.expr(e.Value)
		x.expr(e.Slice) // for calls inside
		return base
	case *ast.Call:
		return x.call(e)
	case *ast.BinOp:
		l, r := x.expr(e.Left), x.expr(e.Right)
		var clear Mask
		if e.Op == ast.Add {
			return x.joinURL(e, []int32{l, r}, e.Start)
		}
		if e.Op == ast.Mod {
			clear = x.urlClear(e)
		}
		return x.join([]int32{l, r}, e.Start, clear)
	case *ast.BoolOp:
		var ks []int32
		for _, v := range e.Values {
			ks = append(ks, x.expr(v))
		}
		return x.join(ks, e.Start, 0)
	case *ast.UnaryOp:
		v := x.expr(e.Operand)
		if e.Op == ast.Not {
			return -1
		}
		return v
	case *ast.Compare:
		x.expr(e.Left)
		for _, c := range e.Comparators {
			x.expr(c)
		}
		return -1 // a bool
	case *ast.IfExp:
		x.expr(e.Test)
		return x.join([]int32{x.expr(e.Body), x.expr(e.Orelse)}, e.Start, 0)
	case *ast.JoinedStr:
		var ks []int32
		for _, v := range e.Values {
			if fv, ok := v.(*ast.FormattedValue); ok {
				ks = append(ks, x.expr(fv.Value))
				if fv.FormatSpec != nil {
					ks = append(ks, x.expr(fv.FormatSpec))
				}
			}
		}
		return x.joinURL(e, ks, e.Start)
	case *ast.TemplateStr:
		var ks []int32
		for _, v := range e.Values {
			if iv, ok := v.(*ast.Interpolation); ok {
				ks = append(ks, x.expr(iv.Value))
			}
		}
		return x.join(ks, e.Start, 0)
	case *ast.List:
		return x.elts(e.Elts, e.Start)
	case *ast.Tuple:
		return x.elts(e.Elts, e.Start)
	case *ast.Set:
		return x.elts(e.Elts, e.Start)
	case *ast.Dict:
		var ks []int32
		for i := range e.Values {
			if e.Keys[i] != nil {
				ks = append(ks, x.expr(e.Keys[i]))
			}
			ks = append(ks, x.expr(e.Values[i]))
		}
		return x.join(ks, e.Start, 0)
	case *ast.Starred:
		return x.expr(e.Value)
	case *ast.Await:
		return x.expr(e.Value)
	case *ast.Yield:
		v := x.expr(e.Value)
		if v >= 0 {
			x.pending = append(x.pending, bstmt{kind: sReturn, val: v, pos: e.Start, end: e.End, dst: -1, label: "yield"})
		}
		return -1
	case *ast.YieldFrom:
		v := x.expr(e.Value)
		if v >= 0 {
			x.pending = append(x.pending, bstmt{kind: sReturn, val: v, pos: e.Start, end: e.End, dst: -1, label: "yield"})
		}
		return -1
	case *ast.NamedExpr:
		v := x.expr(e.Value)
		p := x.local(e.Target.ID)
		x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: v, pos: e.Start, end: e.End, label: e.Target.ID})
		return x.varNode(p, e.Target.Start)
	case *ast.ListComp:
		return x.comprehension(e, e.Generators, e.Start, e.Elt)
	case *ast.SetComp:
		return x.comprehension(e, e.Generators, e.Start, e.Elt)
	case *ast.GeneratorExp:
		return x.comprehension(e, e.Generators, e.Start, e.Elt)
	case *ast.DictComp:
		return x.comprehension(e, e.Generators, e.Start, e.Key, e.Value)
	case *ast.Slice:
		x.expr(e.Lower)
		x.expr(e.Upper)
		x.expr(e.Step)
		return -1
	case *ast.FormattedValue:
		return x.expr(e.Value)
	}
	return -1
}

func (x *fb) elts(xs []ast.Expr, pos int32) int32 {
	ks := make([]int32, 0, len(xs))
	for _, v := range xs {
		ks = append(ks, x.expr(v))
	}
	return x.join(ks, pos, 0)
}

// comprehension binds the targets of a comprehension's loops (hoisted
// before the statement) and returns the node of its elements.
func (x *fb) comprehension(e ast.Expr, gens []*ast.Comprehension, pos int32, elts ...ast.Expr) int32 {
	outer := x.scope
	for i, g := range gens {
		it := x.expr(g.Iter)
		if i == 0 {
			// The first iterable is evaluated outside; the rest inside.
			if cs := x.b.model.ScopeOf(e); cs != nil {
				x.scope = cs
			}
		}
		x.assignTarget(g.Target, it, g.Target.Span().Start, g.Target.Span().End, nil)
	}
	defer func() { x.scope = outer }()
	var ks []int32
	for _, e := range elts {
		ks = append(ks, x.expr(e))
	}
	for _, g := range gens {
		for _, c := range g.Ifs {
			x.expr(c)
		}
	}
	return x.join(ks, pos, 0)
}

// fixesHost reports whether a string that starts a URL fixes where it
// goes: a scheme and host ("https://api.example.com/"), or a path
// ("/v1/items/") of the current host; what follows cannot send the
// request or the redirect elsewhere.
var hostRe = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.-]*://[^/?#@{}%]+[/?#]|/[^/\\])`)

func fixesHost(s string) bool { return hostRe.MatchString(s) }

// urlClear returns the classes a string-building expression is safe for
// because its constant start fixes the URL's destination.
func (x *fb) urlClear(e ast.Expr) Mask {
	clear, _, _ := x.urlFix(e)
	return clear
}

// urlFix returns the classes a string-building expression is safe for
// because its start fixes the URL's destination, or, when that start is
// another module's name, the name and the constant text after it, to be
// decided when the project's constants are known.
func (x *fb) urlFix(e ast.Expr) (clear Mask, imp, rest string) {
	if p, _ := x.constPrefix(e, 0); fixesHost(p) {
		return SSRF.Bit() | Redirect.Bit(), "", ""
	}
	first, rest, ok := x.leading(e)
	if !ok {
		return 0, "", ""
	}
	if x.mapPrefix(first, rest) {
		return SSRF.Bit() | Redirect.Bit(), "", ""
	}
	return 0, x.importedName(first), rest
}

// mapPrefix reports whether the first operand of a string-building
// expression (see leading; next is the text after it) is an item of a
// constant map whose values all fix the host (base = MIRRORS.get(region,
// MIRRORS["eu"]); base + "/pub/" + name), or the application's
// configuration: whichever item is chosen, the destination is known.
func (x *fb) mapPrefix(first ast.Expr, next string) bool {
	if n, ok := first.(*ast.Name); ok {
		// A local bound once, before, to a map item.
		bs := x.scope.Bindings(n.ID)
		if len(bs) != 1 || bs[0].Value == nil || bs[0].Pos > n.Start {
			return false
		}
		first = bs[0].Value
	}
	switch v := first.(type) {
	case *ast.Attribute:
		return x.appConfig(v.Value) // settings.API_URL
	case *ast.Subscript:
		return x.appConfig(v.Value) || x.hostMap(v.Value, next)
	case *ast.Call:
		a, ok := v.Func.(*ast.Attribute)
		if !ok || a.Attr.Name != "get" {
			return false
		}
		if x.appConfig(a.Value) {
			return true
		}
		if !x.hostMap(a.Value, next) || len(v.Args) < 2 {
			return false // .get(k) may be None
		}
		d := v.Args[1]
		if s, ok := x.constPrefix(d, 0); ok && fixesHost(s+next) {
			return true
		}
		if sub, ok := d.(*ast.Subscript); ok {
			return x.hostMap(sub.Value, next)
		}
	}
	return false
}

// appConfig reports whether e is the application's configuration
// (Flask's app.config or current_app.config, Django's settings): a URL
// taken from it is the operator's, not the user's.
func (x *fb) appConfig(e ast.Expr) bool {
	ok := false
	switch e := e.(type) {
	case *ast.Attribute:
		if e.Attr.Name != "config" {
			return false
		}
		q := x.qual(e)
		ok = strings.HasPrefix(q, "flask.") || strings.HasPrefix(q, "quart.")
		if n, isName := e.Value.(*ast.Name); isName && !ok && !x.isLocal(n) {
			ok = n.ID == "app" || strings.HasSuffix(x.b.globalTypes[n.ID], "Flask")
		}
	case *ast.Name:
		ok = x.qual(e) == "django.conf.settings"
	}
	return ok
}

// hostMap reports whether e names a constant dict (a display, or a name
// bound once to one) whose values are all strings that, followed by
// next, fix a host.
func (x *fb) hostMap(e ast.Expr, next string) bool {
	d, ok := e.(*ast.Dict)
	if n, isName := e.(*ast.Name); isName {
		b := x.b.model.Lookup(x.scope, n.ID, n.Start)
		if b == nil || len(b.Scope.Bindings(n.ID)) != 1 {
			return false
		}
		d, ok = b.Value.(*ast.Dict)
	}
	if !ok || len(d.Values) == 0 {
		return false
	}
	for _, v := range d.Values {
		c, ok := v.(*ast.Constant)
		if !ok || c.Value.Kind != ast.StrValue || !fixesHost(c.Value.Str+next) {
			return false
		}
	}
	return true
}

// leading returns the first operand of a string built by concatenation
// or an f-string (API in API + "/v1/" + x, or in f"{API}/v1/{x}") and the
// constant text right after it; ok is false for other expressions.
func (x *fb) leading(e ast.Expr) (first ast.Expr, rest string, ok bool) {
	switch e := e.(type) {
	case *ast.JoinedStr:
		if len(e.Values) == 0 {
			return nil, "", false
		}
		fv, ok := e.Values[0].(*ast.FormattedValue)
		if !ok || fv.FormatSpec != nil || fv.Conversion != ast.NoConversion {
			return nil, "", false
		}
		var b strings.Builder
		for _, v := range e.Values[1:] {
			c, ok := v.(*ast.Constant)
			if !ok {
				break
			}
			b.WriteString(c.Value.Str)
		}
		return fv.Value, b.String(), true
	case *ast.BinOp:
		if e.Op != ast.Add {
			return nil, "", false
		}
		// ((API + "/x") + y): the leftmost operand and the constants after it.
		var tail []ast.Expr
		for {
			l, ok := e.Left.(*ast.BinOp)
			if !ok || l.Op != ast.Add {
				break
			}
			tail = append([]ast.Expr{e.Right}, tail...)
			e = l
		}
		tail = append([]ast.Expr{e.Right}, tail...)
		var b strings.Builder
		for _, t := range tail {
			s, full := x.constPrefix(t, 0)
			b.WriteString(s)
			if !full {
				break
			}
		}
		return e.Left, b.String(), true
	}
	return nil, "", false
}

// importedName returns the qualified name of another module's value that
// the first operand of a string-building expression names (API imported,
// or API = config.API_URL), "" for anything else.
func (x *fb) importedName(first ast.Expr) string {
	n, ok := first.(*ast.Name)
	if !ok {
		return ""
	}
	bd := x.b.model.Lookup(x.scope, n.ID, n.Start)
	if bd == nil {
		return ""
	}
	switch {
	case bd.Kind == semantic.ImportBinding && bd.Import != "":
		return bd.Import
	case bd.Kind == semantic.AssignBinding && bd.Scope.Kind == semantic.ModuleScope && len(bd.Scope.Bindings(n.ID)) == 1:
		// API = config.API_URL, API = Settings.API: another module's
		// constant, known when the project is.
		switch bd.Value.(type) {
		case *ast.Attribute, *ast.Name:
			if q := x.b.model.QualifiedName(bd.Scope, bd.Value); q != "" {
				return q
			}
		}
	}
	return ""
}

// joinURL is join for string building: the node records an imported
// prefix to check at solve time.
func (x *fb) joinURL(e ast.Expr, kids []int32, pos int32) int32 {
	clear, imp, rest := x.urlFix(e)
	if imp == "" {
		return x.join(kids, pos, clear)
	}
	n := x.join(append(kids, -1, -1), pos, 1<<15) // force a join node
	if n >= 0 {
		nd := &x.b.mod.nodes[n]
		if nd.kind == nJoin {
			nd.clear = 0
			nd.str, nd.str2 = x.b.mod.intern(rest), x.b.mod.intern(imp)
		}
	}
	return n
}

// constPrefix returns the constant text an expression's string value
// starts with, and whether that is the whole value.
func (x *fb) constPrefix(e ast.Expr, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	switch e := e.(type) {
	case *ast.Constant:
		if e.Value.Kind == ast.StrValue {
			return e.Value.Str, true
		}
	case *ast.JoinedStr:
		var b strings.Builder
		for _, v := range e.Values {
			switch v := v.(type) {
			case *ast.Constant:
				b.WriteString(v.Value.Str)
			case *ast.FormattedValue:
				if v.FormatSpec != nil || v.Conversion != ast.NoConversion {
					return b.String(), false
				}
				s, full := x.constPrefix(v.Value, depth+1)
				b.WriteString(s)
				if !full {
					return b.String(), false
				}
			default:
				return b.String(), false
			}
		}
		return b.String(), true
	case *ast.BinOp:
		if e.Op == ast.Add {
			l, full := x.constPrefix(e.Left, depth+1)
			if !full {
				return l, false
			}
			r, full := x.constPrefix(e.Right, depth+1)
			return l + r, full
		}
		if e.Op == ast.Mod {
			l, _ := x.constPrefix(e.Left, depth+1)
			if i := strings.IndexByte(l, '%'); i >= 0 {
				return l[:i], false
			}
			return l, false
		}
	case *ast.Name, *ast.Attribute:
		if s, ok := x.b.model.ConstString(x.scope, e); ok {
			return s, true
		}
	case *ast.Call:
		if a, ok := e.Func.(*ast.Attribute); ok && a.Attr.Name == "format" {
			l, _ := x.constPrefix(a.Value, depth+1)
			if i := strings.IndexByte(l, '{'); i >= 0 {
				return l[:i], false
			}
			return l, false
		}
	}
	return "", false
}

// constCollection reports whether an expression is a constant collection:
// a display of constants, a name bound to one, or a name written as a
// constant (UPPER_CASE); looking up an item of it gives a constant.
func (x *fb) constCollection(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Dict, *ast.List, *ast.Tuple, *ast.Set:
		return x.b.model.IsConstant(x.scope, e)
	case *ast.Name:
		if isConstLike(e) {
			return true
		}
		if b := x.b.model.Lookup(x.scope, e.ID, e.Start); b != nil && b.Value != nil && len(b.Scope.Bindings(e.ID)) == 1 {
			switch b.Value.(type) {
			case *ast.Dict, *ast.List, *ast.Tuple, *ast.Set:
				return x.b.model.IsConstant(b.Scope, b.Value)
			}
		}
	case *ast.Attribute:
		// settings.ALLOWED_HOSTS, but not request.GET.
		q := x.qual(e)
		return isConstLike(e) && q != "" && x.sourceOf(q) == NoSource
	}
	return false
}

func (x *fb) name(n *ast.Name) int32 {
	b := x.b.model.Lookup(x.scope, n.ID, n.Start)
	if b == nil {
		return -1 // a builtin or undefined name
	}
	if x.own(b.Scope) {
		if b.Kind == semantic.ImportBinding {
			if k := x.sourceOf(b.Import); k != NoSource {
				return x.srcNode(k, n.Start, n.ID)
			}
		}
		return x.varNode(x.local(n.ID), n.Start)
	}
	if b.Scope.Kind == semantic.ModuleScope {
		switch b.Kind {
		case semantic.ImportBinding:
			if k := x.sourceOf(b.Import); k != NoSource {
				return x.srcNode(k, n.Start, n.ID)
			}
			if b.Import != "" && x.b.mod.Name != "" {
				// A name imported from another module of the project may
				// be a module-level variable there.
				return x.globalNode(b.Import, n.Start)
			}
			return -1
		case semantic.FunctionBinding, semantic.ClassBinding:
			return -1
		}
		return x.globalNode(x.b.mod.Name+"."+n.ID, n.Start)
	}
	if b.Scope.Kind == semantic.FunctionScope && b.Kind != semantic.FunctionBinding && b.Kind != semantic.ClassBinding {
		// A variable of the enclosing function (a closure): shared, as a
		// global is, with what that function stores in it.
		return x.globalNode(closureKey(x.b.mod, b.Scope, n.ID), n.Start)
	}
	return -1
}

// closureKey names a function's variable that nested functions read.
func closureKey(mod *Module, s *semantic.Scope, name string) string {
	return mod.Name + ".<closure@" + strconv.Itoa(int(s.Node.Span().Start)) + ">." + name
}

// captures reports whether a nested function may read the function's
// variable name: one is defined in it and does not bind the name itself.
func (x *fb) captures(name string) bool {
	if x.module || x.scope == nil || x.scope.Kind != semantic.FunctionScope {
		return false
	}
	for _, c := range x.scope.Children {
		if c.Kind == semantic.FunctionScope && len(c.Bindings(name)) == 0 {
			return true
		}
	}
	return false
}

func (x *fb) attribute(e *ast.Attribute) int32 {
	if q := x.qual(e); q != "" {
		if k := x.sourceOf(q); k != NoSource {
			return x.srcNode(k, e.Start, x.text(e))
		}
	}
	if requestAttrs[e.Attr.Name] && x.isRequest(e.Value) || x.isURLKwargs(e) {
		return x.srcNode(HTTP, e.Start, x.text(e))
	}
	if base, ok := e.Value.(*ast.Name); ok && x.b.constrained[e.Attr.Name] && (x.parsed[base.ID] || len(x.f.Params) > 0 && base.ID == "args") {
		return -1 // an argparse value the parser checked
	}
	if base, ok := e.Value.(*ast.Name); ok {
		if x.self != "" && base.ID == x.self && x.isLocal(base) && x.cls != nil {
			p := x.child(x.local(base.ID), e.Attr.Name)
			local := x.varNode(p, e.Start)
			field := x.fieldNode(e.Attr.Name, "", e.Start)
			return x.join([]int32{local, field}, e.Start, 0)
		}
		if t, ok := x.types[base.ID]; ok && x.isLocal(base) && t != "" {
			// A field of an object of a project class (resolved later).
			p := x.child(x.local(base.ID), e.Attr.Name)
			local := x.varNode(p, e.Start)
			field := x.fieldNode(e.Attr.Name, t, e.Start)
			return x.join([]int32{local, field}, e.Start, 0)
		}
	}
	if c := x.classAttr(e); c != "" {
		return x.fieldNode(e.Attr.Name, c, e.Start)
	}
	if p := x.pathOf(e); p >= 0 {
		return x.varNode(p, e.Start)
	}
	if x.qual(e) != "" {
		return -1 // a module attribute
	}
	return x.expr(e.Value)
}

// classAttr returns the qualified name of the class of an attribute of a
// class named directly (Mirror.target, Config.url, cls.last in a
// classmethod): class attributes are shared state, followed as the fields
// of the class's objects are. A name imported from a project module
// counts when it is spelt like a class (CapWords).
func (x *fb) classAttr(e *ast.Attribute) string {
	base, ok := e.Value.(*ast.Name)
	if ok && x.cls != nil && x.isClsParam(base) {
		return x.cls.Name
	}
	if !ok || x.isLocal(base) {
		return ""
	}
	b := x.b.model.Lookup(x.scope, base.ID, base.Start)
	if b == nil {
		return ""
	}
	switch b.Kind {
	case semantic.ClassBinding:
	case semantic.ImportBinding:
		if c := base.ID[0]; c < 'A' || c > 'Z' || isConstLike(base) || !strings.Contains(b.Import, ".") {
			return ""
		}
	default:
		return ""
	}
	return x.qual(base)
}

// calleeOf resolves a call's callee: a qualified name (an import, a
// builtin, a function of the module, or a method of a typed variable).
func (x *fb) calleeOf(c *ast.Call, ci *bcall) {
	switch fn := c.Func.(type) {
	case *ast.Name:
		ci.label = fn.ID
		if x.isLocal(fn) {
			if t := x.types[fn.ID]; t != "" {
				ci.callee = t
			} else if b := x.b.model.Lookup(x.scope, fn.ID, fn.Start); !x.module && b != nil && b.Kind == semantic.FunctionBinding {
				// A function defined in this one.
				ci.callee = strings.TrimSuffix(x.f.Name, ".<module>") + ".<locals>." + fn.ID
			}
			return
		}
		ci.callee = x.qual(fn)
	case *ast.Attribute:
		ci.method = fn.Attr.Name
		ci.label = x.text(fn)
		q := x.qual(fn)
		recv := x.expr(fn.Value)
		if base, ok := fn.Value.(*ast.Name); ok {
			if x.self != "" && base.ID == x.self && x.cls != nil && x.isLocal(base) {
				ci.self = true
				ci.callee = x.cls.Name + "." + fn.Attr.Name
				ci.recv = recv
				return
			}
			if x.isLocal(base) {
				if t := x.types[base.ID]; t != "" {
					ci.callee = t + "." + fn.Attr.Name
				}
				ci.recv = recv
				return
			}
			if x.b.globalTypes != nil {
				if t := x.b.globalTypes[base.ID]; t != "" && x.isModuleName(base) {
					ci.callee = t + "." + fn.Attr.Name
					ci.recv = recv
					return
				}
			}
		}
		if recv >= 0 {
			ci.recv = recv
		}
		ci.callee = q
		if inner, ok := fn.Value.(*ast.Call); ok && q == "" {
			// Path(base, name).open(): a method of what a call makes.
			if t := x.typeOf(inner); t != "" {
				ci.callee = t + "." + fn.Attr.Name
			}
		}
	default:
		ci.label = x.text(c.Func)
		ci.recv = x.expr(c.Func)
	}
}

// ormMethods are the query methods of Django's managers and querysets and
// of SQLAlchemy's queries whose result is rows from the database.
var ormMethods = map[string]bool{"get": true, "filter": true, "exclude": true, "first": true, "last": true,
	"all": true, "get_or_create": true, "update_or_create": true, "values": true, "values_list": true,
	"order_by": true, "one": true, "one_or_none": true, "scalar": true, "filter_by": true, "aget": true,
	"afirst": true, "alast": true, "in_bulk": true, "latest": true, "earliest": true}

// ormLookup reports whether a call is a database lookup (Model.objects.get(
// name=x), session.query(M).filter(...).first()): what it returns is a row,
// whose taint (stored data) krait does not follow, not the lookup's key.
// Django's raw() and extra() are sinks, not lookups.
func (x *fb) ormLookup(c *ast.Call, ci *bcall) bool {
	if !ormMethods[ci.method] {
		return false
	}
	for e := c.Func; ; {
		switch v := e.(type) {
		case *ast.Attribute:
			if v.Attr.Name == "objects" {
				return true
			}
			e = v.Value
			continue
		case *ast.Call:
			if a, ok := v.Func.(*ast.Attribute); ok && a.Attr.Name == "query" {
				return true // SQLAlchemy's session.query(Model)...
			}
			e = v.Func
			continue
		}
		return false
	}
}

// callbackAPIs are the calls that run a function they are given with
// arguments they are given: the function's index among the positional
// arguments and where its own arguments start (-1: in a keyword, see
// callback).
var callbackAPIs = map[string][2]int{
	"add_task": {0, 1}, "submit": {0, 1}, "run_in_executor": {1, 2}, "to_thread": {0, 1},
	"apply_async": {0, -1}, "call_soon": {0, 1}, "call_later": {1, 2}, "start_soon": {0, 1},
	"enqueue": {0, 1},
}

// callback returns the node of the call a callback API makes
// (BackgroundTasks.add_task(f, x) calls f(x); Thread(target=f,
// args=(x,)) too), or -1.
func (x *fb) callback(c *ast.Call, ci *bcall) int32 {
	var fn ast.Expr
	var args []ast.Expr
	var kws []*ast.Keyword
	var reuse []int32
	q := ci.callee
	switch {
	case q == "threading.Thread" || q == "multiprocessing.Process" || q == "threading.Timer":
		for _, k := range c.Keywords {
			switch k.Arg.Name {
			case "target", "function":
				fn = k.Value
			case "args":
				if t, ok := k.Value.(*ast.Tuple); ok {
					args = t.Elts
				} else if l, ok := k.Value.(*ast.List); ok {
					args = l.Elts
				}
			}
		}
		if q == "threading.Timer" && fn == nil && len(c.Args) >= 2 {
			fn = c.Args[1]
		}
	case ci.method == "delay" || ci.method == "apply_async" && len(c.Args) == 0:
		// Celery: send_email.delay(addr) runs send_email(addr).
		a, _ := c.Func.(*ast.Attribute)
		fn, args, kws = a.Value, c.Args, c.Keywords
		if len(ci.args) == len(c.Args) {
			reuse = ci.args
		}
	case ci.method != "" || q == "asyncio.to_thread":
		name := ci.method
		if name == "" {
			name = "to_thread"
		}
		spec, ok := callbackAPIs[name]
		if !ok || spec[0] >= len(c.Args) {
			return -1
		}
		fn = c.Args[spec[0]]
		if spec[1] >= 0 && spec[1] <= len(c.Args) {
			args = c.Args[spec[1]:]
			kws = c.Keywords
			if len(ci.args) == len(c.Args) {
				reuse = ci.args[spec[1]:] // the nodes the call already has
			}
		} else if len(c.Args) > spec[0]+1 {
			// apply_async(f, (x,)) / apply_async(f, args=(x,))
			if t, ok := c.Args[spec[0]+1].(*ast.Tuple); ok {
				args = t.Elts
			}
		}
	}
	if fn == nil {
		return -1
	}
	switch fn.(type) {
	case *ast.Name, *ast.Attribute:
	default:
		return -1
	}
	cb := bcall{recv: -1, pos: c.Start, end: c.End}
	x.calleeOf(&ast.Call{Range: c.Range, Func: fn}, &cb)
	if cb.callee == "" && cb.method == "" {
		return -1
	}
	for k, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			cb.star = true
		}
		if reuse != nil {
			cb.args = append(cb.args, reuse[k])
		} else if s, ok := a.(*ast.Starred); ok {
			cb.args = append(cb.args, x.expr(s.Value))
		} else {
			cb.args = append(cb.args, x.expr(a))
		}
	}
	for k, kw := range kws {
		if reuse != nil && k < len(ci.kws) {
			cb.kws = append(cb.kws, ci.kws[k])
			continue
		}
		cb.kws = append(cb.kws, bkwarg{name: kw.Arg.Name, node: x.expr(kw.Value)})
	}
	cb.prop = -1
	cb.noProp = true // an unknown callback's result is not its arguments
	return x.node(node{kind: nCall, a: x.b.mod.packCall(&cb), pos: c.Start, str: -1, str2: -1, cls: -1})
}

func (x *fb) isModuleName(n *ast.Name) bool {
	b := x.b.model.Lookup(x.scope, n.ID, n.Start)
	return b != nil && b.Scope.Kind == semantic.ModuleScope && b.Kind == semantic.AssignBinding
}

func (x *fb) call(c *ast.Call) int32 {
	if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "get" && x.constCollection(a.Value) {
		// CONSTANT_MAP.get(key, default): the value is constant, the
		// default is what it is.
		for _, k := range c.Keywords {
			x.expr(k.Value)
		}
		var d int32 = -1
		for i, arg := range c.Args {
			if i == 1 {
				d = x.expr(arg)
			} else {
				x.expr(arg)
			}
		}
		return d
	}
	ci := bcall{recv: -1, pos: c.Start, end: c.End}
	x.calleeOf(c, &ci)
	for _, a := range c.Args {
		if s, ok := a.(*ast.Starred); ok {
			ci.star = true
			ci.args = append(ci.args, x.expr(s.Value))
			continue
		}
		ci.args = append(ci.args, x.expr(a))
	}
	for _, k := range c.Keywords {
		if k.Arg.Name == "" {
			ci.star = true
		}
		ci.kws = append(ci.kws, bkwarg{name: k.Arg.Name, node: x.expr(k.Value)})
	}
	x.models(c, &ci)
	n := x.node(node{kind: nCall, a: x.b.mod.packCall(&ci), pos: c.Start, str: -1, str2: -1, cls: -1})
	if cb := x.callback(c, &ci); cb >= 0 {
		// The callback runs with the arguments given for it; what it
		// returns comes back through the future or task.
		n = x.join([]int32{n, cb}, c.Start, 0)
	}
	if ci.method == "format" {
		if clear := x.urlClear(c); clear != 0 {
			return x.join([]int32{n}, c.Start, clear)
		}
	}
	return n
}

// models matches the models against a call.
func (x *fb) models(c *ast.Call, ci *bcall) {
	m := x.b.models
	if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "setFeature" && len(c.Args) == 2 {
		if n, ok := a.Value.(*ast.Name); ok && x.isLocal(n) && strings.HasSuffix(semantic.DottedName(c.Args[0]), "feature_external_ges") {
			if v, ok := c.Args[1].(*ast.Constant); ok && v.Value.Kind == ast.TrueValue {
				x.parsers[n.ID] = true
			}
		}
	}
	name := ci.callee
	if k, ok := m.callSources[name]; ok {
		ci.source = k
	}
	if ci.method != "" && ci.recv >= 0 {
		if requestCalls[ci.method] && x.isRequest(c.Func.(*ast.Attribute).Value) {
			ci.source = HTTP
		}
	}
	if ci.source == NoSource && parseMethods[ci.method] && !strings.HasPrefix(name, "argparse.") {
		// build_parser().parse_args(): a parser made elsewhere.
		ci.source = CLI
	}
	if mask, ok := m.sanitizers[name]; ok {
		ci.sanitize |= mask
	} else if ci.method != "" {
		ci.sanitize |= m.methodSanitizers[ci.method]
	}
	if m.normalizers[name] || ci.method != "" && m.normalizers[ci.method] && ci.recv >= 0 {
		ci.normalize = true
	}
	if m.noProp[name] || ci.method != "" && m.methodNoProp[ci.method] || x.ormLookup(c, ci) {
		ci.noProp = true
	}
	if m.terminators[name] {
		ci.terminates = true
	}
	ci.prop = -1
	if p, ok := m.propagators[name]; ok {
		ci.prop = p
	}
	specs := m.sinks[name]
	for _, pm := range m.patterns {
		if name == "" || !matchPattern(pm.pattern, name) {
			continue
		}
		switch pm.what {
		case patCallSource:
			ci.source = pm.src
		case patSink:
			specs = append(specs[:len(specs):len(specs)], pm.spec)
		case patSanitizer:
			ci.sanitize |= pm.mask
		case patProp:
			ci.prop = pm.prop
		}
	}
	if len(specs) == 0 && ci.method != "" && !ci.self {
		// A method krait cannot pin to a library function: the DB-API's
		// cursor.execute, Django's Model.objects.raw.
		specs = m.methodSinks[ci.method]
	}
	for _, s := range specs {
		x.sinkUses(c, ci, s)
	}
	if ci.method != "" && ci.recv >= 0 {
		for _, s := range m.recvSinks[ci.method] {
			ci.sinks = append(ci.sinks, sinkUse{class: s.class, node: ci.recv})
		}
	}
	if len(specs) > 0 && !m.sinkProp[name] {
		// What a sink returns (a cursor, a command's output, a response)
		// is not the input that reached it.
		ci.noProp = true
	}
}

// argNode returns the node of positional argument i or keyword name.
func (ci *bcall) argNode(i int, names ...string) int32 {
	if i >= 0 && i < len(ci.args) {
		return ci.args[i]
	}
	for _, k := range ci.kws {
		for _, n := range names {
			if k.name == n {
				return k.node
			}
		}
	}
	return -1
}

// kwConst returns the keyword argument name= of c when it is a constant.
func kwConst(c *ast.Call, name string) (*ast.Constant, bool) {
	if k := semantic.CallKeyword(c, name); k != nil {
		v, ok := k.Value.(*ast.Constant)
		return v, ok
	}
	return nil, false
}

func hasKw(c *ast.Call, name string) bool { return semantic.CallKeyword(c, name) != nil }

func (x *fb) sinkUses(c *ast.Call, ci *bcall, s sinkSpec) {
	add := func(n int32) {
		if n >= 0 {
			ci.sinks = append(ci.sinks, sinkUse{class: s.class, node: n})
		}
	}
	if s.recv {
		add(ci.recv)
		return
	}
	switch s.special {
	case "":
		if len(s.args) == 0 && len(s.kwargs) == 0 {
			for _, a := range ci.args {
				add(a)
			}
			for _, k := range ci.kws {
				add(k.node)
			}
			return
		}
		for _, i := range s.args {
			if i < len(ci.args) {
				add(ci.args[i])
			}
		}
		for _, k := range ci.kws {
			for _, n := range s.kwargs {
				if k.name == n {
					add(k.node)
				}
			}
		}
		if ci.star {
			for _, a := range ci.args {
				add(a)
			}
		}
	case "subprocess":
		shell := false
		for _, k := range c.Keywords {
			if k.Arg.Name == "shell" {
				shell = true
				if v, ok := k.Value.(*ast.Constant); ok && (v.Value.Kind == ast.FalseValue || v.Value.Kind == ast.NoneValue ||
					v.Value.Kind == ast.IntValue && v.Value.Int == 0) {
					shell = false
				}
			}
		}
		if shell {
			add(ci.argNode(0, "args"))
			return
		}
		add(x.programNode(c, ci))
	case "exec":
		i := 0
		if strings.HasPrefix(ci.callee, "os.spawn") {
			i = 1
		}
		if i < len(c.Args) {
			add(ci.args[i])
		} else {
			add(ci.argNode(-1, "path", "file", "program"))
		}
	case "yaml":
		loader := ""
		if len(c.Args) > 1 {
			loader = semantic.DottedName(c.Args[1])
		}
		for _, k := range c.Keywords {
			if k.Arg.Name == "Loader" {
				loader = semantic.DottedName(k.Value)
			}
		}
		if strings.HasSuffix(loader, "SafeLoader") || strings.HasSuffix(loader, "CSafeLoader") || strings.HasSuffix(loader, "BaseLoader") {
			return
		}
		add(ci.argNode(0, "stream"))
	case "torch":
		if v, ok := kwConst(c, "weights_only"); ok && v.Value.Kind == ast.TrueValue {
			return
		}
		add(ci.argNode(0, "f"))
	case "extra":
		for _, a := range ci.args {
			add(a)
		}
		for _, k := range ci.kws {
			switch k.name {
			case "where", "select", "tables", "order_by":
				add(k.node)
			}
		}
	case "ldapsearch":
		switch {
		case x.b.imports["ldap3"]:
			add(ci.argNode(1, "search_filter"))
		case x.b.imports["ldap"]:
			add(ci.argNode(2, "filterstr"))
		}
	case "lxml":
		parser := -1
		pe := semantic.CallArg(c, 1, "parser")
		if pe != nil && x.resolvingParser(pe) {
			parser = 1
		}
		if parser < 0 {
			return
		}
		add(ci.argNode(0, "text", "source"))
	case "sax":
		// A parser from make_parser() resolves external entities only when
		// this function turned feature_external_ges on for it; the
		// module-level functions' own parsers never do, unless the module
		// turns the feature on somewhere (a parser krait cannot tell).
		if a, ok := c.Func.(*ast.Attribute); ok {
			if n, ok := a.Value.(*ast.Name); ok && x.isLocal(n) {
				if x.parsers[n.ID] {
					add(ci.argNode(0, "string", "source"))
				}
				return
			}
		}
		if x.b.saxEntities {
			add(ci.argNode(0, "string", "source"))
		}
	case "response":
		ct := ""
		for _, kw := range []string{"content_type", "mimetype", "media_type"} {
			if v, ok := kwConst(c, kw); ok && v.Value.Kind == ast.StrValue {
				ct = strings.ToLower(v.Value.Str)
			} else if hasKw(c, kw) {
				ct = "?"
			}
		}
		html := ct == "" || strings.Contains(ct, "html")
		if strings.HasPrefix(ci.callee, "aiohttp.") || strings.HasPrefix(ci.callee, "starlette.") || strings.HasPrefix(ci.callee, "fastapi.") {
			html = strings.Contains(ct, "html") // text/plain by default
		}
		if !html {
			return
		}
		add(ci.argNode(0, "content", "text", "body", "response"))
	}
}

// programNode returns the node of the program a subprocess call runs
// without a shell: the first item of a list argument.
func (x *fb) programNode(c *ast.Call, ci *bcall) int32 {
	var arg ast.Expr
	if len(c.Args) > 0 {
		arg = c.Args[0]
	} else {
		for _, k := range c.Keywords {
			if k.Arg.Name == "args" {
				arg = k.Value
			}
		}
	}
	switch a := arg.(type) {
	case nil:
		return -1
	case *ast.List:
		if len(a.Elts) == 0 {
			return -1
		}
		return x.expr(a.Elts[0])
	case *ast.Tuple:
		if len(a.Elts) == 0 {
			return -1
		}
		return x.expr(a.Elts[0])
	case *ast.Name:
		if h, ok := x.heads[a.ID]; ok {
			return h
		}
	}
	return ci.argNode(0, "args")
}

// resolvingParser reports whether an expression is an lxml parser created
// with resolve_entities=True (or a variable assigned one).
func (x *fb) resolvingParser(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Call:
		if q := x.qual(e.Func); strings.HasSuffix(q, "XMLParser") {
			if v, ok := kwConst(e, "resolve_entities"); ok && v.Value.Kind == ast.TrueValue {
				return true
			}
		}
	case *ast.Name:
		return x.parsers[e.ID] || !x.isLocal(e) && x.b.globalParsers[e.ID]
	}
	return false
}

// flush returns the statements hoisted out of the expressions built so
// far (comprehension targets, assignment expressions).
func (x *fb) flush() {
	x.buf = append(x.buf, x.pending...)
	x.pending = x.pending[:0]
}
