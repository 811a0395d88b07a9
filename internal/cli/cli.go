// Package cli implements krait's command line.
package cli

import (
	"fmt"
	"io"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

const usage = `usage: krait <command> [arguments]

Commands:
  debug ast FILE             print the syntax tree of FILE as CPython's ast.dump
  debug parse [--jobs N] PATH...
                             parse every Python file under PATH, report syntax errors
`

// Run runs krait with the command-line arguments args (without the
// program name) and returns the process exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "debug":
		return runDebug(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "krait: unknown command %q\n\n%s", args[0], usage)
	return exitError
}
