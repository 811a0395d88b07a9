// Package unicodedata answers the few Unicode questions krait's Python front
// end needs, exactly as CPython 3.13 answers them.
//
// CPython 3.13 uses Unicode 15.1.0 while Go's unicode package (as of Go 1.26)
// is at 15.0.0, so the tables here are not derived from Go's: they are
// generated from CPython itself by tools/genunicode/genunicode.py, which asks
// the running interpreter (str.isprintable, str.isidentifier,
// unicodedata.name, the "\N{...}" escape, ...) and writes tables.go,
// names.bin and the test goldens under testdata/. To regenerate, run
//
//	go generate ./python/internal/unicodedata
//
// with PYTHON naming a CPython 3.13 interpreter (default python3.13), or
// equivalently
//
//	/path/to/python3.13 tools/genunicode/genunicode.py
//
// from the repository root. The tests need no Python.
//
// The only exception is NormalizeIdentifier, which uses
// golang.org/x/text/unicode/norm (Unicode 15.0.0 under Go 1.26); its tests
// check it against CPython's unicodedata.normalize over every identifier
// character.
package unicodedata

//go:generate sh -c "${DOLLAR}{PYTHON:-python3.13} ../../../tools/genunicode/genunicode.py"
