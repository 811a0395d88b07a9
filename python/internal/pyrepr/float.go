package pyrepr

import (
	"math"
	"strconv"
)

// Float returns repr(f) for a Python float, exactly as CPython 3.13 writes
// it: the shortest decimal string that reads back as f, in positional
// notation if the decimal exponent is in range and otherwise in exponent
// notation with at least two exponent digits, with ".0" added to integral
// values in positional notation:
//
//	repr(1e15) == '1000000000000000.0'  repr(1e16) == '1e+16'
//	repr(0.0001) == '0.0001'             repr(1e-05) == '1e-05'
//	'-0.0', 'inf', '-inf', 'nan' (NaNs never show a sign)
func Float(f float64) string {
	var buf [32]byte
	return string(appendFloat(buf[:0], f, true, false))
}

// Complex returns repr(complex(re, im)) exactly as CPython 3.13 writes it.
// If re is +0.0 only the imaginary part is shown ("2j", "-0j", "infj",
// "nanj"); otherwise both parts are shown in parentheses, the imaginary part
// always with a sign ("(1+2j)", "(-0+1j)", "(nan+nanj)", "(1-infj)"). The
// parts use Float's digits but without the ".0" suffix ("(1e+16+0j)",
// "(1000000000000000+2j)").
func Complex(re, im float64) string {
	var buf [64]byte
	b := buf[:0]
	if re == 0 && !math.Signbit(re) {
		b = appendFloat(b, im, false, false)
		b = append(b, 'j')
		return string(b)
	}
	b = append(b, '(')
	b = appendFloat(b, re, false, false)
	b = appendFloat(b, im, false, true)
	b = append(b, 'j', ')')
	return string(b)
}

// appendFloat formats f like CPython's PyOS_double_to_string(f, 'r', 0,
// flags) where addDot0 is Py_DTSF_ADD_DOT_0 and sign is Py_DTSF_SIGN.
func appendFloat(b []byte, f float64, addDot0, sign bool) []byte {
	switch {
	case math.IsNaN(f):
		// CPython ignores the sign bit of a NaN.
		if sign {
			b = append(b, '+')
		}
		return append(b, "nan"...)
	case math.IsInf(f, 0):
		if f < 0 {
			b = append(b, '-')
		} else if sign {
			b = append(b, '+')
		}
		return append(b, "inf"...)
	}
	// Shortest round-trip digits, as in David Gay's dtoa mode 0 used by
	// CPython: strconv gives "d.ddde±XX" (or "de±XX").
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	if e[0] == '-' {
		b = append(b, '-')
		e = e[1:]
	} else if sign {
		b = append(b, '+')
	}
	var digits [24]byte
	nd := 0
	i := 0
	for ; e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp := 0
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[i+1] == '-' {
		exp = -exp
	}
	// decpt is the position of the decimal point relative to the digits:
	// f = 0.d1d2d3... * 10**decpt.
	decpt := exp + 1
	d := digits[:nd]
	switch {
	case decpt <= -4 || decpt > 16:
		b = append(b, d[0])
		if nd > 1 {
			b = append(b, '.')
			b = append(b, d[1:]...)
		}
		b = append(b, 'e')
		x := decpt - 1
		if x < 0 {
			b = append(b, '-')
			x = -x
		} else {
			b = append(b, '+')
		}
		if x < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(x), 10)
	case decpt <= 0:
		b = append(b, '0', '.')
		for ; decpt < 0; decpt++ {
			b = append(b, '0')
		}
		b = append(b, d...)
	case decpt >= nd:
		b = append(b, d...)
		for ; decpt > nd; decpt-- {
			b = append(b, '0')
		}
		if addDot0 {
			b = append(b, '.', '0')
		}
	default:
		b = append(b, d[:decpt]...)
		b = append(b, '.')
		b = append(b, d[decpt:]...)
	}
	return b
}
