package ast

import (
	"math/big"
	"strconv"
)

// ValueKind is the Python type of a constant's value.
type ValueKind uint8

// The kinds of constant values.
const (
	NoneValue ValueKind = iota
	TrueValue
	FalseValue
	EllipsisValue
	IntValue
	FloatValue
	ComplexValue
	StrValue
	BytesValue
)

// Value is the value of a Constant or MatchSingleton, keeping its Python
// kind.
//
// Str holds a str value in generalized UTF-8 (UTF-8 in which lone surrogate
// code points, which Python strings may hold, are encoded as 3-byte
// sequences; see package pyrepr), or the raw bytes of a bytes value. An int
// that fits in int64 is in Int with Big nil; a larger one is in Big. A float
// is in Float; a complex literal (always imaginary: 2j) has its imaginary
// part in Float.
type Value struct {
	Kind  ValueKind
	Int   int64
	Big   *big.Int
	Float float64
	Str   string
}

// IsString reports whether v is a str value.
func (v Value) IsString() bool { return v.Kind == StrValue }

// BigInt returns an int value as a big.Int (a new one for small ints).
func (v Value) BigInt() *big.Int {
	if v.Big != nil {
		return v.Big
	}
	return big.NewInt(v.Int)
}

// IntString returns the decimal digits of an int value.
func (v Value) IntString() string {
	if v.Big != nil {
		return v.Big.String()
	}
	return strconv.FormatInt(v.Int, 10)
}
