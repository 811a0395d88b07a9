package ast

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/python/internal/pyrepr"
)

// DumpOptions changes the output of DumpWith.
type DumpOptions struct {
	// ShowEmpty prints empty lists, as ast.dump does in CPython 3.12 and
	// earlier (and in 3.13 with show_empty=True). None-valued optional
	// fields are omitted either way.
	ShowEmpty bool
}

// Dump returns the text CPython 3.13's ast.dump(node,
// include_attributes=True) prints for the same tree: fields in CPython's
// order, empty lists and None-valued optional fields omitted, constants in
// Python repr, then lineno, col_offset, end_lineno and end_col_offset for
// nodes that have positions.
func Dump(f *File, n Node) string {
	return DumpWith(f, n, DumpOptions{})
}

// DumpWith is Dump with options.
func DumpWith(f *File, n Node, opt DumpOptions) string {
	d := dumper{f: f, opt: opt}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	f     *File
	opt   DumpOptions
	b     strings.Builder
	first bool // no field written yet in the current node
}

// open starts a node: "Name(".
func (d *dumper) open(class string) {
	d.b.WriteString(class)
	d.b.WriteByte('(')
	d.first = true
}

// close ends a node, writing its positions when it has them.
func (d *dumper) close(r *Range) {
	if r != nil {
		s := d.f.Position(r.Start)
		e := d.f.Position(r.End)
		d.key("lineno")
		d.b.WriteString(strconv.Itoa(s.Line))
		d.key("col_offset")
		d.b.WriteString(strconv.Itoa(s.Col))
		d.key("end_lineno")
		d.b.WriteString(strconv.Itoa(e.Line))
		d.key("end_col_offset")
		d.b.WriteString(strconv.Itoa(e.Col))
	}
	d.b.WriteByte(')')
	d.first = false
}

func (d *dumper) key(name string) {
	if !d.first {
		d.b.WriteString(", ")
	}
	d.first = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

// leaf writes a node without fields or positions (Load(), Add(), ...).
func (d *dumper) leaf(class string) {
	d.b.WriteString(class)
	d.b.WriteString("()")
}

// child writes a required node-valued field.
func (d *dumper) child(name string, n Node) {
	d.key(name)
	d.node(n)
}

// opt writes an optional node-valued field, omitted when nil.
func (d *dumper) optional(name string, n Node) {
	if isNil(n) {
		return
	}
	d.child(name, n)
}

// str writes a required str field.
func (d *dumper) str(name, s string) {
	d.key(name)
	d.b.WriteString(pyrepr.Str(s))
}

// optStr writes an optional str field, omitted when empty (None).
func (d *dumper) optStr(name, s string) {
	if s != "" {
		d.str(name, s)
	}
}

func (d *dumper) int(name string, v int) {
	d.key(name)
	d.b.WriteString(strconv.Itoa(v))
}

func (d *dumper) bool(name string, v bool) {
	if v {
		d.int(name, 1)
	} else {
		d.int(name, 0)
	}
}

func (d *dumper) ctx(c ExprContext) {
	d.key("ctx")
	d.leaf(c.String())
}

// emptyList writes "name=[]" when empty lists are shown, and reports
// whether the list was empty.
func (d *dumper) emptyList(name string, n int) bool {
	if n > 0 {
		return false
	}
	if d.opt.ShowEmpty {
		d.key(name)
		d.b.WriteString("[]")
	}
	return true
}

// list writes a list of nodes; nil elements print as None.
func list[T Node](d *dumper, name string, xs []T) {
	if d.emptyList(name, len(xs)) {
		return
	}
	d.key(name)
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		if isNil(x) {
			d.b.WriteString("None")
		} else {
			d.node(x)
		}
	}
	d.b.WriteByte(']')
}

func (d *dumper) idents(name string, xs []Ident) {
	if d.emptyList(name, len(xs)) {
		return
	}
	d.key(name)
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.b.WriteString(pyrepr.Str(x.Name))
	}
	d.b.WriteByte(']')
}

func isNil(n Node) bool {
	if n == nil {
		return true
	}
	// A typed nil pointer inside the interface (e.g. a nil *JoinedStr).
	switch n := n.(type) {
	case *Arg:
		return n == nil
	case *Name:
		return n == nil
	}
	return false
}

// ValueRepr returns Python's repr of a constant value.
func ValueRepr(v Value) string {
	switch v.Kind {
	case NoneValue:
		return "None"
	case TrueValue:
		return "True"
	case FalseValue:
		return "False"
	case EllipsisValue:
		return "Ellipsis"
	case IntValue:
		return v.IntString()
	case FloatValue:
		return pyrepr.Float(v.Float)
	case ComplexValue:
		return pyrepr.Complex(0, v.Float)
	case StrValue:
		return pyrepr.Str(v.Str)
	case BytesValue:
		return pyrepr.Bytes(v.Str)
	}
	panic(fmt.Sprintf("ast: unknown value kind %d", v.Kind))
}

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Module:
		d.open("Module")
		list(d, "body", n.Body)
		list(d, "type_ignores", n.TypeIgnores)
		d.close(nil)
	case *Interactive:
		d.open("Interactive")
		list(d, "body", n.Body)
		d.close(nil)
	case *Expression:
		d.open("Expression")
		d.child("body", n.Body)
		d.close(nil)
	case *TypeIgnore:
		d.open("TypeIgnore")
		d.int("lineno", n.Lineno)
		d.str("tag", n.Tag)
		d.close(nil)

	// Statements.
	case *FunctionDef:
		if n.IsAsync {
			d.open("AsyncFunctionDef")
		} else {
			d.open("FunctionDef")
		}
		d.str("name", n.Name.Name)
		d.child("args", n.Args)
		list(d, "body", n.Body)
		list(d, "decorator_list", n.DecoratorList)
		d.optional("returns", n.Returns)
		d.optStr("type_comment", n.TypeComment)
		list(d, "type_params", n.TypeParams)
		d.close(&n.Range)
	case *ClassDef:
		d.open("ClassDef")
		d.str("name", n.Name.Name)
		list(d, "bases", n.Bases)
		list(d, "keywords", n.Keywords)
		list(d, "body", n.Body)
		list(d, "decorator_list", n.DecoratorList)
		list(d, "type_params", n.TypeParams)
		d.close(&n.Range)
	case *Return:
		d.open("Return")
		d.optional("value", n.Value)
		d.close(&n.Range)
	case *Delete:
		d.open("Delete")
		list(d, "targets", n.Targets)
		d.close(&n.Range)
	case *Assign:
		d.open("Assign")
		list(d, "targets", n.Targets)
		d.child("value", n.Value)
		d.optStr("type_comment", n.TypeComment)
		d.close(&n.Range)
	case *TypeAlias:
		d.open("TypeAlias")
		d.child("name", n.Name)
		list(d, "type_params", n.TypeParams)
		d.child("value", n.Value)
		d.close(&n.Range)
	case *AugAssign:
		d.open("AugAssign")
		d.child("target", n.Target)
		d.key("op")
		d.leaf(n.Op.String())
		d.child("value", n.Value)
		d.close(&n.Range)
	case *AnnAssign:
		d.open("AnnAssign")
		d.child("target", n.Target)
		d.child("annotation", n.Annotation)
		d.optional("value", n.Value)
		d.bool("simple", n.Simple)
		d.close(&n.Range)
	case *For:
		if n.IsAsync {
			d.open("AsyncFor")
		} else {
			d.open("For")
		}
		d.child("target", n.Target)
		d.child("iter", n.Iter)
		list(d, "body", n.Body)
		list(d, "orelse", n.Orelse)
		d.optStr("type_comment", n.TypeComment)
		d.close(&n.Range)
	case *While:
		d.open("While")
		d.child("test", n.Test)
		list(d, "body", n.Body)
		list(d, "orelse", n.Orelse)
		d.close(&n.Range)
	case *If:
		d.open("If")
		d.child("test", n.Test)
		list(d, "body", n.Body)
		list(d, "orelse", n.Orelse)
		d.close(&n.Range)
	case *With:
		if n.IsAsync {
			d.open("AsyncWith")
		} else {
			d.open("With")
		}
		list(d, "items", n.Items)
		list(d, "body", n.Body)
		d.optStr("type_comment", n.TypeComment)
		d.close(&n.Range)
	case *Match:
		d.open("Match")
		d.child("subject", n.Subject)
		list(d, "cases", n.Cases)
		d.close(&n.Range)
	case *Raise:
		d.open("Raise")
		d.optional("exc", n.Exc)
		d.optional("cause", n.Cause)
		d.close(&n.Range)
	case *Try:
		if n.IsStar {
			d.open("TryStar")
		} else {
			d.open("Try")
		}
		list(d, "body", n.Body)
		list(d, "handlers", n.Handlers)
		list(d, "orelse", n.Orelse)
		list(d, "finalbody", n.Finalbody)
		d.close(&n.Range)
	case *Assert:
		d.open("Assert")
		d.child("test", n.Test)
		d.optional("msg", n.Msg)
		d.close(&n.Range)
	case *Import:
		d.open("Import")
		list(d, "names", n.Names)
		d.close(&n.Range)
	case *ImportFrom:
		d.open("ImportFrom")
		d.optStr("module", n.Module.Name)
		list(d, "names", n.Names)
		d.int("level", n.Level)
		d.close(&n.Range)
	case *Global:
		d.open("Global")
		d.idents("names", n.Names)
		d.close(&n.Range)
	case *Nonlocal:
		d.open("Nonlocal")
		d.idents("names", n.Names)
		d.close(&n.Range)
	case *ExprStmt:
		d.open("Expr")
		d.child("value", n.Value)
		d.close(&n.Range)
	case *Pass:
		d.open("Pass")
		d.close(&n.Range)
	case *Break:
		d.open("Break")
		d.close(&n.Range)
	case *Continue:
		d.open("Continue")
		d.close(&n.Range)

	// Expressions.
	case *BoolOp:
		d.open("BoolOp")
		d.key("op")
		d.leaf(n.Op.String())
		list(d, "values", n.Values)
		d.close(&n.Range)
	case *NamedExpr:
		d.open("NamedExpr")
		d.child("target", n.Target)
		d.child("value", n.Value)
		d.close(&n.Range)
	case *BinOp:
		d.open("BinOp")
		d.child("left", n.Left)
		d.key("op")
		d.leaf(n.Op.String())
		d.child("right", n.Right)
		d.close(&n.Range)
	case *UnaryOp:
		d.open("UnaryOp")
		d.key("op")
		d.leaf(n.Op.String())
		d.child("operand", n.Operand)
		d.close(&n.Range)
	case *Lambda:
		d.open("Lambda")
		d.child("args", n.Args)
		d.child("body", n.Body)
		d.close(&n.Range)
	case *IfExp:
		d.open("IfExp")
		d.child("test", n.Test)
		d.child("body", n.Body)
		d.child("orelse", n.Orelse)
		d.close(&n.Range)
	case *Dict:
		d.open("Dict")
		list(d, "keys", n.Keys)
		list(d, "values", n.Values)
		d.close(&n.Range)
	case *Set:
		d.open("Set")
		list(d, "elts", n.Elts)
		d.close(&n.Range)
	case *ListComp:
		d.open("ListComp")
		d.child("elt", n.Elt)
		list(d, "generators", n.Generators)
		d.close(&n.Range)
	case *SetComp:
		d.open("SetComp")
		d.child("elt", n.Elt)
		list(d, "generators", n.Generators)
		d.close(&n.Range)
	case *DictComp:
		d.open("DictComp")
		d.child("key", n.Key)
		d.child("value", n.Value)
		list(d, "generators", n.Generators)
		d.close(&n.Range)
	case *GeneratorExp:
		d.open("GeneratorExp")
		d.child("elt", n.Elt)
		list(d, "generators", n.Generators)
		d.close(&n.Range)
	case *Await:
		d.open("Await")
		d.child("value", n.Value)
		d.close(&n.Range)
	case *Yield:
		d.open("Yield")
		d.optional("value", n.Value)
		d.close(&n.Range)
	case *YieldFrom:
		d.open("YieldFrom")
		d.child("value", n.Value)
		d.close(&n.Range)
	case *Compare:
		d.open("Compare")
		d.child("left", n.Left)
		if !d.emptyList("ops", len(n.Ops)) {
			d.key("ops")
			d.b.WriteByte('[')
			for i, op := range n.Ops {
				if i > 0 {
					d.b.WriteString(", ")
				}
				d.leaf(op.String())
			}
			d.b.WriteByte(']')
		}
		list(d, "comparators", n.Comparators)
		d.close(&n.Range)
	case *Call:
		d.open("Call")
		d.child("func", n.Func)
		list(d, "args", n.Args)
		list(d, "keywords", n.Keywords)
		d.close(&n.Range)
	case *FormattedValue:
		d.open("FormattedValue")
		d.child("value", n.Value)
		d.int("conversion", int(n.Conversion))
		d.optional("format_spec", n.FormatSpec)
		d.close(&n.Range)
	case *Interpolation:
		d.open("Interpolation")
		d.child("value", n.Value)
		d.str("str", n.Str)
		d.int("conversion", int(n.Conversion))
		d.optional("format_spec", n.FormatSpec)
		d.close(&n.Range)
	case *JoinedStr:
		d.open("JoinedStr")
		list(d, "values", n.Values)
		d.close(&n.Range)
	case *TemplateStr:
		d.open("TemplateStr")
		list(d, "values", n.Values)
		d.close(&n.Range)
	case *Constant:
		d.open("Constant")
		d.key("value")
		d.b.WriteString(ValueRepr(n.Value))
		d.optStr("kind", n.Kind)
		d.close(&n.Range)
	case *Attribute:
		d.open("Attribute")
		d.child("value", n.Value)
		d.str("attr", n.Attr.Name)
		d.ctx(n.Ctx)
		d.close(&n.Range)
	case *Subscript:
		d.open("Subscript")
		d.child("value", n.Value)
		d.child("slice", n.Slice)
		d.ctx(n.Ctx)
		d.close(&n.Range)
	case *Starred:
		d.open("Starred")
		d.child("value", n.Value)
		d.ctx(n.Ctx)
		d.close(&n.Range)
	case *Name:
		d.open("Name")
		d.str("id", n.ID)
		d.ctx(n.Ctx)
		d.close(&n.Range)
	case *List:
		d.open("List")
		list(d, "elts", n.Elts)
		d.ctx(n.Ctx)
		d.close(&n.Range)
	case *Tuple:
		d.open("Tuple")
		list(d, "elts", n.Elts)
		d.ctx(n.Ctx)
		d.close(&n.Range)
	case *Slice:
		d.open("Slice")
		d.optional("lower", n.Lower)
		d.optional("upper", n.Upper)
		d.optional("step", n.Step)
		d.close(&n.Range)

	// Helper nodes.
	case *Comprehension:
		d.open("comprehension")
		d.child("target", n.Target)
		d.child("iter", n.Iter)
		list(d, "ifs", n.Ifs)
		d.bool("is_async", n.IsAsync)
		d.close(nil)
	case *ExceptHandler:
		d.open("ExceptHandler")
		d.optional("type", n.Type)
		d.optStr("name", n.Name.Name)
		list(d, "body", n.Body)
		d.close(&n.Range)
	case *Arguments:
		d.open("arguments")
		list(d, "posonlyargs", n.PosOnlyArgs)
		list(d, "args", n.Args)
		if n.VarArg != nil {
			d.child("vararg", n.VarArg)
		}
		list(d, "kwonlyargs", n.KwOnlyArgs)
		list(d, "kw_defaults", n.KwDefaults)
		if n.KwArg != nil {
			d.child("kwarg", n.KwArg)
		}
		list(d, "defaults", n.Defaults)
		d.close(nil)
	case *Arg:
		d.open("arg")
		d.str("arg", n.Arg.Name)
		d.optional("annotation", n.Annotation)
		d.optStr("type_comment", n.TypeComment)
		d.close(&n.Range)
	case *Keyword:
		d.open("keyword")
		d.optStr("arg", n.Arg.Name)
		d.child("value", n.Value)
		d.close(&n.Range)
	case *Alias:
		d.open("alias")
		d.str("name", n.Name.Name)
		d.optStr("asname", n.AsName.Name)
		d.close(&n.Range)
	case *WithItem:
		d.open("withitem")
		d.child("context_expr", n.ContextExpr)
		d.optional("optional_vars", n.OptionalVars)
		d.close(nil)
	case *MatchCase:
		d.open("match_case")
		d.child("pattern", n.Pattern)
		d.optional("guard", n.Guard)
		list(d, "body", n.Body)
		d.close(nil)

	// Patterns.
	case *MatchValue:
		d.open("MatchValue")
		d.child("value", n.Value)
		d.close(&n.Range)
	case *MatchSingleton:
		d.open("MatchSingleton")
		d.key("value")
		d.b.WriteString(ValueRepr(n.Value))
		d.close(&n.Range)
	case *MatchSequence:
		d.open("MatchSequence")
		list(d, "patterns", n.Patterns)
		d.close(&n.Range)
	case *MatchMapping:
		d.open("MatchMapping")
		list(d, "keys", n.Keys)
		list(d, "patterns", n.Patterns)
		d.optStr("rest", n.Rest.Name)
		d.close(&n.Range)
	case *MatchClass:
		d.open("MatchClass")
		d.child("cls", n.Cls)
		list(d, "patterns", n.Patterns)
		d.idents("kwd_attrs", n.KwdAttrs)
		list(d, "kwd_patterns", n.KwdPatterns)
		d.close(&n.Range)
	case *MatchStar:
		d.open("MatchStar")
		d.optStr("name", n.Name.Name)
		d.close(&n.Range)
	case *MatchAs:
		d.open("MatchAs")
		d.optional("pattern", n.Pattern)
		d.optStr("name", n.Name.Name)
		d.close(&n.Range)
	case *MatchOr:
		d.open("MatchOr")
		list(d, "patterns", n.Patterns)
		d.close(&n.Range)

	// Type parameters.
	case *TypeVar:
		d.open("TypeVar")
		d.str("name", n.Name.Name)
		d.optional("bound", n.Bound)
		d.optional("default_value", n.DefaultValue)
		d.close(&n.Range)
	case *ParamSpec:
		d.open("ParamSpec")
		d.str("name", n.Name.Name)
		d.optional("default_value", n.DefaultValue)
		d.close(&n.Range)
	case *TypeVarTuple:
		d.open("TypeVarTuple")
		d.str("name", n.Name.Name)
		d.optional("default_value", n.DefaultValue)
		d.close(&n.Range)

	default:
		panic(fmt.Sprintf("ast.Dump: unhandled node type %T", n))
	}
}
