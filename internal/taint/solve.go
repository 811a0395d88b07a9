package taint

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/token"
)

// The solver interprets each function's IR over taint values: which
// sources (or, symbolically, which of the function's own parameters) a
// value may come from, for which classes it is still dangerous, and the
// steps it took. A function's summary says which parameters reach its
// return value, which reach sinks, and which are stored in fields; calls
// to project functions apply the callee's summary. Summaries only grow,
// and functions are re-analysed until none changes.

const (
	maxItems   = 8  // origins kept per value
	maxSteps   = 14 // steps kept per trace
	maxRuns    = 24 // analyses per function, at most
	maxCallees = 2  // project methods a call by name may go to
)

type origin struct {
	param int // the parameter's index for a symbolic origin; -1 for a source
	fn    *Func
	src   SourceKind
	mod   *Module
	pos   int32
	label string
}

type step struct {
	prev     *step
	mod      *Module
	pos, end int32
	msg      string
	n        int // steps so far
	// frag, when set, makes this step stand for the steps of another
	// trace (a callee's, from its parameter to a sink or its return),
	// appended lazily: most values never reach a finding, and copying
	// the callee's steps at every call was a tenth of the analysis.
	frag *step
}

type item struct {
	o     *origin
	mask  Mask
	flags uint8
	trace *step
}

// value is an immutable list of items, one per origin.
type value []item

func union(a, b value) value {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	// One pass, copying a only when b adds to it: most unions in the
	// fixpoint add nothing.
	out, copied := a, false
	for _, it := range b {
		k := 0
		for k < len(out) && out[k].o != it.o {
			k++
		}
		switch {
		case k < len(out):
			if out[k].mask|it.mask == out[k].mask && out[k].flags&it.flags == out[k].flags {
				continue
			}
		case len(out) >= maxItems:
			continue
		}
		if !copied {
			out, copied = append(make(value, 0, len(a)+len(b)), out...), true
		}
		if k < len(out) {
			out[k].mask |= it.mask
			out[k].flags &= it.flags
		} else {
			out = append(out, it)
		}
	}
	return out
}

func (v value) clear(m Mask, onlyNormalized bool) value {
	if m == 0 || len(v) == 0 {
		return v
	}
	var out value
	for _, it := range v {
		if !onlyNormalized || it.flags&flagNormalized != 0 {
			it.mask &^= m
		}
		if it.mask != 0 {
			out = append(out, it)
		}
	}
	return out
}

func (v value) withStep(mod *Module, pos, end int32, msg string) value {
	if len(v) == 0 || msg == "" {
		return v
	}
	out := make(value, len(v))
	for i, it := range v {
		it.trace = addStep(it.trace, mod, pos, end, msg)
		out[i] = it
	}
	return out
}

func addStep(prev *step, mod *Module, pos, end int32, msg string) *step {
	if prev != nil && prev.mod == mod && prev.pos == pos && prev.msg == msg {
		return prev
	}
	n := 1
	if prev != nil {
		n = prev.n + 1
	}
	return &step{prev: prev, mod: mod, pos: pos, end: end, msg: msg, n: n}
}

// steps returns a trace in order, at most maxSteps (keeping both ends).
func (s *step) steps() []*step {
	// Walk back from the last step, expanding fragments (pushed on a
	// stack to resume the outer trace after them), then reverse.
	var out []*step
	var stack []*step
	for s != nil || len(stack) > 0 {
		if s == nil {
			s, stack = stack[len(stack)-1], stack[:len(stack)-1]
			continue
		}
		if len(out) > 1<<14 {
			break
		}
		if s.frag != nil {
			stack = append(stack, s.prev)
			s = s.frag
			continue
		}
		if k := len(out) - 1; k < 0 || out[k].mod != s.mod || out[k].pos != s.pos || out[k].msg != s.msg {
			out = append(out, s)
		}
		s = s.prev
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	if len(out) > maxSteps {
		out = append(out[:maxSteps/2:maxSteps/2], out[len(out)-maxSteps/2:]...)
	}
	return out
}

// concat appends a fragment (a callee's steps from its parameter on) to a
// trace.
func concat(t *step, frag *step) *step {
	if frag == nil {
		return t
	}
	n := frag.n
	if t != nil {
		n += t.n
	}
	return &step{prev: t, frag: frag, n: n}
}

type summary struct {
	ret    value
	sinks  []psink
	fields []pfield
	size   int // a measure that grows with the summary, to detect change
}

type psink struct {
	param int
	class Class
	mod   *Module
	pos   int32
	end   int32
	trace *step
	label string
	flags uint8
}

type pfield struct {
	param int
	key   string
	mask  Mask
	trace *step
}

// Project is the whole program the taint analysis sees.
type Project struct {
	Models   *Models
	modules  []*Module
	funcs    map[string]*Func
	classes  map[string]*PyClass
	byMethod map[string][]*Func
	fields   map[string]value
	globals  map[string]value
	readers  map[string]*funcSet
	findings map[string]*Finding
	// staticReaders are the functions whose code reads a field or a
	// global, by key; staticCallers the functions whose code calls a
	// function.
	staticReaders map[string][]*Func
	staticCallers map[*Func][]*Func
	work          []*Func
	origins       map[originKey]*origin
	runs          int
	consts        map[string]string
}

type originKey struct {
	fn    *Func
	param int
	node  int32
}

// Finding is a tainted flow into a sink.
type Finding struct {
	Class  Class
	Source SourceKind
	Mod    *Module
	Pos    int32
	End    int32
	Sink   string
	From   string
	Trace  []*step
	srcMod *Module
	srcPos int32
}

// NewProject makes a project of modules.
func NewProject(models *Models, modules []*Module) *Project {
	p := &Project{Models: models, funcs: map[string]*Func{}, classes: map[string]*PyClass{}, byMethod: map[string][]*Func{},
		fields: map[string]value{}, globals: map[string]value{}, readers: map[string]*funcSet{},
		findings: map[string]*Finding{}, origins: map[originKey]*origin{}, consts: map[string]string{}, staticReaders: map[string][]*Func{}, staticCallers: map[*Func][]*Func{}}
	for _, m := range modules {
		if m == nil {
			continue
		}
		p.modules = append(p.modules, m)
		for _, f := range m.Funcs {
			p.funcs[f.Name] = f
			if f.Class != nil && !strings.HasPrefix(lastPart(f.Name), "__") {
				n := lastPart(f.Name)
				p.byMethod[n] = append(p.byMethod[n], f)
			}
		}
		for _, c := range m.Classes {
			p.classes[c.Name] = c
		}
		for k, v := range m.Consts {
			p.consts[k] = v
		}
	}
	for _, m := range p.modules {
		for _, f := range m.Funcs {
			callees := map[*Func]bool{}
			seen := map[string]bool{}
			for k := f.nodeLo; k < f.nodeHi; k++ {
				nd := &m.nodes[k]
				var key string
				switch nd.kind {
				case nCall:
					ts, _ := p.targets(f, &m.calls[nd.a])
					for _, g := range ts {
						if !callees[g] {
							callees[g] = true
							p.staticCallers[g] = append(p.staticCallers[g], f)
						}
					}
				case nGlobal:
					key = m.str(nd.str)
				case nField:
					if nd.cls >= 0 {
						for c, d := m.Classes[nd.cls], 0; c != nil && d < 8; d++ {
							if k := c.Name + "." + m.str(nd.str); !seen[k] {
								seen[k] = true
								p.staticReaders[k] = append(p.staticReaders[k], f)
							}
							if len(c.Bases) == 0 {
								break
							}
							c = p.classes[c.Bases[0]]
						}
						continue
					}
					if c := p.classes[m.str(nd.str2)]; c != nil {
						key = c.Name + "." + m.str(nd.str)
					}
				}
				if key != "" && !seen[key] {
					seen[key] = true
					p.staticReaders[key] = append(p.staticReaders[key], f)
				}
			}
		}
	}
	// Django routes make the named view parameters tainted.
	for _, m := range p.modules {
		for _, r := range m.Routes {
			var views []*Func
			if f := p.funcs[r.View]; f != nil {
				views = append(views, f)
			} else if c := p.classes[r.View]; c != nil {
				for name := range httpMethods {
					if f := p.method(c, name, 0); f != nil {
						views = append(views, f)
					}
				}
			}
			for _, f := range views {
				for i := range f.Params {
					if clean, ok := r.Params[f.Params[i].Name]; ok && !f.Params[i].Request && !f.Params[i].Self {
						f.Params[i].Source = HTTP
						f.Params[i].Clean = clean
					}
				}
			}
		}
	}
	// FastAPI's dependencies: the request fills their parameters as it
	// fills a handler's, transitively.
	var deps []*Func
	for _, m := range p.modules {
		for _, f := range m.Funcs {
			if f.Route {
				deps = append(deps, f)
			}
		}
	}
	seenDep := map[*Func]bool{}
	for len(deps) > 0 {
		f := deps[len(deps)-1]
		deps = deps[:len(deps)-1]
		for _, prm := range f.Params {
			g := p.funcs[prm.Dep]
			if g == nil || seenDep[g] {
				continue
			}
			seenDep[g] = true
			deps = append(deps, g)
			for k := range g.Params {
				if q := &g.Params[k]; q.Input && q.Source == NoSource {
					q.Source, q.Clean = HTTP, q.InputClean
				}
			}
		}
	}
	// A parameter annotated with an Enum only ever holds a member.
	for _, m := range p.modules {
		for _, f := range m.Funcs {
			for i := range f.Params {
				if t := f.Params[i].Type; t != "" && p.isEnum(p.classes[t], 0) {
					f.Params[i].Clean = All
				}
			}
		}
	}
	return p
}

// enumBases are the standard library's enumeration classes.
var enumBases = map[string]bool{"enum.Enum": true, "enum.IntEnum": true, "enum.StrEnum": true, "enum.Flag": true, "enum.IntFlag": true}

// isEnum reports whether a project class is an enumeration: FastAPI only
// passes one of its members.
func (p *Project) isEnum(c *PyClass, depth int) bool {
	if c == nil || depth > 8 {
		return false
	}
	for _, b := range c.Bases {
		if enumBases[b] || p.isEnum(p.classes[b], depth+1) {
			return true
		}
	}
	return false
}

// fieldClean returns the classes the annotation of a class's field (or an
// inherited one) makes its value safe for.
func (p *Project) fieldClean(c *PyClass, name string, depth int) Mask {
	if c == nil || depth > 8 {
		return 0
	}
	if m, ok := c.Fields[name]; ok {
		return m
	}
	if t, ok := c.FieldTypes[name]; ok {
		if p.isEnum(p.classes[t], 0) {
			return All
		}
		return 0
	}
	for _, b := range c.Bases {
		if m := p.fieldClean(p.classes[b], name, depth+1); m != 0 {
			return m
		}
	}
	return 0
}

func lastPart(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// method finds a method in a class or its project bases.
func (p *Project) method(c *PyClass, name string, depth int) *Func {
	if c == nil || depth > 8 {
		return nil
	}
	if f := c.Methods[name]; f != nil {
		return f
	}
	for _, b := range c.Bases {
		if f := p.method(p.classes[b], name, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// Solve runs the analysis to its fixed point and returns the findings.
//
// The analysis is demand-driven: it starts from the functions where
// tainted data enters (a source, a route parameter) and analyses a callee
// when a call needs its summary, and the readers of a field or global when
// tainted data is stored there. Code that no tainted data can reach is
// never interpreted.
func (p *Project) Solve() []*Finding {
	for _, m := range p.modules {
		for _, f := range m.Funcs {
			if f.entry() {
				p.enqueue(f)
			}
		}
	}
	limit := 0
	for _, m := range p.modules {
		limit += len(m.Funcs)
	}
	limit *= maxRuns
	for len(p.work) > 0 && p.runs < limit {
		f := p.work[len(p.work)-1]
		p.work = p.work[:len(p.work)-1]
		f.queued = false
		p.runs++
		p.analyse(f)
	}
	// KRAIT_TAINT_STATS=1 prints how much of the project the analysis
	// touched (a diagnostic for tuning the engine).
	if os.Getenv("KRAIT_TAINT_STATS") != "" {
		funcs, analysed, entries := 0, 0, 0
		for _, m := range p.modules {
			for _, f := range m.Funcs {
				funcs++
				if f.analysed {
					analysed++
				}
				if f.entry() {
					entries++
				}
			}
		}
		fmt.Fprintf(os.Stderr, "taint: %d modules, %d functions, %d entries, %d analysed, %d runs\n", len(p.modules), funcs, entries, analysed, p.runs)
	}
	out := make([]*Finding, 0, len(p.findings))
	for _, f := range p.findings {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Mod.Path != b.Mod.Path {
			return a.Mod.Path < b.Mod.Path
		}
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		if a.Class != b.Class {
			return a.Class < b.Class
		}
		if a.srcMod.Path != b.srcMod.Path {
			return a.srcMod.Path < b.srcMod.Path
		}
		if a.srcPos != b.srcPos {
			return a.srcPos < b.srcPos
		}
		if len(a.Trace) != len(b.Trace) {
			return len(a.Trace) < len(b.Trace)
		}
		// os.environ and os.environ.get() start at the same place.
		if a.From != b.From {
			return a.From < b.From
		}
		for k := range a.Trace {
			sa, sb := a.Trace[k], b.Trace[k]
			if sa.mod.Path != sb.mod.Path {
				return sa.mod.Path < sb.mod.Path
			}
			if sa.pos != sb.pos {
				return sa.pos < sb.pos
			}
			if sa.msg != sb.msg {
				return sa.msg < sb.msg
			}
		}
		return false
	})
	// One finding per sink and class: the first origin.
	var dedup []*Finding
	seen := map[string]bool{}
	for _, f := range out {
		k := fmt.Sprintf("%s:%d:%d", f.Mod.Path, f.Pos, f.Class)
		if !seen[k] {
			seen[k] = true
			dedup = append(dedup, f)
		}
	}
	return dedup
}

func (p *Project) enqueue(f *Func) {
	if !f.queued {
		f.queued = true
		p.work = append(p.work, f)
	}
}

// seed returns the value a parameter, a source node or a source call
// starts with in f: the same on every run of f, so made once.
func (p *Project) seed(f *Func, param int, n int32, mk func() value) value {
	k := int64(param)<<32 | int64(uint32(n))
	if v, ok := f.seeds[k]; ok {
		return v
	}
	v := mk()
	if f.seeds == nil {
		f.seeds = map[int64]value{}
	}
	f.seeds[k] = v
	return v
}

func (p *Project) origin(fn *Func, param int, n int32, src SourceKind, mod *Module, pos int32, label string) *origin {
	k := originKey{fn, param, n}
	if o := p.origins[k]; o != nil {
		return o
	}
	o := &origin{param: param, fn: fn, src: src, mod: mod, pos: pos, label: label}
	p.origins[k] = o
	return o
}

// slot is a path's value in the interpreter's state: def says the path
// was assigned (else it reads through its parent).
type slot struct {
	v   value
	def bool
}

type interp struct {
	p *Project
	f *Func
	m *Module
	// scratch holds the argument values of the calls being evaluated,
	// innermost last (see call).
	scratch []value
	state   []slot
	ret     value
	stopped bool
	term    bool
	loops   []*loopAcc
	sum     summary
	kidsOf  [][]int32
	memo    []value
	memoGen []uint32
	gen     uint32
}

type loopAcc struct {
	breaks, conts []slot
	hasBreak      bool
	hasCont       bool
}

func (p *Project) analyse(f *Func) {
	n := f.nodeHi - f.nodeLo
	i := &interp{p: p, f: f, m: f.Mod, state: make([]slot, len(f.paths)), memo: make([]value, n), memoGen: make([]uint32, n)}
	i.kidsOf = make([][]int32, len(f.paths))
	for q := range f.paths {
		if par := f.paths[q].parent; par >= 0 {
			i.kidsOf[par] = append(i.kidsOf[par], int32(q))
		}
	}
	for pi, prm := range f.Params {
		v := p.seed(f, pi, -1, func() value {
			o := p.origin(f, pi, -1, NoSource, f.Mod, f.Start, prm.Name)
			v := value{{o: o, mask: All, trace: addStep(nil, f.Mod, f.Start, f.Start, "enters "+shortName(f.Name)+" as parameter "+prm.Name)}}
			if prm.Source != NoSource && !p.Models.disabled[prm.Source] {
				so := p.origin(f, -1-pi, -1, prm.Source, f.Mod, f.Start, "parameter "+prm.Name)
				m := All &^ prm.Clean
				if m != 0 {
					v = union(v, value{{o: so, mask: m, trace: addStep(nil, f.Mod, f.Start, f.Start, "route parameter "+prm.Name+" ("+prm.Source.String()+")")}})
				}
			}
			return v
		})
		if g := p.funcs[prm.Dep]; g != nil && g != f {
			g.callers.add(f)
			if !g.analysed {
				p.enqueue(g)
			}
			for _, r := range g.sum.ret {
				if r.o.param < 0 {
					v = union(v, value{{o: r.o, mask: r.mask, flags: r.flags, trace: addStep(r.trace, f.Mod, f.Start, f.Start, "injected as parameter "+prm.Name+" by Depends("+shortName(g.Name)+")")}})
				}
			}
		}
		i.state[prm.Var] = slot{v: v, def: true}
		if prm.Type != "" && prm.Source != NoSource {
			// A validated model's typed fields.
			if c := p.classes[prm.Type]; c != nil {
				for _, q := range i.kidsOf[prm.Var] {
					if m := p.fieldClean(c, f.paths[q].key, 0); m != 0 {
						i.state[q] = slot{v: v.clear(m, false), def: true}
					}
				}
			}
		}
	}
	i.exec(f.body)
	i.sum.ret = i.ret
	i.sum.size = sumSize(&i.sum)
	if !f.analysed || i.sum.size != f.sum.size {
		f.analysed = true
		f.sum = i.sum
		for _, c := range f.callers.list {
			p.enqueue(c)
		}
		// A function that returns tainted data of its own makes its
		// callers interesting, analysed or not.
		for _, it := range f.sum.ret {
			if it.o.param < 0 {
				for _, c := range p.staticCallers[f] {
					p.enqueue(c)
				}
				break
			}
		}
	}
}

func sumSize(s *summary) int {
	n := len(s.sinks)*1000 + len(s.fields)*100000
	for _, it := range s.ret {
		n += 10 + int(it.mask)%7 + int(it.flags)
		if it.o.param < 0 {
			n += 3
		}
	}
	n += len(s.ret) * 100000000
	for _, it := range s.ret {
		n += int(it.mask)
	}
	return n
}

func shortName(q string) string {
	parts := strings.Split(q, ".")
	if len(parts) >= 2 {
		return strings.Join(parts[len(parts)-2:], ".")
	}
	return q
}

func (i *interp) copyState() []slot {
	s := make([]slot, len(i.state))
	copy(s, i.state)
	return s
}

// joinStates joins two states; a path assigned on one side only gets,
// from the other, the value it reads there (through its parent).
func (i *interp) joinStates(a, b []slot) []slot {
	out := make([]slot, len(a))
	for k := range a {
		switch {
		case a[k].def == b[k].def:
			out[k] = slot{v: union(a[k].v, b[k].v), def: a[k].def}
		case a[k].def:
			out[k] = slot{v: union(a[k].v, i.readIn(b, int32(k))), def: true}
		default:
			out[k] = slot{v: union(i.readIn(a, int32(k)), b[k].v), def: true}
		}
	}
	return out
}

// readIn reads a path in another state.
func (i *interp) readIn(st []slot, p int32) value {
	saved := i.state
	i.state = st
	v := i.read(p)
	i.state = saved
	return v
}

func sameStates(a, b []slot) bool {
	for k := range a {
		if len(a[k].v) != len(b[k].v) || a[k].def != b[k].def {
			return false
		}
		for j := range a[k].v {
			if a[k].v[j].o != b[k].v[j].o || a[k].v[j].mask != b[k].v[j].mask {
				return false
			}
		}
	}
	return true
}

// read returns the value of a path: its own (and its children's), or,
// when it was never assigned, its parent's.
func (i *interp) read(p int32) value {
	s := i.state[p]
	if !s.def {
		if par := i.f.paths[p].parent; par >= 0 {
			return i.read(par)
		}
		return nil
	}
	v := s.v
	for _, k := range i.kidsOf[p] {
		if i.state[k].def {
			v = union(v, i.readDown(k))
		}
	}
	return v
}

func (i *interp) readDown(p int32) value {
	v := i.state[p].v
	for _, k := range i.kidsOf[p] {
		if i.state[k].def {
			v = union(v, i.readDown(k))
		}
	}
	return v
}

func (i *interp) write(p int32, v value) {
	i.state[p] = slot{v: v, def: true}
	i.undef(p)
}

func (i *interp) undef(p int32) {
	for _, k := range i.kidsOf[p] {
		i.state[k] = slot{}
		i.undef(k)
	}
}

func (i *interp) exec(b span) {
	list := i.m.block(b)
	for k := range list {
		if i.stopped {
			return
		}
		i.gen++
		i.execOne(&list[k])
	}
}

func (i *interp) execOne(s *stmt) {
	f := i.f
	switch s.kind {
	case sAssign:
		v := i.eval(s.val)
		if s.str >= 0 && len(v) > 0 { // no message to build for clean values
			v = v.withStep(f.Mod, s.pos, s.end, "assigned to "+i.m.str(s.str))
		}
		i.write(s.dst, v)
	case sAugment:
		v := i.eval(s.val)
		if s.str >= 0 && len(v) > 0 {
			v = v.withStep(f.Mod, s.pos, s.end, "added to "+i.m.str(s.str))
		}
		i.state[s.dst] = slot{v: union(i.read(s.dst), v), def: true}
	case sEval:
		i.term = false
		i.eval(s.val)
		if i.term {
			i.stopped = true
		}
	case sReturn:
		if v := i.eval(s.val); len(v) > 0 {
			i.ret = union(i.ret, v.withStep(f.Mod, s.pos, s.end, "returned by "+shortName(f.Name)))
		}
		if i.m.str(s.str) != "yield" {
			i.stopped = true
		}
	case sIf:
		entry := i.copyState()
		gs := i.m.guards[s.guards.lo : s.guards.lo+s.guards.n]
		i.assume(gs, true)
		i.exec(s.body)
		thenState, thenStop := i.state, i.stopped
		i.state, i.stopped = entry, false
		i.assume(gs, false)
		i.exec(s.els)
		elseState, elseStop := i.state, i.stopped
		switch {
		case thenStop && elseStop:
			i.stopped = true
		case thenStop:
			i.state, i.stopped = elseState, false
		case elseStop:
			i.state, i.stopped = thenState, false
		default:
			i.state, i.stopped = i.joinStates(thenState, elseState), false
		}
	case sLoop:
		entry := i.copyState()
		acc := &loopAcc{}
		i.loops = append(i.loops, acc)
		cur := entry
		var out []slot
		for n := 0; n < 3; n++ {
			i.state, i.stopped = cur, false
			i.exec(s.body)
			out = i.state
			if i.stopped {
				out = cur
			}
			next := i.joinStates(entry, out)
			if acc.hasCont {
				next = i.joinStates(next, acc.conts)
			}
			if sameStates(next, cur) {
				break
			}
			cur = next
		}
		i.loops = i.loops[:len(i.loops)-1]
		final := i.joinStates(entry, out)
		if acc.hasBreak {
			final = i.joinStates(final, acc.breaks)
		}
		i.state, i.stopped = final, false
	case sTry:
		entry := i.copyState()
		i.exec(s.body)
		bodyState, bodyStop := i.state, i.stopped
		start := entry
		if !bodyStop {
			start = i.joinStates(entry, bodyState)
		}
		var outs [][]slot
		if !bodyStop {
			outs = append(outs, bodyState)
		}
		alts := i.m.block(s.els)
		for k := range alts {
			i.state, i.stopped = start, false
			i.exec(alts[k].body)
			if !i.stopped {
				outs = append(outs, i.state)
			}
		}
		if len(alts) == 0 && bodyStop {
			i.stopped = true
		}
		if len(outs) == 0 {
			i.state, i.stopped = start, true
		} else {
			st := outs[0]
			for _, o := range outs[1:] {
				st = i.joinStates(st, o)
			}
			i.state, i.stopped = st, false
		}
		if s.fin.n > 0 {
			stop := i.stopped
			i.stopped = false
			i.exec(s.fin)
			i.stopped = i.stopped || stop
		}
	case sStop:
		i.stopped = true
	case sBreak, sContinue:
		if n := len(i.loops); n > 0 {
			acc := i.loops[n-1]
			if s.kind == sBreak {
				if acc.hasBreak {
					acc.breaks = i.joinStates(acc.breaks, i.state)
				} else {
					acc.breaks, acc.hasBreak = i.copyState(), true
				}
			} else {
				if acc.hasCont {
					acc.conts = i.joinStates(acc.conts, i.state)
				} else {
					acc.conts, acc.hasCont = i.copyState(), true
				}
			}
		}
		i.stopped = true
	case sFieldStore:
		name := i.m.str(s.str)
		v := i.eval(s.val)
		if len(v) > 0 {
			v = v.withStep(f.Mod, s.pos, s.end, "stored in field "+name)
		}
		key := ""
		if s.cls >= 0 {
			key = i.m.Classes[s.cls].Name + "." + name
		} else if c := i.p.classes[i.m.str(s.typ)]; c != nil {
			key = c.Name + "." + name
		}
		if key != "" {
			i.storeField(key, v)
		}
	case sGlobalStore:
		v := i.eval(s.val)
		var conc value
		for _, it := range v {
			if it.o.param < 0 {
				conc = append(conc, it)
			}
		}
		if len(conc) > 0 {
			i.p.setShared(i.p.globals, i.m.str(s.str), conc)
		}
	case sSink:
		v := i.eval(s.val)
		i.sink(s.class, v, s.pos, s.end, i.m.str(s.str))
	case sAssume:
		i.assume(i.m.guards[s.guards.lo:s.guards.lo+s.guards.n], true)
	}
}

// assume applies the guards that hold where the condition has the given
// truth.
func (i *interp) assume(gs []guard, truth bool) {
	for _, g := range gs {
		if g.whenTrue != truth {
			continue
		}
		v := i.read(g.path).clear(g.mask, g.normalized)
		i.state[g.path] = slot{v: v, def: true}
	}
}

func (i *interp) storeField(key string, v value) {
	var conc value
	for _, it := range v {
		if it.o.param < 0 {
			conc = append(conc, it)
		} else if it.o.fn == i.f {
			i.sum.fields = appendField(i.sum.fields, pfield{param: it.o.param, key: key, mask: it.mask, trace: it.trace})
		}
	}
	if len(conc) > 0 {
		i.p.setShared(i.p.fields, key, conc)
	}
}

func appendField(fs []pfield, f pfield) []pfield {
	for _, x := range fs {
		if x.param == f.param && x.key == f.key && x.mask|f.mask == x.mask {
			return fs
		}
	}
	return append(fs, f)
}

// entry reports whether tainted data enters the function itself: it reads
// a source or has a tainted parameter.
func (f *Func) entry() bool {
	for _, p := range f.Params {
		if p.Source != NoSource || p.Dep != "" {
			return true
		}
	}
	m := f.Mod
	for k := f.nodeLo; k < f.nodeHi; k++ {
		switch nd := &m.nodes[k]; nd.kind {
		case nSource:
			return true
		case nCall:
			if m.calls[nd.a].source != NoSource {
				return true
			}
		}
	}
	return false
}

// setShared adds concrete taint to a field or global and re-queues the
// functions that read it.
func (p *Project) setShared(m map[string]value, key string, v value) {
	old := m[key]
	nv := union(old, v)
	if len(nv) == len(old) {
		same := true
		for k := range nv {
			if nv[k].mask != old[k].mask {
				same = false
			}
		}
		if same {
			return
		}
	}
	m[key] = nv
	if r := p.readers[key]; r != nil {
		for _, f := range r.list {
			p.enqueue(f)
		}
	}
	for _, f := range p.staticReaders[key] {
		p.enqueue(f)
	}
}

func (p *Project) readShared(m map[string]value, key string, f *Func) value {
	r := p.readers[key]
	if r == nil {
		r = &funcSet{}
		p.readers[key] = r
	}
	r.add(f)
	return m[key]
}

// funcSet is a set of functions that keeps the order they were added in,
// so that the work list, and with it the traces, are the same run after
// run (a map's order is not).
type funcSet struct {
	list []*Func
	has  map[*Func]bool
}

func (s *funcSet) add(f *Func) {
	if s.has[f] {
		return
	}
	if s.has == nil {
		s.has = map[*Func]bool{}
	}
	s.has[f] = true
	s.list = append(s.list, f)
}

// eval returns a node's value.
func (i *interp) eval(n int32) value {
	if n < 0 {
		return nil
	}
	k := n - i.f.nodeLo
	if i.memoGen[k] == i.gen && i.gen != 0 {
		return i.memo[k]
	}
	v := i.evalNode(n)
	i.memo[k], i.memoGen[k] = v, i.gen
	return v
}

func (i *interp) evalNode(n int32) value {
	f, m := i.f, i.m
	nd := &m.nodes[n]
	switch nd.kind {
	case nVar:
		return i.read(nd.a)
	case nSource:
		if i.p.Models.disabled[nd.src] {
			return nil
		}
		return i.p.seed(f, -1, n, func() value {
			label := m.str(nd.str)
			o := i.p.origin(f, -1, n, nd.src, f.Mod, nd.pos, label)
			return value{{o: o, mask: All, trace: addStep(nil, f.Mod, nd.pos, nd.pos, label+" ("+nd.src.String()+")")}}
		})
	case nJoin:
		var v value
		for _, k := range m.kids[nd.a : nd.a+nd.n] {
			v = union(v, i.eval(k))
		}
		clear := nd.clear
		if nd.str2 >= 0 {
			// A URL that starts with another module's constant.
			if s, ok := i.p.consts[m.str(nd.str2)]; ok && fixesHost(s+m.str(nd.str)) {
				clear |= SSRF.Bit() | Redirect.Bit()
			}
		}
		return v.clear(clear, false)
	case nCall:
		return i.call(nd.a)
	case nField:
		name := m.str(nd.str)
		if nd.cls >= 0 {
			var v value
			for c, d := m.Classes[nd.cls], 0; c != nil && d < 8; d++ {
				v = union(v, i.p.readShared(i.p.fields, c.Name+"."+name, f))
				if len(c.Bases) == 0 {
					break
				}
				c = i.p.classes[c.Bases[0]]
			}
			return v
		}
		if c := i.p.classes[m.str(nd.str2)]; c != nil {
			return i.p.readShared(i.p.fields, c.Name+"."+name, f)
		}
	case nGlobal:
		return i.p.readShared(i.p.globals, m.str(nd.str), f)
	}
	return nil
}

// sink reports a value reaching a sink: a finding for each source it
// carries, a summary entry for each parameter.
func (i *interp) sink(class Class, v value, pos, end int32, label string) {
	for _, it := range v {
		if it.mask&class.Bit() == 0 {
			continue
		}
		if it.o.param < 0 {
			i.p.addFinding(class, it, i.f.Mod, pos, end, label)
		} else if it.o.fn == i.f {
			i.addSink(psink{param: it.o.param, class: class, mod: i.f.Mod, pos: pos, end: end, trace: it.trace, label: label, flags: it.flags})
		}
	}
}

func (i *interp) addSink(s psink) {
	for _, x := range i.sum.sinks {
		if x.param == s.param && x.class == s.class && x.mod == s.mod && x.pos == s.pos {
			return
		}
	}
	i.sum.sinks = append(i.sum.sinks, s)
}

func (p *Project) addFinding(class Class, it item, mod *Module, pos, end int32, label string) {
	k := fmt.Sprintf("%s:%d:%d:%p", mod.Path, pos, class, it.o)
	if _, ok := p.findings[k]; ok {
		return
	}
	t := addStep(it.trace, mod, pos, end, "reaches "+label)
	p.findings[k] = &Finding{Class: class, Source: it.o.src, Mod: mod, Pos: pos, End: end, Sink: label, From: it.o.label,
		Trace: t.steps(), srcMod: it.o.mod, srcPos: it.o.pos}
}

// call evaluates a call: its sinks, and its result through the callee's
// summary, a model, or the default (the arguments' taint flows on).
func (i *interp) call(ci int32) value {
	f, m := i.f, i.m
	c := &m.calls[ci]
	label := m.str(c.label)
	recv := i.eval(c.recv)
	cargs := m.args[c.args.lo : c.args.lo+c.args.n]
	ckws := m.kws[c.kws.lo : c.kws.lo+c.kws.n]
	// The argument values live on the scratch stack until the call is
	// done; nested calls in the arguments push above them, so they are
	// indexed, not held, while the arguments are evaluated.
	base, na := len(i.scratch), len(cargs)
	for range na + len(ckws) {
		i.scratch = append(i.scratch, nil)
	}
	for k, a := range cargs {
		v := i.eval(a)
		i.scratch[base+k] = v
	}
	for k, a := range ckws {
		v := i.eval(a.node)
		i.scratch[base+na+k] = v
	}
	args, kws := i.scratch[base:base+na:base+na], i.scratch[base+na:base+na+len(ckws):base+na+len(ckws)]
	defer func() {
		clear(i.scratch[base:])
		i.scratch = i.scratch[:base]
	}()
	for _, s := range m.uses[c.uses.lo : c.uses.lo+c.uses.n] {
		i.sink(s.class, i.eval(s.node), c.pos, c.end, label)
	}
	if c.flags&callTerminates != 0 {
		i.term = true
	}
	var res value
	targets, ctor := i.p.targets(f, c)
	if len(targets) > 0 {
		for _, g := range targets {
			res = union(res, i.apply(g, c, ctor, recv, args, kws))
		}
	} else if c.prop >= 0 {
		prop := &i.p.Models.propList[c.prop]
		if prop.toRecv || len(prop.args) == 0 && len(prop.kwargs) == 0 {
			res = recv
		}
		for _, k := range prop.args {
			if k < len(args) {
				res = union(res, args[k])
			}
		}
		for _, kw := range prop.kwargs {
			for k := range ckws {
				if m.str(ckws[k].name) == kw {
					res = union(res, kws[k])
				}
			}
		}
	} else if c.flags&callNoProp == 0 {
		res = recv
		for _, a := range args {
			res = union(res, a)
		}
		for _, a := range kws {
			res = union(res, a)
		}
	}
	if c.source != NoSource && !i.p.Models.disabled[c.source] {
		res = union(res, i.p.seed(f, -1, -2-ci, func() value {
			o := i.p.origin(f, -1, -2-ci, c.source, f.Mod, c.pos, label+"()")
			return value{{o: o, mask: All, trace: addStep(nil, f.Mod, c.pos, c.end, label+"() ("+c.source.String()+")")}}
		}))
	}
	if c.sanitize != 0 {
		res = res.clear(c.sanitize, false)
	}
	if c.flags&callNormalize != 0 && len(res) > 0 {
		out := make(value, len(res))
		for k, it := range res {
			it.flags |= flagNormalized
			out[k] = it
		}
		res = out
	}
	return res
}

// targets resolves a call to project functions: a function or method by
// qualified name, a class (its __init__), a method of self's class, or a
// method by name when few project classes have it.
func (p *Project) targets(f *Func, c *call) ([]*Func, bool) {
	m := f.Mod
	k := int(c.self) // the call's index in the module's pool
	if m.tcache == nil {
		m.tcache = make([]targetsEntry, len(m.calls))
	}
	if e := &m.tcache[k]; e.done {
		return e.ts, e.ctor
	}
	ts, ctor := p.resolve(f, c)
	m.tcache[k] = targetsEntry{ts: ts, ctor: ctor, done: true}
	return ts, ctor
}

// targetsEntry caches what a call resolves to.
type targetsEntry struct {
	ts         []*Func
	ctor, done bool
}

// resolve is targets without the cache.
func (p *Project) resolve(f *Func, c *call) ([]*Func, bool) {
	m := f.Mod
	callee := m.str(c.callee)
	if callee != "" {
		if g := p.funcs[callee]; g != nil {
			return []*Func{g}, false
		}
		if cls := p.classes[callee]; cls != nil {
			if g := p.method(cls, "__init__", 0); g != nil {
				return []*Func{g}, true
			}
			return nil, false
		}
		if i := strings.LastIndexByte(callee, '.'); i > 0 {
			if cls := p.classes[callee[:i]]; cls != nil {
				if g := p.method(cls, callee[i+1:], 0); g != nil {
					return []*Func{g}, false
				}
				return nil, false
			}
		}
	}
	if c.method >= 0 && c.recv >= 0 && (callee == "" || c.flags&callSelf != 0) {
		name := m.str(c.method)
		if cands := p.byMethod[name]; len(cands) > 0 && len(cands) <= maxCallees && !commonMethods[name] {
			return cands, false
		}
	}
	return nil, false
}

// commonMethods are method names too common to guess the callee from
// (dict.get, str.split, a view's get).
var commonMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true,
	"items": true, "keys": true, "values": true, "pop": true, "update": true, "append": true, "extend": true,
	"insert": true, "remove": true, "clear": true, "copy": true, "setdefault": true, "add": true, "discard": true,
	"strip": true, "lstrip": true, "rstrip": true, "split": true, "rsplit": true, "join": true, "format": true,
	"replace": true, "lower": true, "upper": true, "encode": true, "decode": true, "read": true, "write": true,
	"close": true, "open": true, "find": true, "count": true, "index": true, "sort": true, "filter": true,
	"all": true, "first": true, "save": true, "load": true, "run": true, "start": true, "stop": true, "send": true,
	"execute": true, "fetch": true, "render": true, "dispatch": true, "__call__": true, "setup": true, "validate": true,
	"clean": true, "to_dict": true, "dict": true, "json": true, "text": true, "name": true, "exists": true,
}

// apply applies a callee's summary to a call's arguments.
func (i *interp) apply(g *Func, c *call, ctor bool, recv value, args, kws []value) value {
	g.callers.add(i.f)
	if !g.analysed {
		// Its summary is needed: analyse it, then this caller again.
		i.p.enqueue(g)
	}
	m := i.m
	label := m.str(c.label)
	ckws := m.kws[c.kws.lo : c.kws.lo+c.kws.n]
	bound := len(g.Params) > 0 && (g.Params[0].Self && (ctor || c.method >= 0 && c.recv >= 0) || g.ClassMethod && c.method >= 0)
	arg := func(pi int) value {
		if pi < 0 || pi >= len(g.Params) {
			return nil
		}
		prm := g.Params[pi]
		pos := pi
		if bound {
			if pi == 0 {
				if ctor {
					return nil // a new object
				}
				return recv
			}
			pos = pi - 1
		}
		var v value
		switch {
		case prm.Star:
			for k := pos; k < len(args); k++ {
				if k >= 0 {
					v = union(v, args[k])
				}
			}
		case prm.KwStar:
			for k := range ckws {
				v = union(v, kws[k])
			}
		default:
			if pos >= 0 && pos < len(args) {
				v = args[pos]
			}
			for k := range ckws {
				if m.str(ckws[k].name) == prm.Name {
					v = union(v, kws[k])
				}
			}
		}
		if c.flags&callStar != 0 {
			for k := range args {
				v = union(v, args[k])
			}
			for k := range kws {
				v = union(v, kws[k])
			}
		}
		return v
	}
	f := i.f
	var res value
	for _, r := range g.sum.ret {
		if r.o.param < 0 {
			res = union(res, value{{o: r.o, mask: r.mask, flags: r.flags, trace: addStep(r.trace, f.Mod, c.pos, c.end, "returned by "+label+"()")}})
			continue
		}
		if r.o.fn != g {
			continue
		}
		for _, a := range arg(r.o.param) {
			m := a.mask & r.mask
			if m == 0 {
				continue
			}
			t := addStep(a.trace, f.Mod, c.pos, c.end, "passed to "+label+"()")
			t = concat(t, r.trace)
			t = addStep(t, f.Mod, c.pos, c.end, "returned by "+label+"()")
			res = union(res, value{{o: a.o, mask: m, flags: a.flags | r.flags, trace: t}})
		}
	}
	for _, s := range g.sum.sinks {
		v := arg(s.param)
		for _, a := range v {
			if a.mask&s.class.Bit() == 0 {
				continue
			}
			t := addStep(a.trace, f.Mod, c.pos, c.end, "passed to "+label+"()")
			t = concat(t, s.trace)
			it := item{o: a.o, mask: a.mask, flags: a.flags, trace: t}
			if a.o.param < 0 {
				i.p.addFinding(s.class, it, s.mod, s.pos, s.end, s.label)
			} else if a.o.fn == f {
				i.addSink(psink{param: a.o.param, class: s.class, mod: s.mod, pos: s.pos, end: s.end, trace: t, label: s.label})
			}
		}
	}
	for _, fl := range g.sum.fields {
		v := arg(fl.param)
		var st value
		for _, a := range v {
			if m := a.mask & fl.mask; m != 0 {
				t := addStep(a.trace, f.Mod, c.pos, c.end, "passed to "+label+"()")
				st = union(st, value{{o: a.o, mask: m, flags: a.flags, trace: concat(t, fl.trace)}})
			}
		}
		if len(st) > 0 {
			i.storeField(fl.key, st)
		}
	}
	return res
}

// Findings converts the solver's findings to the scanner's.
func Findings(fs []*Finding, rules map[Class]*analysis.Rule) []analysis.Finding {
	var out []analysis.Finding
	for _, f := range fs {
		r := rules[f.Class]
		if r == nil {
			continue
		}
		sev, conf := r.Severity, r.Confidence
		if f.Source == CLI || f.Source == Env {
			if sev > analysis.Low {
				sev--
			}
			if conf > analysis.Low {
				conf--
			}
		}
		msg := fmt.Sprintf("%s: %s from %s reaches %s", r.Title, f.Source, f.From, f.Sink)
		af := analysis.Finding{RuleID: r.ID, Path: f.Mod.Path, Span: token.Span{Start: f.Pos, End: f.End},
			Message: msg, Severity: sev, Confidence: conf, CWE: r.CWE}
		af.Extent = af.Span
		af.Stmt = af.Span
		for _, s := range f.Trace {
			af.Related = append(af.Related, analysis.Location{Path: s.mod.Path, Span: token.Span{Start: s.pos, End: max(s.end, s.pos)}, Message: s.msg})
		}
		out = append(out, af)
	}
	return out
}
