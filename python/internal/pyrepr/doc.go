// Package pyrepr formats Python values exactly as CPython 3.13's repr()
// does: str, bytes, float and complex. (ints need no help: math/big's
// decimal output is what repr(int) prints.)
//
// # Generalized UTF-8
//
// A Python str is a sequence of code points 0..0x10FFFF, and unlike Go
// strings of runes it may contain lone surrogates U+D800..U+DFFF (the
// literal "\ud800" creates one). Functions in this package that take or
// return str contents use "generalized UTF-8" (the encoding also known as
// WTF-8 without pair merging):
//
//   - every code point that is not a surrogate is encoded as ordinary UTF-8;
//   - a surrogate code point is encoded as its own 3-byte sequence,
//     0xED 0xA0..0xBF 0x80..0xBF, which strict UTF-8 forbids;
//   - a high surrogate followed by a low surrogate is still two code points
//     (two 3-byte sequences): Python does not combine "\ud83d\ude00" into
//     U+1F600, and neither does this encoding.
//
// So a str without surrogates is held as plain UTF-8, and
// len(DecodeRune-decoded sequence) equals Python's len(). AppendRune builds
// such strings and DecodeRune reads them back; a byte that does not start a
// valid sequence decodes as U+FFFD with size 1, as in package utf8.
//
// The goldens in testdata/ were produced by running
//
//	/path/to/python3.13 python/internal/pyrepr/testdata/gen_goldens.py
//
// (or go generate with PYTHON set); the tests need no Python.
package pyrepr

//go:generate sh -c "${DOLLAR}{PYTHON:-python3.13} testdata/gen_goldens.py"
