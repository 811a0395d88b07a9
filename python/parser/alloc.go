package parser

import (
	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/token"
)

// The parser allocates nodes and every list of nodes from chunks instead
// of one heap object each. Profiling the standard library showed a third
// of the parse time in the allocator and the GC with plain composite
// literals and appends: Name nodes alone were a fifth of all allocations,
// call arguments and statement lists (grown by append) another fifth. The
// whole tree lives and dies together, so chunking costs no memory beyond
// the unused tail of the last chunk of each kind.
//
// The chunks belong to an arena. Without Options.Arena each parse has its
// own, which dies with the tree. An Arena keeps its chunks, and the token
// buffer, for the next parse after Reset: a scanner parsing thousands of
// files then allocates almost nothing per file. Only the nodes and lists
// of the tree come from chunks; the strings in it (identifiers, constant
// values, Src) and File.Lines never do, so that they outlive a Reset.

// Arena is memory that parses can reuse: pass it in Options.Arena, and
// call Reset when the tree of the last parse is no longer needed.
//
//	a := parser.NewArena()
//	for _, file := range files {
//		f, err := parser.ParseFileOptions(file.Name, file.Src, parser.Options{Arena: a})
//		... use f ...
//		a.Reset()
//	}
//
// Reset recycles everything the parses since the last Reset took from the
// arena: after it, the nodes and lists of those trees (File.Module,
// File.Expression, File.Comments, every node and every slice in them) are
// overwritten by later parses and must not be used, not even read. What
// stays valid is the *ast.File value itself with its Name, Src, Encoding
// and Lines, and every string that was in the trees (identifiers, constant
// values, Kind): they are never taken from the arena. *big.Int constant
// values stay valid too. Copy anything else that must outlive the Reset.
//
// Parses through one arena without a Reset between them take fresh memory
// from it, so all their trees stay valid until the next Reset.
//
// An Arena is not safe for concurrent use: use one per goroutine. The zero
// value is ready to use. An Arena keeps the memory of its largest round of
// parses between Resets; drop it to release that memory.
type Arena struct {
	a        arena
	toks     []token.Token
	comments []token.Span
}

// NewArena returns an empty arena.
func NewArena() *Arena { return new(Arena) }

// Reset makes the memory of all trees parsed through a since the last
// Reset available to the next parses. Those trees must not be used after
// it, except as the Arena documentation says.
func (a *Arena) Reset() { a.a.reset() }

// slab hands out T values from chunks that grow from 4 to 1024 values, so
// that a small file wastes little and a large one allocates rarely. The
// chunks are kept for reuse after reset. (An index rather than reslicing
// buf: a slice store into the heap costs a write barrier check.)
type slab[T any] struct {
	buf    []T   // the current chunk
	n      int   // buf[:n] is handed out
	chunks [][]T // every chunk allocated, in order
	used   int   // chunks[:used] have been handed out from since reset
}

func (s *slab[T]) alloc(v T) *T {
	if s.n == len(s.buf) {
		s.grow()
	}
	x := &s.buf[s.n]
	s.n++
	*x = v
	return x
}

func (s *slab[T]) grow() {
	if s.used < len(s.chunks) {
		s.buf = s.chunks[s.used]
	} else {
		n := 4
		if len(s.chunks) > 0 {
			n = min(2*len(s.chunks[len(s.chunks)-1]), 1024)
		}
		s.buf = make([]T, n)
		s.chunks = append(s.chunks, s.buf)
	}
	s.n = 0
	s.used++
}

// reset zeroes what was handed out, so that the chunks keep no pointers
// into old trees and sources, and rewinds to the first chunk.
func (s *slab[T]) reset() {
	for i := 0; i < s.used-1; i++ {
		clear(s.chunks[i])
	}
	clear(s.buf[:s.n])
	s.buf, s.n, s.used = nil, 0, 0
}

// lists copies finished lists into chunks. A list's capacity is its
// length, so an append by a later user of the tree reallocates instead of
// overwriting the next list in the chunk.
type lists[T any] struct {
	buf    []T // the current chunk
	n      int // buf[:n] is handed out
	chunks [][]T
	used   int
	next   int // size of the next chunk to allocate
}

func (l *lists[T]) copy(xs []T) []T {
	s := l.make(len(xs))
	copy(s, xs)
	return s
}

// make returns a zeroed list of n items.
func (l *lists[T]) make(n int) []T {
	if n == 0 {
		return nil
	}
	if n > len(l.buf)-l.n {
		l.grow(n)
	}
	s := l.buf[l.n : l.n+n : l.n+n]
	l.n += n
	return s
}

// grow moves to a chunk with room for n items: the next kept one, or a
// new one (which replaces a kept chunk too small for n). The unused tail
// of the current chunk stays zero.
func (l *lists[T]) grow(n int) {
	if l.used < len(l.chunks) && len(l.chunks[l.used]) >= n {
		l.buf = l.chunks[l.used]
	} else {
		l.next = min(max(2*l.next, 32), 4096)
		l.buf = make([]T, max(n, l.next))
		if l.used < len(l.chunks) {
			l.chunks[l.used] = l.buf
		} else {
			l.chunks = append(l.chunks, l.buf)
		}
	}
	l.n = 0
	l.used++
}

func (l *lists[T]) reset() {
	for i := 0; i < l.used-1; i++ {
		clear(l.chunks[i])
	}
	clear(l.buf[:l.n])
	l.buf, l.n, l.used = nil, 0, 0
}

// stack is a scratch stack on which lists are built before they are
// copied out; nested lists build above the marks of the enclosing ones.
// Popped items are not cleared: the scratch lives no longer than the
// arena, whose chunks hold the same pointers, and reset clears it.
type stack[T any] struct {
	items []T
	out   lists[T]
}

func (s *stack[T]) mark() int { return len(s.items) }

func (s *stack[T]) push(x T) { s.items = append(s.items, x) }

// since returns how many items were pushed since mark m.
func (s *stack[T]) since(m int) int { return len(s.items) - m }

// view returns the items pushed since mark m, valid until the next push.
func (s *stack[T]) view(m int) []T { return s.items[m:] }

// top returns the last item pushed.
func (s *stack[T]) top() T { return s.items[len(s.items)-1] }

// pop copies the items pushed since mark m into a list and drops them.
func (s *stack[T]) pop(m int) []T {
	xs := s.out.copy(s.items[m:])
	s.items = s.items[:m]
	return xs
}

// drop drops the items pushed since mark m.
func (s *stack[T]) drop(m int) { s.items = s.items[:m] }

// popPairs splits the items pushed since mark m, which alternate between
// two lists (a dict's keys and values), into those lists, and drops them.
func (s *stack[T]) popPairs(m int) (a, b []T) {
	items := s.items[m:]
	n := len(items) / 2
	a, b = s.out.make(n), s.out.make(n)
	for i := 0; i < n; i++ {
		a[i], b[i] = items[2*i], items[2*i+1]
	}
	s.items = s.items[:m]
	return a, b
}

func (s *stack[T]) reset() {
	clear(s.items[:cap(s.items)])
	s.items = s.items[:0]
	s.out.reset()
}

// arena holds the parser's slabs and list stacks. Pattern nodes (match
// statements are rare) and strings are allocated one by one.
type arena struct {
	// Expressions.
	names      slab[ast.Name]
	constants  slab[ast.Constant]
	attributes slab[ast.Attribute]
	calls      slab[ast.Call]
	keywords   slab[ast.Keyword]
	binOps     slab[ast.BinOp]
	unaryOps   slab[ast.UnaryOp]
	boolOps    slab[ast.BoolOp]
	compares   slab[ast.Compare]
	subscripts slab[ast.Subscript]
	slices     slab[ast.Slice]
	starreds   slab[ast.Starred]
	tuples     slab[ast.Tuple]
	listExprs  slab[ast.List]
	dicts      slab[ast.Dict]
	sets       slab[ast.Set]
	ifExps     slab[ast.IfExp]
	lambdas    slab[ast.Lambda]
	namedExprs slab[ast.NamedExpr]
	awaits     slab[ast.Await]
	yields     slab[ast.Yield]
	yieldFroms slab[ast.YieldFrom]
	genExps    slab[ast.GeneratorExp]
	listComps  slab[ast.ListComp]
	setComps   slab[ast.SetComp]
	dictComps  slab[ast.DictComp]
	comps      slab[ast.Comprehension]
	joinedStrs slab[ast.JoinedStr]
	formatted  slab[ast.FormattedValue]
	args       slab[ast.Arg]
	arguments  slab[ast.Arguments]

	// Statements.
	exprStmts   slab[ast.ExprStmt]
	assigns     slab[ast.Assign]
	augAssigns  slab[ast.AugAssign]
	annAssigns  slab[ast.AnnAssign]
	returns     slab[ast.Return]
	passes      slab[ast.Pass]
	ifs         slab[ast.If]
	fors        slab[ast.For]
	whiles      slab[ast.While]
	withs       slab[ast.With]
	withItems   slab[ast.WithItem]
	funcDefs    slab[ast.FunctionDef]
	classDefs   slab[ast.ClassDef]
	imports     slab[ast.Import]
	importFroms slab[ast.ImportFrom]
	aliases     slab[ast.Alias]
	raises      slab[ast.Raise]
	tries       slab[ast.Try]
	handlers    slab[ast.ExceptHandler]
	asserts     slab[ast.Assert]
	deletes     slab[ast.Delete]

	// Lists.
	exprs        stack[ast.Expr]
	stmts        stack[ast.Stmt]
	kws          stack[*ast.Keyword]
	argList      stack[*ast.Arg]
	aliasList    stack[*ast.Alias]
	compList     stack[*ast.Comprehension]
	withItemList stack[*ast.WithItem]
	handlerList  stack[*ast.ExceptHandler]
	cmpOps       stack[ast.CmpOperator]
	comments     lists[ast.Comment]
}

// reset rewinds every slab and stack; TestArenaResetsAll checks that none
// is missing.
func (a *arena) reset() {
	a.names.reset()
	a.constants.reset()
	a.attributes.reset()
	a.calls.reset()
	a.keywords.reset()
	a.binOps.reset()
	a.unaryOps.reset()
	a.boolOps.reset()
	a.compares.reset()
	a.subscripts.reset()
	a.slices.reset()
	a.starreds.reset()
	a.tuples.reset()
	a.listExprs.reset()
	a.dicts.reset()
	a.sets.reset()
	a.ifExps.reset()
	a.lambdas.reset()
	a.namedExprs.reset()
	a.awaits.reset()
	a.yields.reset()
	a.yieldFroms.reset()
	a.genExps.reset()
	a.listComps.reset()
	a.setComps.reset()
	a.dictComps.reset()
	a.comps.reset()
	a.joinedStrs.reset()
	a.formatted.reset()
	a.args.reset()
	a.arguments.reset()

	a.exprStmts.reset()
	a.assigns.reset()
	a.augAssigns.reset()
	a.annAssigns.reset()
	a.returns.reset()
	a.passes.reset()
	a.ifs.reset()
	a.fors.reset()
	a.whiles.reset()
	a.withs.reset()
	a.withItems.reset()
	a.funcDefs.reset()
	a.classDefs.reset()
	a.imports.reset()
	a.importFroms.reset()
	a.aliases.reset()
	a.raises.reset()
	a.tries.reset()
	a.handlers.reset()
	a.asserts.reset()
	a.deletes.reset()

	a.exprs.reset()
	a.stmts.reset()
	a.kws.reset()
	a.argList.reset()
	a.aliasList.reset()
	a.compList.reset()
	a.withItemList.reset()
	a.handlerList.reset()
	a.cmpOps.reset()
	a.comments.reset()
}
