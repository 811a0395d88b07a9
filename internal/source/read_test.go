package source

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	pe := make([]byte, 0x80)
	copy(pe, "MZ")
	pe[0x3c] = 0x40
	copy(pe[0x40:], "PE\x00\x00")
	files := map[string][]byte{
		"ok.py":       []byte("print('hi')\n"),
		"mz.py":       []byte("MZ = 1\n" + strings.Repeat("#", 0x80) + "\n"),
		"nul.py":      []byte("x = 1\n\x00\n"),
		"late_nul.py": append(bytes.Repeat([]byte("#\n"), 5000), 0),
		"elf.py":      []byte("\x7fELF\x02\x01\x01\x00"),
		"zip.py":      []byte("PK\x03\x04\x14\x00"),
		"pe.py":       pe,
		"gz.json":     []byte("\x1f\x8b\x08\x00"),
		"utf16.env":   []byte("\xff\xfeA\x00=\x001\x00"),
		"utf16.py":    []byte("\xff\xfex\x00"),
		"nul.json":    []byte("{\x00}"),
		"empty.py":    nil,
		"big.py":      bytes.Repeat([]byte("x"), 1000),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		max  int64
		want string // "" for success, else the error message after "PATH: "
	}{
		{"ok.py", 0, ""},
		{"mz.py", 0, ""},
		{"empty.py", 0, ""},
		{"late_nul.py", 0, ""},
		{"utf16.env", 0, ""},
		{"nul.py", 0, "binary file (NUL byte)"},
		{"elf.py", 0, "binary file (ELF executable)"},
		{"zip.py", 0, "binary file (zip archive)"},
		{"pe.py", 0, "binary file (PE executable)"},
		{"gz.json", 0, "binary file (gzip archive)"},
		{"utf16.py", 0, "binary file (NUL byte)"},
		{"nul.json", 0, "binary file (NUL byte)"},
		{"big.py", 999, "file too large (1000 bytes, limit 999)"},
		{"big.py", 1000, ""},
		{"big.py", -1, ""},
		{"missing.py", 0, "no such file or directory"},
		{".", 0, "is a directory"},
	} {
		path := filepath.Join(dir, tc.name)
		data, err := Read(path, tc.max)
		if tc.want == "" {
			if err != nil {
				t.Errorf("Read(%s, %d): %v", tc.name, tc.max, err)
			} else if !bytes.Equal(data, files[tc.name]) {
				t.Errorf("Read(%s): wrong data", tc.name)
			}
			continue
		}
		if err == nil || err.Error() != filepath.Clean(path)+": "+tc.want && err.Error() != path+": "+tc.want {
			t.Errorf("Read(%s, %d) error = %v, want %q", tc.name, tc.max, err, tc.want)
		}
	}

	_, err := Read(filepath.Join(dir, "big.py"), 10)
	var tl *TooLargeError
	var e Error
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &tl) || tl.Size != 1000 || tl.Limit != 10 || !errors.As(err, &e) || e.Path != filepath.Join(dir, "big.py") {
		t.Errorf("too large: %#v", err)
	}
	if _, err := Read(filepath.Join(dir, "nul.py"), 0); !errors.Is(err, ErrBinary) {
		t.Errorf("binary: %v is not ErrBinary", err)
	}
	if _, err := Read(filepath.Join(dir, "missing.py"), 0); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v is not fs.ErrNotExist", err)
	}
}

func TestReadFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fifo.py")
	if err := mkfifo(path); err != nil {
		t.Skip("no named pipes:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := Read(path, 0); done <- err }()
	select {
	case err := <-done:
		if err == nil || err.Error() != path+": not a regular file" {
			t.Errorf("Read(fifo) = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Read blocks on a named pipe")
	}
}

func TestReadPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permission checks need a user other than root")
	}
	path := filepath.Join(t.TempDir(), "secret.py")
	if err := os.WriteFile(path, []byte("x"), 0); err != nil {
		t.Fatal(err)
	}
	_, err := Read(path, 0)
	if !errors.Is(err, fs.ErrPermission) || err.Error() != path+": permission denied" {
		t.Errorf("Read(unreadable) = %v", err)
	}
}
