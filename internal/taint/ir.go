package taint

import "strings"

// The taint engine works on a compact intermediate representation of each
// function, built from the syntax tree and the semantic model while the
// file is analysed (in parallel with the other files), so that the
// project-wide phase does not keep syntax trees: names are resolved to
// variable slots, access paths and qualified callees, models are matched,
// and what is left is a small structured program of assignments, calls,
// returns, branches and loops over taint values.

// Module is the IR of one file.
type Module struct {
	// Path is the file's path as the user named it; Name its dotted
	// module name.
	Path, Name string
	// Funcs are the module's functions; Funcs[0] is the module body.
	Funcs   []*Func
	Classes []*PyClass
	// Routes are URL registrations (Django's path() and re_path()).
	Routes []Route
	// Globals are the module-level names assigned a value, by qualified
	// name ("mod.NAME").
	Globals map[string]bool
	// Consts are the module-level names bound to a constant string.
	Consts map[string]string

	// The functions' IR lives in these pools, without pointers (the
	// collector need not scan them): a function's nodes are contiguous,
	// statements refer to their blocks by range, strings by index.
	nodes  []node
	kids   []int32
	calls  []call
	args   []int32
	kws    []kwarg
	uses   []sinkUse
	guards []guard
	stmts  []stmt
	strs   []string
	strIx  map[string]int32 // while building
	tcache []targetsEntry   // Project.targets, by call index
}

// span is a range of a pool.
type span struct{ lo, n int32 }

// str returns an interned string.
func (m *Module) str(i int32) string {
	if i < 0 {
		return ""
	}
	return m.strs[i]
}

// intern returns the index of a string, copying it (names in the syntax
// tree share the file's text, which must not be kept alive).
func (m *Module) intern(s string) int32 {
	if s == "" {
		return -1
	}
	if i, ok := m.strIx[s]; ok {
		return i
	}
	i := int32(len(m.strs))
	m.strs = append(m.strs, strings.Clone(s))
	m.strIx[m.strs[i]] = i
	return i
}

// block returns the statements of a range.
func (m *Module) block(s span) []stmt { return m.stmts[s.lo : s.lo+s.n] }

// Route is a URL pattern registered to a view.
type Route struct {
	// View is the qualified name of the view function, or of the class
	// for a class-based view (View.as_view()).
	View string
	// Params maps the pattern's parameter names to the classes their
	// converter makes safe ("int" and "uuid" make everything safe).
	Params map[string]Mask
	Pos    int32
}

// PyClass is a class defined in the project.
type PyClass struct {
	Name    string   // qualified name
	Bases   []string // qualified names of the bases
	Methods map[string]*Func
	// View is set for Flask's class-based views (MethodView): the
	// parameters of their HTTP methods come from the URL.
	View bool
	// URLView is set for Django's and Django REST framework's
	// class-based views: self.kwargs and self.args are the URL's
	// parameters, and so are the parameters after request of the HTTP
	// and viewset action methods (DRF routers register no path()).
	URLView bool
	// Fields are the annotated fields of the class body (a Pydantic
	// model's "price: float"): the classes their type makes a value safe
	// for, and the qualified name of a type that is a class (an Enum
	// defined in the project, decided when the project is known).
	Fields     map[string]Mask
	FieldTypes map[string]string
	mod        *Module
}

// Func is one function (or the module body) in IR form.
type Func struct {
	Name   string // qualified: mod.f, mod.C.m, mod.f.<locals>.g
	Mod    *Module
	Class  *PyClass
	Params []Param
	// Start is the byte offset of the def (of the module: 0).
	Start int32
	// View is set for Flask route handlers: the value they return is an
	// HTML response.
	View bool
	// Route is set for a function registered as a request handler.
	Route bool
	// ClassMethod marks a classmethod: its first parameter is bound to
	// the class when called through it.
	ClassMethod bool

	paths  []pathDef
	nodeLo int32 // the function's nodes are Mod.nodes[nodeLo:nodeHi]
	nodeHi int32
	body   span

	// solver state
	seeds    map[int64]value // see Project.seed
	sum      summary
	callers  funcSet
	queued   bool
	analysed bool
}

// Param is a parameter.
type Param struct {
	Name string
	Var  int32 // its variable's path
	// Source makes the parameter tainted on entry (a route parameter);
	// Clean are the classes its converter makes it safe for.
	Source SourceKind
	Clean  Mask
	// Request marks a request object (Django, aiohttp, Starlette): its
	// input attributes are tainted.
	Request bool
	// Type is the qualified name of the class a route parameter is
	// annotated with (a Pydantic model or an Enum: FastAPI validates it),
	// "" when none or a type annotationClean knows.
	Type string
	// Dep is the qualified name of the function FastAPI calls to inject
	// the parameter (Depends(f), Annotated[T, Depends(f)]): the parameter
	// holds what f returns.
	Dep string
	// Input marks a parameter a framework would fill from the request if
	// the function were a handler or a dependency, and InputClean the
	// classes its annotation makes it safe for.
	Input      bool
	InputClean Mask
	// Star and KwStar mark *args and **kwargs.
	Star, KwStar bool
	// Self marks the first parameter of a method.
	Self bool
}

// pathDef is an access path: a variable, or a path and an attribute name
// or constant subscript key ("[k]").
type pathDef struct {
	parent int32  // -1 for a variable
	key    string // interned by the builder (shared, not the file's text)
	name   string // the variable's name, for traces
}

type nodeKind uint8

const (
	nConst  nodeKind = iota // no taint
	nVar                    // a read of path a
	nSource                 // tainted data of kind src
	nCall                   // the result of call a
	nJoin                   // the union of kids[a:a+n]
	nField                  // a read of field name of class cls (self.x)
	nGlobal                 // a read of the module-level name name (qualified)
)

// node is an expression, reduced to what matters for taint.
type node struct {
	kind nodeKind
	src  SourceKind
	// clear are the classes a value stops being dangerous for by passing
	// through this node (a URL whose scheme and host are constant).
	clear Mask
	a, n  int32
	pos   int32
	// str is a field's or global's name, a source's label; cls the
	// index in Mod.Classes of self's class for a field (else -1, and
	// str2 the qualified type of the object).
	str, str2 int32
	cls       int32
}

type kwarg struct {
	name int32 // -1 for **
	node int32
}

// call flags
const (
	callSelf uint8 = 1 << iota
	callStar
	callNormalize
	callNoProp
	callTerminates
)

// call is a call expression.
type call struct {
	callee int32 // resolved qualified name, or -1
	method int32 // the attribute name of a method call, or -1
	label  int32 // the callee as written, for traces
	recv   int32 // the receiver's node, or -1
	args   span
	kws    span
	uses   span
	pos    int32
	end    int32

	sanitize Mask
	source   SourceKind
	flags    uint8
	prop     int32 // index in Models.propList, or -1
	self     int32 // the call's own index in the pool
}

// sinkUse is a value that reaches a sink of a class at a call.
type sinkUse struct {
	class Class
	node  int32
}

type stmtKind uint8

const (
	sAssign  stmtKind = iota // path dst := node val
	sAugment                 // path dst |= node val
	sEval                    // evaluate node val (a call for its effects)
	sReturn                  // return node val (val -1: None)
	sIf                      // if guard: body, else els
	sLoop                    // loop: body repeated
	sTry                     // try: body, handlers els, finally fin
	sStop                    // raise / abort(): the path ends
	sBreak
	sContinue
	sFieldStore  // field name of class cls := node val (also a local path)
	sGlobalStore // module-level name := node val
	sSink        // node val reaches a sink of class at pos (a header or session store)
	sAssume      // guard holds from here on (assert)
)

type stmt struct {
	kind   stmtKind
	class  Class
	dst    int32
	val    int32
	pos    int32
	end    int32
	body   span
	els    span
	fin    span
	guards span
	str    int32 // a label, or a field's or global's name
	typ    int32 // a typed field store: the object's qualified type
	cls    int32 // a field store on self: the class's index, or -1
}

// guard is what a condition tells about a value in the branch where it
// holds: an allow-list membership, an equality with a constant, a
// validator call, a containment check of a normalised path.
type guard struct {
	path int32
	mask Mask
	// whenTrue: the guard holds where the condition is true (else where
	// it is false).
	whenTrue bool
	// normalized: only values that went through a normaliser
	// (realpath) are vouched for (a startswith check on "../x" proves
	// nothing).
	normalized bool
}

// flags on taint items.
const (
	flagNormalized uint8 = 1 << iota
)

func (f *Func) newPath(parent int32, key, name string) int32 {
	f.paths = append(f.paths, pathDef{parent: parent, key: strings.Clone(key), name: strings.Clone(name)})
	return int32(len(f.paths) - 1)
}

// pathName returns a path as Python text ("d['k']", "self.x").
func (f *Func) pathName(p int32) string {
	d := f.paths[p]
	if d.parent < 0 {
		return d.name
	}
	base := f.pathName(d.parent)
	if len(d.key) > 0 && d.key[0] == '[' {
		return base + d.key
	}
	return base + "." + d.key
}

// Stats counts the IR of modules (for measurements).
type Stats struct{ Funcs, Nodes, Calls, Stmts, Paths, Kids int }

// Add counts a module.
func (s *Stats) Add(m *Module) {
	for _, f := range m.Funcs {
		s.Funcs++
		s.Nodes += int(f.nodeHi - f.nodeLo)
		s.Paths += len(f.paths)
	}
	s.Calls += len(m.calls)
	s.Kids += len(m.kids)
	s.Stmts += len(m.stmts)
}
