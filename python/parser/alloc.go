package parser

import "github.com/krait-dev/krait/python/ast"

// The parser allocates the most frequent nodes and every list of nodes
// from chunks instead of one heap object each. Profiling the standard
// library showed a third of the parse time in the allocator and the GC
// with plain composite literals and appends: Name nodes alone were a fifth
// of all allocations, call arguments and statement lists (grown by append)
// another fifth. The whole tree lives and dies together, so chunking costs
// no memory beyond the unused tail of the last chunk.

// slab hands out T values from chunks that grow from 8 to 1024 values, so
// that a small file wastes little and a large one allocates rarely.
type slab[T any] struct {
	buf  []T
	next int
}

func (s *slab[T]) alloc(v T) *T {
	if len(s.buf) == 0 {
		s.next = min(max(2*s.next, 8), 1024)
		s.buf = make([]T, s.next)
	}
	x := &s.buf[0]
	*x = v
	s.buf = s.buf[1:]
	return x
}

// lists copies finished lists into chunks. A list's capacity is its
// length, so an append by a later user of the tree reallocates instead of
// overwriting the next list in the chunk.
type lists[T any] struct {
	buf  []T
	next int
}

func (l *lists[T]) copy(xs []T) []T {
	n := len(xs)
	if n == 0 {
		return nil
	}
	if n > len(l.buf) {
		l.next = min(max(2*l.next, 32), 4096)
		l.buf = make([]T, max(n, l.next))
	}
	s := l.buf[:n:n]
	copy(s, xs)
	l.buf = l.buf[n:]
	return s
}

// stack is a scratch stack on which lists are built before they are
// copied out; nested lists build above the marks of the enclosing ones.
type stack[T any] struct {
	items []T
	out   lists[T]
}

func (s *stack[T]) mark() int { return len(s.items) }

func (s *stack[T]) push(x T) { s.items = append(s.items, x) }

// since returns how many items were pushed since mark m.
func (s *stack[T]) since(m int) int { return len(s.items) - m }

// pop copies the items pushed since mark m into a list and drops them.
func (s *stack[T]) pop(m int) []T {
	xs := s.out.copy(s.items[m:])
	clear(s.items[m:])
	s.items = s.items[:m]
	return xs
}

// arena holds the parser's slabs and list stacks.
type arena struct {
	names      slab[ast.Name]
	constants  slab[ast.Constant]
	attributes slab[ast.Attribute]
	calls      slab[ast.Call]
	keywords   slab[ast.Keyword]
	exprStmts  slab[ast.ExprStmt]
	assigns    slab[ast.Assign]
	args       slab[ast.Arg]

	exprs stack[ast.Expr]
	stmts stack[ast.Stmt]
	kws   stack[*ast.Keyword]
}
