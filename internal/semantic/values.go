package semantic

import (
	"math"

	"github.com/krait-dev/krait/python/ast"
)

// This file folds the other constants rules ask about — ints and bools —
// and tells what a name is bound to where it is used.

// ValueOf returns the expression a use of n in scope s is bound to, when
// the binding that use sees is a plain assignment ("n = value", "n: T =
// value", "n := value"), and the scope that binding is in (where the value
// must be evaluated). It returns nil for a parameter, an import, a loop
// variable, a def, an augmented assignment, and for a name the model
// cannot resolve.
//
// Unlike ConstString, ValueOf does not require the binding to be the
// only one: "key = os.urandom(16)" then "key = b'k'" gives each use the
// value assigned last before it.
func (m *Model) ValueOf(s *Scope, n *ast.Name) (ast.Expr, *Scope) {
	b := m.Lookup(s, n.ID, n.Start)
	if b == nil || b.Kind != AssignBinding || b.Value == nil {
		return nil, nil
	}
	return b.Value, b.Scope
}

// ConstInt returns the value of an int expression known statically: an
// int literal (True and False count as 1 and 0, as in Python), unary
// minus and plus, the operators + - * // % ** << >> of known ints, and a
// name bound once to such a value. ok is false when the value is not
// known or does not fit in an int64.
func (m *Model) ConstInt(s *Scope, e ast.Expr) (v int64, ok bool) {
	return m.constInt(s, e, 0)
}

func (m *Model) constInt(s *Scope, e ast.Expr, depth int) (int64, bool) {
	if depth > maxFold {
		return 0, false
	}
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.Kind {
		case ast.IntValue:
			if e.Value.Big != nil {
				return 0, false
			}
			return e.Value.Int, true
		case ast.TrueValue:
			return 1, true
		case ast.FalseValue:
			return 0, true
		}
	case *ast.UnaryOp:
		v, ok := m.constInt(s, e.Operand, depth)
		if !ok {
			return 0, false
		}
		switch e.Op {
		case ast.USub:
			if v == math.MinInt64 {
				return 0, false
			}
			return -v, true
		case ast.UAdd:
			return v, true
		case ast.Invert:
			return ^v, true
		}
	case *ast.BinOp:
		l, ok := m.constInt(s, e.Left, depth)
		if !ok {
			return 0, false
		}
		r, ok := m.constInt(s, e.Right, depth)
		if !ok {
			return 0, false
		}
		return intOp(e.Op, l, r)
	case *ast.Name:
		if v := m.boundValue(s, e); v != nil {
			return m.constInt(m.scopeOfValue(s, e), v, depth+1)
		}
	}
	return 0, false
}

// intOp applies a binary operator to two int64s as Python does, failing
// on overflow and on division by zero.
func intOp(op ast.Operator, l, r int64) (int64, bool) {
	const limit = 1 << 62 // stay well inside int64 for + - * **
	switch op {
	case ast.Add:
		if abs(l) >= limit || abs(r) >= limit {
			return 0, false
		}
		return l + r, true
	case ast.Sub:
		if abs(l) >= limit || abs(r) >= limit {
			return 0, false
		}
		return l - r, true
	case ast.Mult:
		if l != 0 && abs(r) > limit/abs(l) {
			return 0, false
		}
		return l * r, true
	case ast.FloorDiv, ast.Mod:
		if r == 0 || l == math.MinInt64 {
			return 0, false
		}
		q, rem := l/r, l%r
		if rem != 0 && (rem < 0) != (r < 0) {
			q--
			rem += r
		}
		if op == ast.Mod {
			return rem, true
		}
		return q, true
	case ast.Pow:
		if r < 0 {
			return 0, false
		}
		v := int64(1)
		for i := int64(0); i < r; i++ {
			if l != 0 && abs(v) > limit/abs(l) {
				return 0, false
			}
			v *= l
			if v == 0 || v == 1 {
				break
			}
		}
		return v, true
	case ast.LShift:
		if r < 0 || r > 62 || abs(l) >= int64(1)<<(62-r) {
			return 0, false
		}
		return l << r, true
	case ast.RShift:
		if r < 0 {
			return 0, false
		}
		if r > 63 {
			r = 63
		}
		return l >> r, true
	}
	return 0, false
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// ConstBool returns the value of a bool known statically: True or False,
// "not" of a known bool, or a name bound once to such a value. Other
// constants (0, "", None) are not bools and give ok false: a rule that
// asks whether a setting is False must not take None for it.
func (m *Model) ConstBool(s *Scope, e ast.Expr) (v, ok bool) {
	return m.constBool(s, e, 0)
}

func (m *Model) constBool(s *Scope, e ast.Expr, depth int) (bool, bool) {
	if depth > maxFold {
		return false, false
	}
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.Kind {
		case ast.TrueValue:
			return true, true
		case ast.FalseValue:
			return false, true
		}
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			if v, ok := m.constBool(s, e.Operand, depth); ok {
				return !v, true
			}
		}
	case *ast.Name:
		if v := m.boundValue(s, e); v != nil {
			return m.constBool(m.scopeOfValue(s, e), v, depth+1)
		}
	}
	return false, false
}
