package source

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// MaxFileSize is the default size limit of Read: larger files are
// reported, not scanned.
const MaxFileSize = 50 << 20

// sniffLen is how much of a file binary detection looks at.
const sniffLen = 8 << 10

// ErrTooLarge is wrapped by the error of Read for a file over its limit;
// the error is a *TooLargeError, which has the sizes.
var ErrTooLarge = errors.New("file too large")

// ErrBinary is wrapped by the error of Read for a binary file, so that the
// caller can say "binary file" rather than report a syntax error.
var ErrBinary = errors.New("binary file")

// A TooLargeError is a file over the size limit of Read. It matches
// ErrTooLarge in errors.Is.
type TooLargeError struct {
	Size, Limit int64
}

// Error returns "file too large (SIZE bytes, limit LIMIT)".
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%v (%d bytes, limit %d)", ErrTooLarge, e.Size, e.Limit)
}

// Is reports whether target is ErrTooLarge.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// Read returns the contents of the file at path, which must be a regular
// file of at most max bytes (0 means MaxFileSize, a negative max no limit).
// Every error is an Error naming path, wrapping:
//
//   - a *TooLargeError (errors.Is(err, ErrTooLarge)) for a file over max;
//   - ErrBinary for a binary file: one that starts with the magic number
//     of an ELF, Mach-O or PE executable or of a zip or gzip archive, or
//     has a NUL byte in its first 8 KiB. A text file that is not Python or
//     a notebook and starts with a UTF-16 or UTF-32 byte order mark is
//     not binary (Windows tools write .env and .ini files so); it is
//     returned as it is, for the caller to decode;
//   - the *fs.PathError of the system for a file that cannot be opened or
//     read (errors.Is(err, fs.ErrPermission), fs.ErrNotExist).
//
// Read opens the file without blocking, so a named pipe is refused rather
// than waited on.
func Read(path string, max int64) ([]byte, error) {
	if max == 0 {
		max = MaxFileSize
	}
	f, err := openNonblock(path)
	if err != nil {
		return nil, Error{Path: path, Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, Error{Path: path, Err: err}
	}
	if fi.IsDir() {
		return nil, Error{Path: path, Err: errors.New("is a directory")}
	}
	if !fi.Mode().IsRegular() {
		return nil, Error{Path: path, Err: errors.New("not a regular file")}
	}
	if max > 0 && fi.Size() > max {
		return nil, Error{Path: path, Err: &TooLargeError{Size: fi.Size(), Limit: max}}
	}
	// The size is a hint: the file may grow while it is read.
	var r io.Reader = f
	if max > 0 {
		r = io.LimitReader(f, max+1)
	}
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, Error{Path: path, Err: err}
	}
	data := buf.Bytes()
	if max > 0 && int64(len(data)) > max {
		return nil, Error{Path: path, Err: &TooLargeError{Size: int64(len(data)), Limit: max}}
	}
	if what := binaryKind(data, Classify(path)); what != "" {
		return nil, Error{Path: path, Err: fmt.Errorf("%w (%s)", ErrBinary, what)}
	}
	return data, nil
}

// binaryKind says why data (a file's contents, or its first bytes) is
// binary, or returns "" for text. kind is the file's kind: a byte order
// mark of UTF-16 or UTF-32 excuses NUL bytes except in Python and
// notebooks, which CPython and Jupyter read as UTF-8 only.
func binaryKind(data []byte, kind Kind) string {
	switch {
	case bytes.HasPrefix(data, []byte("\x7fELF")):
		return "ELF executable"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")), bytes.HasPrefix(data, []byte("PK\x07\x08")):
		return "zip archive"
	case bytes.HasPrefix(data, []byte("\x1f\x8b\x08")):
		return "gzip archive"
	case isMachO(data):
		return "Mach-O executable"
	case isPE(data):
		return "PE executable"
	}
	head := data[:min(len(data), sniffLen)]
	if bytes.IndexByte(head, 0) < 0 {
		return ""
	}
	if kind != KindPython && kind != KindNotebook && hasWideBOM(head) {
		return ""
	}
	return "NUL byte"
}

func isMachO(data []byte) bool {
	if len(data) < 4 {
		return false
	}
	switch binary.BigEndian.Uint32(data) {
	case 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe:
		return true
	}
	return false
}

// isPE reports a DOS header ("MZ") whose e_lfanew field points at a "PE\0\0"
// signature. "MZ" alone is too weak: "MZ = 1" is Python.
func isPE(data []byte) bool {
	if len(data) < 0x40 || data[0] != 'M' || data[1] != 'Z' {
		return false
	}
	off := int64(binary.LittleEndian.Uint32(data[0x3c:]))
	return off+4 <= int64(len(data)) && bytes.Equal(data[off:off+4], []byte("PE\x00\x00"))
}

func hasWideBOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) ||
		bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff})
}
