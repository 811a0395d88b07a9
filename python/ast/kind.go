package ast

// Kind identifies a node's Go type as a small integer, for dispatch
// tables: a rule subscribes to the kinds it inspects.
type Kind uint8

// The node kinds, one per node type.
const (
	InvalidKind Kind = iota
	ModuleKind
	InteractiveKind
	ExpressionKind
	TypeIgnoreKind
	FunctionDefKind
	ClassDefKind
	ReturnKind
	DeleteKind
	AssignKind
	TypeAliasKind
	AugAssignKind
	AnnAssignKind
	ForKind
	WhileKind
	IfKind
	WithKind
	MatchKind
	RaiseKind
	TryKind
	AssertKind
	ImportKind
	ImportFromKind
	GlobalKind
	NonlocalKind
	ExprStmtKind
	PassKind
	BreakKind
	ContinueKind
	BoolOpKind
	NamedExprKind
	BinOpKind
	UnaryOpKind
	LambdaKind
	IfExpKind
	DictKind
	SetKind
	ListCompKind
	SetCompKind
	DictCompKind
	GeneratorExpKind
	AwaitKind
	YieldKind
	YieldFromKind
	CompareKind
	CallKind
	FormattedValueKind
	InterpolationKind
	JoinedStrKind
	TemplateStrKind
	ConstantKind
	AttributeKind
	SubscriptKind
	StarredKind
	NameKind
	ListKind
	TupleKind
	SliceKind
	ComprehensionKind
	ExceptHandlerKind
	ArgumentsKind
	ArgKind
	KeywordKind
	AliasKind
	WithItemKind
	MatchCaseKind
	MatchValueKind
	MatchSingletonKind
	MatchSequenceKind
	MatchMappingKind
	MatchClassKind
	MatchStarKind
	MatchAsKind
	MatchOrKind
	TypeVarKind
	ParamSpecKind
	TypeVarTupleKind
	NumKinds
)

var kindNames = [...]string{
	InvalidKind:        "Invalid",
	ModuleKind:         "Module",
	InteractiveKind:    "Interactive",
	ExpressionKind:     "Expression",
	TypeIgnoreKind:     "TypeIgnore",
	FunctionDefKind:    "FunctionDef",
	ClassDefKind:       "ClassDef",
	ReturnKind:         "Return",
	DeleteKind:         "Delete",
	AssignKind:         "Assign",
	TypeAliasKind:      "TypeAlias",
	AugAssignKind:      "AugAssign",
	AnnAssignKind:      "AnnAssign",
	ForKind:            "For",
	WhileKind:          "While",
	IfKind:             "If",
	WithKind:           "With",
	MatchKind:          "Match",
	RaiseKind:          "Raise",
	TryKind:            "Try",
	AssertKind:         "Assert",
	ImportKind:         "Import",
	ImportFromKind:     "ImportFrom",
	GlobalKind:         "Global",
	NonlocalKind:       "Nonlocal",
	ExprStmtKind:       "ExprStmt",
	PassKind:           "Pass",
	BreakKind:          "Break",
	ContinueKind:       "Continue",
	BoolOpKind:         "BoolOp",
	NamedExprKind:      "NamedExpr",
	BinOpKind:          "BinOp",
	UnaryOpKind:        "UnaryOp",
	LambdaKind:         "Lambda",
	IfExpKind:          "IfExp",
	DictKind:           "Dict",
	SetKind:            "Set",
	ListCompKind:       "ListComp",
	SetCompKind:        "SetComp",
	DictCompKind:       "DictComp",
	GeneratorExpKind:   "GeneratorExp",
	AwaitKind:          "Await",
	YieldKind:          "Yield",
	YieldFromKind:      "YieldFrom",
	CompareKind:        "Compare",
	CallKind:           "Call",
	FormattedValueKind: "FormattedValue",
	InterpolationKind:  "Interpolation",
	JoinedStrKind:      "JoinedStr",
	TemplateStrKind:    "TemplateStr",
	ConstantKind:       "Constant",
	AttributeKind:      "Attribute",
	SubscriptKind:      "Subscript",
	StarredKind:        "Starred",
	NameKind:           "Name",
	ListKind:           "List",
	TupleKind:          "Tuple",
	SliceKind:          "Slice",
	ComprehensionKind:  "Comprehension",
	ExceptHandlerKind:  "ExceptHandler",
	ArgumentsKind:      "Arguments",
	ArgKind:            "Arg",
	KeywordKind:        "Keyword",
	AliasKind:          "Alias",
	WithItemKind:       "WithItem",
	MatchCaseKind:      "MatchCase",
	MatchValueKind:     "MatchValue",
	MatchSingletonKind: "MatchSingleton",
	MatchSequenceKind:  "MatchSequence",
	MatchMappingKind:   "MatchMapping",
	MatchClassKind:     "MatchClass",
	MatchStarKind:      "MatchStar",
	MatchAsKind:        "MatchAs",
	MatchOrKind:        "MatchOr",
	TypeVarKind:        "TypeVar",
	ParamSpecKind:      "ParamSpec",
	TypeVarTupleKind:   "TypeVarTuple",
}

// String returns the Go type name of the kind ("Call").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Invalid"
}

// KindOf returns the kind of node n.
func KindOf(n Node) Kind {
	switch n.(type) {
	case *Module:
		return ModuleKind
	case *Interactive:
		return InteractiveKind
	case *Expression:
		return ExpressionKind
	case *TypeIgnore:
		return TypeIgnoreKind
	case *FunctionDef:
		return FunctionDefKind
	case *ClassDef:
		return ClassDefKind
	case *Return:
		return ReturnKind
	case *Delete:
		return DeleteKind
	case *Assign:
		return AssignKind
	case *TypeAlias:
		return TypeAliasKind
	case *AugAssign:
		return AugAssignKind
	case *AnnAssign:
		return AnnAssignKind
	case *For:
		return ForKind
	case *While:
		return WhileKind
	case *If:
		return IfKind
	case *With:
		return WithKind
	case *Match:
		return MatchKind
	case *Raise:
		return RaiseKind
	case *Try:
		return TryKind
	case *Assert:
		return AssertKind
	case *Import:
		return ImportKind
	case *ImportFrom:
		return ImportFromKind
	case *Global:
		return GlobalKind
	case *Nonlocal:
		return NonlocalKind
	case *ExprStmt:
		return ExprStmtKind
	case *Pass:
		return PassKind
	case *Break:
		return BreakKind
	case *Continue:
		return ContinueKind
	case *BoolOp:
		return BoolOpKind
	case *NamedExpr:
		return NamedExprKind
	case *BinOp:
		return BinOpKind
	case *UnaryOp:
		return UnaryOpKind
	case *Lambda:
		return LambdaKind
	case *IfExp:
		return IfExpKind
	case *Dict:
		return DictKind
	case *Set:
		return SetKind
	case *ListComp:
		return ListCompKind
	case *SetComp:
		return SetCompKind
	case *DictComp:
		return DictCompKind
	case *GeneratorExp:
		return GeneratorExpKind
	case *Await:
		return AwaitKind
	case *Yield:
		return YieldKind
	case *YieldFrom:
		return YieldFromKind
	case *Compare:
		return CompareKind
	case *Call:
		return CallKind
	case *FormattedValue:
		return FormattedValueKind
	case *Interpolation:
		return InterpolationKind
	case *JoinedStr:
		return JoinedStrKind
	case *TemplateStr:
		return TemplateStrKind
	case *Constant:
		return ConstantKind
	case *Attribute:
		return AttributeKind
	case *Subscript:
		return SubscriptKind
	case *Starred:
		return StarredKind
	case *Name:
		return NameKind
	case *List:
		return ListKind
	case *Tuple:
		return TupleKind
	case *Slice:
		return SliceKind
	case *Comprehension:
		return ComprehensionKind
	case *ExceptHandler:
		return ExceptHandlerKind
	case *Arguments:
		return ArgumentsKind
	case *Arg:
		return ArgKind
	case *Keyword:
		return KeywordKind
	case *Alias:
		return AliasKind
	case *WithItem:
		return WithItemKind
	case *MatchCase:
		return MatchCaseKind
	case *MatchValue:
		return MatchValueKind
	case *MatchSingleton:
		return MatchSingletonKind
	case *MatchSequence:
		return MatchSequenceKind
	case *MatchMapping:
		return MatchMappingKind
	case *MatchClass:
		return MatchClassKind
	case *MatchStar:
		return MatchStarKind
	case *MatchAs:
		return MatchAsKind
	case *MatchOr:
		return MatchOrKind
	case *TypeVar:
		return TypeVarKind
	case *ParamSpec:
		return ParamSpecKind
	case *TypeVarTuple:
		return TypeVarTupleKind
	}
	return InvalidKind
}
