package semantic

import (
	"strconv"
	"strings"

	"github.com/krait-dev/krait/python/ast"
)

// maxFold bounds the recursion of constant folding through names.
const maxFold = 8

// ConstString returns the value of a str expression known statically: a
// literal, an f-string of constant parts, "+" of known strings, "%" and
// str.format with constant arguments and the common conversions, "".join of
// a literal list of known strings, or a name bound once to such a value.
// ok is false when the value is not known (which IsConstant distinguishes
// from a computed value).
func (m *Model) ConstString(s *Scope, e ast.Expr) (string, bool) {
	return m.constString(s, e, 0)
}

// IsConstant reports whether e is built only from literals (and names
// bound to them), whether or not its value can be computed: "%x" % 255 is
// constant although ConstString does not evaluate %x.
func (m *Model) IsConstant(s *Scope, e ast.Expr) bool {
	return m.isConstant(s, e, 0)
}

func (m *Model) isConstant(s *Scope, e ast.Expr, depth int) bool {
	if depth > maxFold {
		return false
	}
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.JoinedStr:
		for _, v := range e.Values {
			if !m.isConstant(s, v, depth) {
				return false
			}
		}
		return true
	case *ast.FormattedValue:
		return m.isConstant(s, e.Value, depth) && (e.FormatSpec == nil || m.isConstant(s, e.FormatSpec, depth))
	case *ast.BinOp:
		return m.isConstant(s, e.Left, depth) && m.isConstant(s, e.Right, depth)
	case *ast.UnaryOp:
		return m.isConstant(s, e.Operand, depth)
	case *ast.Tuple:
		for _, x := range e.Elts {
			if !m.isConstant(s, x, depth) {
				return false
			}
		}
		return true
	case *ast.List:
		for _, x := range e.Elts {
			if !m.isConstant(s, x, depth) {
				return false
			}
		}
		return true
	case *ast.Dict:
		for i := range e.Values {
			if e.Keys[i] == nil || !m.isConstant(s, e.Keys[i], depth) || !m.isConstant(s, e.Values[i], depth) {
				return false
			}
		}
		return true
	case *ast.Call:
		if a, ok := e.Func.(*ast.Attribute); ok && (a.Attr.Name == "format" || a.Attr.Name == "join") && m.isConstant(s, a.Value, depth) {
			for _, x := range e.Args {
				if !m.isConstant(s, x, depth) {
					return false
				}
			}
			for _, k := range e.Keywords {
				if !m.isConstant(s, k.Value, depth) {
					return false
				}
			}
			return true
		}
	case *ast.Name:
		if v := m.boundValue(s, e); v != nil {
			return m.isConstant(m.scopeOfValue(s, e), v, depth+1)
		}
	}
	return false
}

// boundValue returns the value a name was bound to by its only binding in
// the scope that defines it, or nil.
func (m *Model) boundValue(s *Scope, n *ast.Name) ast.Expr {
	b := m.Lookup(s, n.ID, n.Start)
	if b == nil || b.Kind != AssignBinding || b.Value == nil {
		return nil
	}
	// A name rebound elsewhere in its scope is not a constant.
	for _, o := range b.Scope.Bindings(n.ID) {
		if o != b {
			return nil
		}
	}
	return b.Value
}

func (m *Model) scopeOfValue(s *Scope, n *ast.Name) *Scope {
	if b := m.Lookup(s, n.ID, n.Start); b != nil {
		return b.Scope
	}
	return s
}

func (m *Model) constString(s *Scope, e ast.Expr, depth int) (string, bool) {
	if depth > maxFold {
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
			part, ok := m.formatted(s, v, depth)
			if !ok {
				return "", false
			}
			b.WriteString(part)
		}
		return b.String(), true
	case *ast.BinOp:
		switch e.Op {
		case ast.Add:
			l, ok1 := m.constString(s, e.Left, depth)
			r, ok2 := m.constString(s, e.Right, depth)
			if ok1 && ok2 {
				return l + r, true
			}
		case ast.Mod:
			if f, ok := m.constString(s, e.Left, depth); ok {
				return m.percent(s, f, e.Right, depth)
			}
		}
	case *ast.Call:
		a, ok := e.Func.(*ast.Attribute)
		if !ok {
			break
		}
		recv, ok := m.constString(s, a.Value, depth)
		if !ok {
			break
		}
		switch a.Attr.Name {
		case "format":
			return m.format(s, recv, e, depth)
		case "join":
			if len(e.Args) == 1 && len(e.Keywords) == 0 {
				var elts []ast.Expr
				switch l := e.Args[0].(type) {
				case *ast.List:
					elts = l.Elts
				case *ast.Tuple:
					elts = l.Elts
				default:
					return "", false
				}
				parts := make([]string, len(elts))
				for i, x := range elts {
					if parts[i], ok = m.constString(s, x, depth); !ok {
						return "", false
					}
				}
				return strings.Join(parts, recv), true
			}
		case "upper", "lower", "strip":
			if len(e.Args) == 0 && len(e.Keywords) == 0 {
				switch a.Attr.Name {
				case "upper":
					return strings.ToUpper(recv), true
				case "lower":
					return strings.ToLower(recv), true
				}
				return strings.TrimSpace(recv), true
			}
		}
	case *ast.Name:
		if v := m.boundValue(s, e); v != nil {
			return m.constString(m.scopeOfValue(s, e), v, depth+1)
		}
	}
	return "", false
}

// strOf returns str() of a constant expression.
func (m *Model) strOf(s *Scope, e ast.Expr, depth int) (string, bool) {
	if v, ok := m.constString(s, e, depth); ok {
		return v, true
	}
	c, ok := e.(*ast.Constant)
	if !ok {
		if n, isName := e.(*ast.Name); isName {
			if v := m.boundValue(s, n); v != nil {
				return m.strOf(m.scopeOfValue(s, n), v, depth+1)
			}
		}
		if u, isUnary := e.(*ast.UnaryOp); isUnary && u.Op == ast.USub {
			if v, ok := m.strOf(s, u.Operand, depth); ok {
				if c2, isC := u.Operand.(*ast.Constant); isC && (c2.Value.Kind == ast.IntValue || c2.Value.Kind == ast.FloatValue) {
					return "-" + v, true
				}
			}
		}
		return "", false
	}
	switch c.Value.Kind {
	case ast.IntValue, ast.FloatValue, ast.NoneValue, ast.TrueValue, ast.FalseValue, ast.EllipsisValue, ast.ComplexValue:
		return ast.ValueRepr(c.Value), true
	}
	return "", false
}

// reprOf returns repr() of a constant expression.
func (m *Model) reprOf(s *Scope, e ast.Expr, depth int) (string, bool) {
	if c, ok := e.(*ast.Constant); ok {
		return ast.ValueRepr(c.Value), true
	}
	if v, ok := m.constString(s, e, depth); ok {
		return ast.ValueRepr(ast.Value{Kind: ast.StrValue, Str: v}), true
	}
	return "", false
}

// formatted returns the text of one part of an f-string.
func (m *Model) formatted(s *Scope, v ast.Expr, depth int) (string, bool) {
	switch v := v.(type) {
	case *ast.Constant:
		return v.Value.Str, v.Value.Kind == ast.StrValue
	case *ast.FormattedValue:
		if v.FormatSpec != nil {
			return "", false
		}
		switch v.Conversion {
		case ast.NoConversion, ast.ConvStr:
			return m.strOf(s, v.Value, depth)
		case ast.ConvRepr:
			return m.reprOf(s, v.Value, depth)
		}
	}
	return "", false
}

// percent evaluates format % args for the conversions %s, %r, %d, %i and
// %% with constant arguments.
func (m *Model) percent(s *Scope, format string, args ast.Expr, depth int) (string, bool) {
	var vals []ast.Expr
	if t, ok := args.(*ast.Tuple); ok {
		vals = t.Elts
	} else {
		vals = []ast.Expr{args}
	}
	var b strings.Builder
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(format) {
			return "", false
		}
		i++
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if next >= len(vals) {
			return "", false
		}
		v := vals[next]
		next++
		var part string
		var ok bool
		switch conv {
		case 's':
			part, ok = m.strOf(s, v, depth)
		case 'r':
			part, ok = m.reprOf(s, v, depth)
		case 'd', 'i':
			if c, isC := v.(*ast.Constant); isC && c.Value.Kind == ast.IntValue {
				part, ok = c.Value.IntString(), true
			}
		}
		if !ok {
			return "", false
		}
		b.WriteString(part)
	}
	if next != len(vals) {
		return "", false
	}
	return b.String(), true
}

// format evaluates recv.format(...) for replacement fields {}, {N} and
// {name} without format specs, with constant arguments.
func (m *Model) format(s *Scope, recv string, call *ast.Call, depth int) (string, bool) {
	kw := make(map[string]ast.Expr, len(call.Keywords))
	for _, k := range call.Keywords {
		if k.Arg.Name == "" {
			return "", false
		}
		kw[k.Arg.Name] = k.Value
	}
	for _, a := range call.Args {
		if _, star := a.(*ast.Starred); star {
			return "", false
		}
	}
	var b strings.Builder
	auto := 0
	for i := 0; i < len(recv); i++ {
		c := recv[i]
		switch c {
		case '{':
			if i+1 < len(recv) && recv[i+1] == '{' {
				b.WriteByte('{')
				i++
				continue
			}
			j := strings.IndexByte(recv[i:], '}')
			if j < 0 {
				return "", false
			}
			field := recv[i+1 : i+j]
			i += j
			var v ast.Expr
			switch {
			case field == "":
				if auto >= len(call.Args) {
					return "", false
				}
				v = call.Args[auto]
				auto++
			case field[0] >= '0' && field[0] <= '9':
				n, err := strconv.Atoi(field)
				if err != nil || n >= len(call.Args) {
					return "", false
				}
				v = call.Args[n]
			default:
				if v = kw[field]; v == nil {
					return "", false
				}
			}
			part, ok := m.strOf(s, v, depth)
			if !ok {
				return "", false
			}
			b.WriteString(part)
		case '}':
			if i+1 < len(recv) && recv[i+1] == '}' {
				i++
			}
			b.WriteByte('}')
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}
