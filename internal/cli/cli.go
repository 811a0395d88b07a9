// Package cli implements krait's command line.
package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// looksLikePath reports whether a first argument that is not a command
// names a file or directory, so that "krait src" scans src.
func looksLikePath(arg string) bool {
	if strings.ContainsAny(arg, "/.") {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

const usage = `usage: krait <command> [arguments]

Commands:
  scan [options] [PATH...]   scan Python files and notebooks, and audit their
                             dependencies (the default command; see krait scan --help)
  deps [options] [PATH...]   audit the dependencies only: requirements files,
                             lockfiles, pyproject.toml, --env VENV (krait deps --help)
  db update                  download the OSV advisory database (krait db --help)
  rules [--format json] [PREFIX...]
                             list the rules
  explain ID                 show one rule's documentation
  version                    print krait's version
  debug ast FILE             print the syntax tree of FILE as CPython's ast.dump
  debug parse [--jobs N] PATH...
                             parse every Python file under PATH, report syntax errors
`

// Run runs krait with the command-line arguments args (without the
// program name) and returns the process exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runScan(nil, stdout, stderr)
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], stdout, stderr)
	case "deps":
		return runDeps(args[1:], stdout, stderr)
	case "db":
		return runDB(args[1:], stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "explain":
		return runExplain(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "krait %s\n", Version)
		return exitOK
	case "debug":
		return runDebug(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if strings.HasPrefix(args[0], "-") || looksLikePath(args[0]) {
		return runScan(args, stdout, stderr) // "krait ." and "krait --select B6"
	}
	fmt.Fprintf(stderr, "krait: unknown command %q\n\n%s", args[0], usage)
	return exitError
}
