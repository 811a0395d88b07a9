package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/krait-dev/krait/python/ast"
	"github.com/krait-dev/krait/python/parser"
)

func runDebug(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "ast":
		return debugAST(args[1:], stdout, stderr)
	case "parse":
		return debugParse(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "krait debug: unknown command %q\n\n%s", args[0], usage)
	return exitError
}

// debugAST implements "krait debug ast [--dump-version X.Y] FILE".
func debugAST(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("krait debug ast", flag.ContinueOnError)
	fl.SetOutput(stderr)
	version := fl.String("dump-version", "3.13", "print the dump as CPython `X.Y`'s ast.dump does (3.12 and earlier show empty lists)")
	if err := fl.Parse(args); err != nil {
		return exitError
	}
	if fl.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: krait debug ast [--dump-version X.Y] FILE")
		return exitError
	}
	opt, popt, err := dumpOptions(*version)
	if err != nil {
		fmt.Fprintf(stderr, "krait debug ast: %v\n", err)
		return exitError
	}
	name := fl.Arg(0)
	src, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(stderr, "krait: %v\n", err)
		return exitError
	}
	f, err := parser.ParseFileOptions(name, src, popt)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFindings
	}
	fmt.Fprintln(stdout, ast.DumpWith(f, f.Module, opt))
	return exitOK
}

// dumpOptions returns the dump format and parser behaviour of CPython
// version ("3.13").
func dumpOptions(version string) (ast.DumpOptions, parser.Options, error) {
	major, minor, ok := strings.Cut(version, ".")
	ma, err1 := strconv.Atoi(major)
	mi, err2 := strconv.Atoi(minor)
	if !ok || err1 != nil || err2 != nil || ma != 3 || mi < 8 {
		return ast.DumpOptions{}, parser.Options{}, fmt.Errorf("--dump-version: want 3.8 or later, got %q", version)
	}
	popt := parser.Options{Version: parser.Python313}
	if mi >= 14 {
		popt.Version = parser.Python314
	}
	return ast.DumpOptions{ShowEmpty: mi < 13}, popt, nil
}

// debugParse implements "krait debug parse [--jobs N] PATH...".
func debugParse(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("krait debug parse", flag.ContinueOnError)
	fl.SetOutput(stderr)
	jobs := fl.Int("jobs", runtime.NumCPU(), "number of files parsed in parallel")
	if err := fl.Parse(args); err != nil {
		return exitError
	}
	if fl.NArg() == 0 || *jobs < 1 {
		fmt.Fprintln(stderr, "usage: krait debug parse [--jobs N] PATH...")
		return exitError
	}
	var files []string
	failed := false
	for _, root := range fl.Args() {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "krait: %v\n", err)
				failed = true
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && (path == root || isPython(path)) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "krait: %v\n", err)
			failed = true
		}
	}
	sort.Strings(files)

	type result struct {
		size int64
		err  error
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < *jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				src, err := os.ReadFile(files[i])
				if err != nil {
					results[i] = result{err: err}
					continue
				}
				_, err = parser.ParseFile(files[i], src)
				results[i] = result{size: int64(len(src)), err: err}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	var bytes int64
	nerr := 0
	for _, r := range results {
		bytes += r.size
		if r.err != nil {
			nerr++
			var se *parser.SyntaxError
			if errors.As(r.err, &se) {
				fmt.Fprintln(stderr, se)
			} else {
				fmt.Fprintf(stderr, "krait: %v\n", r.err)
			}
		}
	}
	fmt.Fprintf(stdout, "%d files, %d bytes, %d errors\n", len(files), bytes, nerr)
	if failed {
		return exitError
	}
	if nerr > 0 {
		return exitFindings
	}
	return exitOK
}

func isPython(path string) bool {
	switch filepath.Ext(path) {
	case ".py", ".pyw", ".pyi":
		return true
	}
	return false
}
