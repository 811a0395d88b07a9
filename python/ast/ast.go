// Package ast declares the Python syntax tree: the node classes and fields
// of CPython 3.14's ast module, in Go.
//
// Every node is a small pointer struct that embeds a Range, its byte span
// in the source text. CPython's lineno, col_offset, end_lineno and
// end_col_offset are derived from the span through File.Position. Node
// categories are sealed interfaces (Stmt, Expr, Pattern, TypeParam), so a
// type switch over one of them can be exhaustive.
//
// Three pairs of CPython classes differ only in their name, and are one Go
// type with a flag, as in Ruff's AST: FunctionDef/AsyncFunctionDef
// (FunctionDef.IsAsync), For/AsyncFor, With/AsyncWith (IsAsync), and
// Try/TryStar (Try.IsStar). Dump prints the CPython class name.
//
// Identifiers (function names, attribute names, keyword argument names, …)
// are Ident values that carry the span of the name in the source, which
// CPython does not record; an absent optional identifier has an empty Name.
// Identifiers are NFKC-normalised, as CPython normalises them.
package ast

import (
	"github.com/krait-dev/krait/python/token"
)

// Range is embedded in every node: the half-open byte range [Start, End) of
// the node in the source text. Its Span method makes every node a Node.
type Range struct {
	Start, End int32
}

// Span returns the node's byte range.
func (r Range) Span() token.Span { return token.Span{Start: r.Start, End: r.End} }

// RangeOf returns the Range covering the span s.
func RangeOf(s token.Span) Range { return Range{s.Start, s.End} }

// Node is any syntax tree node.
type Node interface {
	Span() token.Span
}

// Ident is an identifier and the span of its name in the source. For an
// absent optional identifier (ExceptHandler without "as", keyword "**"
// argument, ...) Name is empty and the span is zero.
type Ident struct {
	Name string
	Range
}

// Comment is a comment in the source: the span runs from '#' to the end of
// the line, not including the line break.
type Comment struct {
	Range
}

// ---------------------------------------------------------------------------
// Modules

// Module is a parsed file: CPython's ast.Module. TypeIgnores is always empty
// because krait, like ast.parse by default, does not parse type comments.
type Module struct {
	Range
	Body        []Stmt
	TypeIgnores []*TypeIgnore
}

// Interactive is CPython's ast.Interactive (the 'single' input mode).
type Interactive struct {
	Range
	Body []Stmt
}

// Expression is CPython's ast.Expression (the 'eval' input mode).
type Expression struct {
	Range
	Body Expr
}

// TypeIgnore is a "# type: ignore" comment, CPython's ast.TypeIgnore.
type TypeIgnore struct {
	Range
	Lineno int
	Tag    string
}

// ---------------------------------------------------------------------------
// Statements

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// FunctionDef is a def statement: CPython's FunctionDef, or
// AsyncFunctionDef when IsAsync is set. Its span starts at "def" (or
// "async"), not at the first decorator, as in CPython.
type FunctionDef struct {
	Range
	IsAsync       bool
	Name          Ident
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // or nil
	TypeComment   string
	TypeParams    []TypeParam
}

// ClassDef is a class statement.
type ClassDef struct {
	Range
	Name          Ident
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam
}

// Return is a return statement; Value is nil for a bare return.
type Return struct {
	Range
	Value Expr
}

// Delete is a del statement.
type Delete struct {
	Range
	Targets []Expr
}

// Assign is an assignment with one or more targets: a = b = value.
type Assign struct {
	Range
	Targets     []Expr
	Value       Expr
	TypeComment string
}

// TypeAlias is a type statement: type Name[params] = value.
type TypeAlias struct {
	Range
	Name       *Name
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is an augmented assignment: target op= value.
type AugAssign struct {
	Range
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is an annotated assignment. Simple is true when the target is
// a plain name that was not parenthesised (CPython's simple=1).
type AnnAssign struct {
	Range
	Target     Expr
	Annotation Expr
	Value      Expr // or nil
	Simple     bool
}

// For is a for loop: CPython's For, or AsyncFor when IsAsync is set.
type For struct {
	Range
	IsAsync     bool
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// While is a while loop.
type While struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; an elif chain is an If in Orelse.
type If struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with statement: CPython's With, or AsyncWith when IsAsync is
// set.
type With struct {
	Range
	IsAsync     bool
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// Match is a match statement.
type Match struct {
	Range
	Subject Expr
	Cases   []*MatchCase
}

// Raise is a raise statement; Exc and Cause may be nil.
type Raise struct {
	Range
	Exc   Expr
	Cause Expr
}

// Try is a try statement: CPython's Try, or TryStar (except*) when IsStar
// is set.
type Try struct {
	Range
	IsStar    bool
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an assert statement; Msg may be nil.
type Assert struct {
	Range
	Test Expr
	Msg  Expr
}

// Import is an import statement.
type Import struct {
	Range
	Names []*Alias
}

// ImportFrom is a from-import. Module is empty for "from . import x";
// Level counts the leading dots.
type ImportFrom struct {
	Range
	Module Ident
	Names  []*Alias
	Level  int
}

// Global is a global statement.
type Global struct {
	Range
	Names []Ident
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Range
	Names []Ident
}

// ExprStmt is an expression statement: CPython's ast.Expr.
type ExprStmt struct {
	Range
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Range }

// Break is a break statement.
type Break struct{ Range }

// Continue is a continue statement.
type Continue struct{ Range }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*TypeAlias) stmtNode()   {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Match) stmtNode()       {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// ---------------------------------------------------------------------------
// Expressions

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// BoolOp is a chain of "and" or "or": a or b or c has three Values.
type BoolOp struct {
	Range
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is an assignment expression: target := value.
type NamedExpr struct {
	Range
	Target *Name
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Range
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	Range
	Op      UnaryOperator
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Range
	Args *Arguments
	Body Expr
}

// IfExp is a conditional expression: body if test else orelse.
type IfExp struct {
	Range
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display. Keys and Values have the same length; a nil key
// stands for a **mapping unpacked into the dict (its Value).
type Dict struct {
	Range
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Range
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Range
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression. As the sole argument of a call,
// f(x for x in y), its span is the call's parentheses, as in CPython.
type GeneratorExp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// Await is an await expression.
type Await struct {
	Range
	Value Expr
}

// Yield is a yield expression; Value may be nil.
type Yield struct {
	Range
	Value Expr
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Range
	Value Expr
}

// Compare is a comparison chain: left op1 c1 op2 c2 ...; Ops and
// Comparators have the same length.
type Compare struct {
	Range
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is a call. Args holds positional arguments, including *iterable
// unpackings as Starred; Keywords holds name=value arguments and
// **mapping unpackings (a Keyword with an empty Arg).
type Call struct {
	Range
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Conversion is the !s / !r / !a conversion of an f-string replacement
// field; NoConversion (-1) when there is none.
type Conversion int

// The conversions, with CPython's values (the character codes).
const (
	NoConversion Conversion = -1
	ConvStr      Conversion = 's'
	ConvRepr     Conversion = 'r'
	ConvASCII    Conversion = 'a'
)

// FormattedValue is a replacement field of an f-string.
type FormattedValue struct {
	Range
	Value      Expr
	Conversion Conversion
	// FormatSpec is usually a JoinedStr; CPython leaves a single Constant
	// when a spec's literal parts fold into one (f"{x:\N{DASH}a}").
	FormatSpec Expr // or nil
}

// Interpolation is a replacement field of a t-string (PEP 750). Str is the
// source text of the expression.
type Interpolation struct {
	Range
	Value      Expr
	Str        string
	Conversion Conversion
	FormatSpec Expr // or nil
}

// JoinedStr is an f-string (or a concatenation including one): constant
// parts are Constant str values, replacement fields FormattedValue.
type JoinedStr struct {
	Range
	Values []Expr
}

// TemplateStr is a t-string (PEP 750): Constant and Interpolation values.
type TemplateStr struct {
	Range
	Values []Expr
}

// Constant is a literal: a number, string, bytes, True, False, None or
// Ellipsis. Kind is "u" for a string whose first part has the u prefix.
type Constant struct {
	Range
	Value Value
	Kind  string
}

// Attribute is an attribute reference: value.attr.
type Attribute struct {
	Range
	Value Expr
	Attr  Ident
	Ctx   ExprContext
}

// Subscript is a subscription: value[slice].
type Subscript struct {
	Range
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is *value in a call, display or target.
type Starred struct {
	Range
	Value Expr
	Ctx   ExprContext
}

// Name is a variable reference.
type Name struct {
	Range
	ID  string
	Ctx ExprContext
}

// List is a list display or target.
type List struct {
	Range
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target. Its span includes the parentheses
// when it has them.
type Tuple struct {
	Range
	Elts []Expr
	Ctx  ExprContext
}

// Slice is lower:upper:step inside a subscript; any part may be nil.
type Slice struct {
	Range
	Lower, Upper, Step Expr
}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*Interpolation) exprNode()  {}
func (*JoinedStr) exprNode()      {}
func (*TemplateStr) exprNode()    {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// ---------------------------------------------------------------------------
// Helper nodes

// Comprehension is one "for ... in ... if ..." clause of a comprehension.
// CPython records no position for it; its span here runs from "for" (or
// "async") to the end of the clause.
type Comprehension struct {
	Range
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ExceptHandler is an except clause; Type may be nil and Name empty.
type ExceptHandler struct {
	Range
	Type Expr
	Name Ident
	Body []Stmt
}

// Arguments is the parameter list of a def or lambda. KwDefaults has one
// entry per KwOnlyArgs entry, nil where that parameter has no default;
// Defaults holds the defaults of the last len(Defaults) positional
// parameters (PosOnlyArgs then Args). CPython records no position for it;
// its span here covers the parameters.
type Arguments struct {
	Range
	PosOnlyArgs []*Arg
	Args        []*Arg
	VarArg      *Arg
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	KwArg       *Arg
	Defaults    []Expr
}

// Arg is one parameter: its name and optional annotation.
type Arg struct {
	Range
	Arg         Ident
	Annotation  Expr
	TypeComment string
}

// Keyword is a keyword argument arg=value, or **value when Arg.Name is empty.
type Keyword struct {
	Range
	Arg   Ident
	Value Expr
}

// Alias is one name of an import: name [as asname]. For "from m import *"
// the single alias has Name "*".
type Alias struct {
	Range
	Name   Ident
	AsName Ident
}

// WithItem is one context manager of a with statement. CPython records no
// position for it; its span here covers the item.
type WithItem struct {
	Range
	ContextExpr  Expr
	OptionalVars Expr // or nil
}

// MatchCase is one case block. CPython records no position for it; its span
// here runs from "case" to the end of the block.
type MatchCase struct {
	Range
	Pattern Pattern
	Guard   Expr // or nil
	Body    []Stmt
}

// ---------------------------------------------------------------------------
// Patterns

// Pattern is a match-statement pattern.
type Pattern interface {
	Node
	patternNode()
}

// MatchValue is a value pattern: a literal, or a dotted name.
type MatchValue struct {
	Range
	Value Expr
}

// MatchSingleton is None, True or False as a pattern.
type MatchSingleton struct {
	Range
	Value Value
}

// MatchSequence is a sequence pattern [a, *b] or (a, b) or a, b.
type MatchSequence struct {
	Range
	Patterns []Pattern
}

// MatchMapping is a mapping pattern {k: p, **rest}.
type MatchMapping struct {
	Range
	Keys     []Expr
	Patterns []Pattern
	Rest     Ident
}

// MatchClass is a class pattern Cls(p, kw=p).
type MatchClass struct {
	Range
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []Ident
	KwdPatterns []Pattern
}

// MatchStar is *name (or *_ with an empty Name) in a sequence pattern.
type MatchStar struct {
	Range
	Name Ident
}

// MatchAs is a capture pattern (Pattern nil), the wildcard _ (Pattern nil,
// Name empty), or pattern as name.
type MatchAs struct {
	Range
	Pattern Pattern
	Name    Ident
}

// MatchOr is p1 | p2 | ...
type MatchOr struct {
	Range
	Patterns []Pattern
}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

// ---------------------------------------------------------------------------
// Type parameters (PEP 695, PEP 696)

// TypeParam is a type parameter of a generic def, class or type statement.
type TypeParam interface {
	Node
	typeParamNode()
}

// TypeVar is T, T: bound, or T = default.
type TypeVar struct {
	Range
	Name         Ident
	Bound        Expr
	DefaultValue Expr
}

// ParamSpec is **P.
type ParamSpec struct {
	Range
	Name         Ident
	DefaultValue Expr
}

// TypeVarTuple is *Ts.
type TypeVarTuple struct {
	Range
	Name         Ident
	DefaultValue Expr
}

func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}

// ---------------------------------------------------------------------------
// Enumerations

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// BoolOperator is "and" or "or".
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

// Operator is a binary (or augmented-assignment) operator.
type Operator uint8

// The binary operators, in CPython's order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// CmpOperator is a comparison operator.
type CmpOperator uint8

// The comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var (
	exprContextNames = [...]string{"Load", "Store", "Del"}
	boolOpNames      = [...]string{"And", "Or"}
	operatorNames    = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	unaryOpNames     = [...]string{"Invert", "Not", "UAdd", "USub"}
	cmpOpNames       = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
)

// String returns CPython's class name for the context ("Load", ...).
func (c ExprContext) String() string { return exprContextNames[c] }

// String returns CPython's class name for the operator ("And", "Or").
func (o BoolOperator) String() string { return boolOpNames[o] }

// String returns CPython's class name for the operator ("Add", ...).
func (o Operator) String() string { return operatorNames[o] }

// String returns CPython's class name for the operator ("USub", ...).
func (o UnaryOperator) String() string { return unaryOpNames[o] }

// String returns CPython's class name for the operator ("Eq", ...).
func (o CmpOperator) String() string { return cmpOpNames[o] }
