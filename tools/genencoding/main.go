// Command genencoding generates the codec tables and the golden test corpus
// of package python/encoding from CPython itself.
//
// Usage (from the module root):
//
//	go run ./tools/genencoding [-python /path/to/python3.13]
//
// It needs CPython 3.13 and Unicode's NameAliases.txt (Debian package
// unicode-data); the package's tests need neither.
package main

import (
	_ "embed"
	"flag"
	"log"
	"os"
	"os/exec"
	"path/filepath"
)

//go:embed gen.py
var script []byte

func main() {
	python := flag.String("python", "/root/.pyenv/versions/3.13.0/bin/python", "CPython 3.13 interpreter")
	dir := flag.String("dir", "python/encoding", "package directory, relative to the module root")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "encoding.go")); err != nil {
		// Also work when run by go generate from the package directory.
		if _, err2 := os.Stat("encoding.go"); err2 == nil {
			*dir = "."
		} else {
			log.Fatalf("genencoding: run from the module root: %v", err)
		}
	}
	f, err := os.CreateTemp("", "genencoding-*.py")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(script); err != nil {
		log.Fatal(err)
	}
	f.Close()
	tables := filepath.Join(*dir, "tables_gen.go")
	golden := filepath.Join(*dir, "testdata", "golden.json")
	cjk := filepath.Join(*dir, "cjk_gen.go")
	cmd := exec.Command(*python, "-I", f.Name(), "encoding", tables, golden, cjk)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("genencoding: %v", err)
	}
	if out, err := exec.Command("gofmt", "-w", tables).CombinedOutput(); err != nil {
		log.Fatalf("genencoding: gofmt: %v\n%s", err, out)
	}
}
