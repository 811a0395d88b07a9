// Package token defines the lexical tokens of Python (the union of the
// 3.8–3.14 grammars) and the byte-offset spans every later stage uses.
//
// Positions are int32 byte offsets into the source text the lexer was given
// (the decoded, UTF-8 text; see package encoding). Line and column numbers
// are never stored: they are derived on demand from a line table.
package token

import "strconv"

// Span is the half-open byte range [Start, End) of a token or node in the
// source text.
type Span struct {
	Start, End int32
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return int(s.End - s.Start) }

// Contains reports whether the byte offset off lies inside the span.
func (s Span) Contains(off int32) bool { return s.Start <= off && off < s.End }

// Kind is the kind of a token: a small integer, so that token slices stay
// compact and switches on kinds compile to jump tables.
type Kind uint8

// The token kinds. The operator and keyword names follow CPython's token and
// keyword modules. Soft keywords (match, case, type, _) are NAME tokens.
const (
	ILLEGAL Kind = iota // a lexical error; the lexer's error describes it
	EOF                 // ENDMARKER
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING
	FSTRING_START
	FSTRING_MIDDLE
	FSTRING_END
	TSTRING_START
	TSTRING_MIDDLE
	TSTRING_END

	operatorBegin
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // != (or <>, which the parser rejects)
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // !
	OP               // any other single character ($, ?, `): CPython's generic OP, which no rule accepts
	operatorEnd

	keywordBegin
	FALSE
	NONE
	TRUE
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRY
	WHILE
	WITH
	YIELD
	keywordEnd

	numKinds
)

var kindNames = [numKinds]string{
	ILLEGAL:          "ERRORTOKEN",
	EOF:              "ENDMARKER",
	NEWLINE:          "NEWLINE",
	INDENT:           "INDENT",
	DEDENT:           "DEDENT",
	NAME:             "NAME",
	NUMBER:           "NUMBER",
	STRING:           "STRING",
	FSTRING_START:    "FSTRING_START",
	FSTRING_MIDDLE:   "FSTRING_MIDDLE",
	FSTRING_END:      "FSTRING_END",
	TSTRING_START:    "TSTRING_START",
	TSTRING_MIDDLE:   "TSTRING_MIDDLE",
	TSTRING_END:      "TSTRING_END",
	LPAR:             "(",
	RPAR:             ")",
	LSQB:             "[",
	RSQB:             "]",
	COLON:            ":",
	COMMA:            ",",
	SEMI:             ";",
	PLUS:             "+",
	MINUS:            "-",
	STAR:             "*",
	SLASH:            "/",
	VBAR:             "|",
	AMPER:            "&",
	LESS:             "<",
	GREATER:          ">",
	EQUAL:            "=",
	DOT:              ".",
	PERCENT:          "%",
	LBRACE:           "{",
	RBRACE:           "}",
	EQEQUAL:          "==",
	NOTEQUAL:         "!=",
	LESSEQUAL:        "<=",
	GREATEREQUAL:     ">=",
	TILDE:            "~",
	CIRCUMFLEX:       "^",
	LEFTSHIFT:        "<<",
	RIGHTSHIFT:       ">>",
	DOUBLESTAR:       "**",
	PLUSEQUAL:        "+=",
	MINEQUAL:         "-=",
	STAREQUAL:        "*=",
	SLASHEQUAL:       "/=",
	PERCENTEQUAL:     "%=",
	AMPEREQUAL:       "&=",
	VBAREQUAL:        "|=",
	CIRCUMFLEXEQUAL:  "^=",
	LEFTSHIFTEQUAL:   "<<=",
	RIGHTSHIFTEQUAL:  ">>=",
	DOUBLESTAREQUAL:  "**=",
	DOUBLESLASH:      "//",
	DOUBLESLASHEQUAL: "//=",
	AT:               "@",
	ATEQUAL:          "@=",
	RARROW:           "->",
	ELLIPSIS:         "...",
	COLONEQUAL:       ":=",
	EXCLAMATION:      "!",
	OP:               "OP",
	FALSE:            "False",
	NONE:             "None",
	TRUE:             "True",
	AND:              "and",
	AS:               "as",
	ASSERT:           "assert",
	ASYNC:            "async",
	AWAIT:            "await",
	BREAK:            "break",
	CLASS:            "class",
	CONTINUE:         "continue",
	DEF:              "def",
	DEL:              "del",
	ELIF:             "elif",
	ELSE:             "else",
	EXCEPT:           "except",
	FINALLY:          "finally",
	FOR:              "for",
	FROM:             "from",
	GLOBAL:           "global",
	IF:               "if",
	IMPORT:           "import",
	IN:               "in",
	IS:               "is",
	LAMBDA:           "lambda",
	NONLOCAL:         "nonlocal",
	NOT:              "not",
	OR:               "or",
	PASS:             "pass",
	RAISE:            "raise",
	RETURN:           "return",
	TRY:              "try",
	WHILE:            "while",
	WITH:             "with",
	YIELD:            "yield",
}

// String returns the operator or keyword text of k, or CPython's token name
// for the other kinds (NAME, NEWLINE, ...).
func (k Kind) String() string {
	if k < numKinds && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsOperator reports whether k is an operator or delimiter.
func (k Kind) IsOperator() bool { return operatorBegin < k && k < operatorEnd }

// IsKeyword reports whether k is a hard keyword.
func (k Kind) IsKeyword() bool { return keywordBegin < k && k < keywordEnd }

// Keyword returns the keyword kind spelled by s, or NAME when s is not a hard
// keyword. Soft keywords are NAMEs.
func Keyword(s string) Kind {
	// A switch on length first keeps this to one or two string compares.
	switch len(s) {
	case 2:
		switch s {
		case "as":
			return AS
		case "if":
			return IF
		case "in":
			return IN
		case "is":
			return IS
		case "or":
			return OR
		}
	case 3:
		switch s {
		case "and":
			return AND
		case "def":
			return DEF
		case "del":
			return DEL
		case "for":
			return FOR
		case "not":
			return NOT
		case "try":
			return TRY
		}
	case 4:
		switch s {
		case "None":
			return NONE
		case "True":
			return TRUE
		case "elif":
			return ELIF
		case "else":
			return ELSE
		case "from":
			return FROM
		case "pass":
			return PASS
		case "with":
			return WITH
		}
	case 5:
		switch s {
		case "False":
			return FALSE
		case "async":
			return ASYNC
		case "await":
			return AWAIT
		case "break":
			return BREAK
		case "class":
			return CLASS
		case "raise":
			return RAISE
		case "while":
			return WHILE
		case "yield":
			return YIELD
		}
	case 6:
		switch s {
		case "assert":
			return ASSERT
		case "except":
			return EXCEPT
		case "global":
			return GLOBAL
		case "import":
			return IMPORT
		case "lambda":
			return LAMBDA
		case "return":
			return RETURN
		}
	case 7:
		if s == "finally" {
			return FINALLY
		}
	case 8:
		switch s {
		case "continue":
			return CONTINUE
		case "nonlocal":
			return NONLOCAL
		}
	}
	return NAME
}

// Flags carry facts the lexer learned about a token so that the parser need
// not scan its text again.
type Flags uint8

// Token flags.
const (
	// NonASCII marks a NAME containing non-ASCII characters (it needs NFKC
	// normalisation), or a STRING or FSTRING_MIDDLE containing non-ASCII bytes.
	NonASCII Flags = 1 << iota
	// DoubledBrace marks an FSTRING_MIDDLE or TSTRING_MIDDLE that ends in an
	// escaped brace ("{{" or "}}"): the token's span covers both braces, as
	// CPython's positions do, but its text is one byte shorter.
	DoubledBrace
	// Backslash marks a STRING or *_MIDDLE token whose text contains a
	// backslash, so escape decoding is needed.
	Backslash
)

// Token is one lexical token: its kind and its span in the source text.
type Token struct {
	Kind  Kind
	Flags Flags
	Start int32
	End   int32
}

// Span returns the token's byte range.
func (t Token) Span() Span { return Span{t.Start, t.End} }

// TextEnd returns the end offset of the token's text, which differs from
// End only for *_MIDDLE tokens flagged DoubledBrace.
func (t Token) TextEnd() int32 {
	if t.Flags&DoubledBrace != 0 {
		return t.End - 1
	}
	return t.End
}
