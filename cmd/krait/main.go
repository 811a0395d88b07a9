// Command krait is a security scanner for Python projects.
package main

import (
	"os"
	"runtime/debug"

	"github.com/krait-dev/krait/internal/cli"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A scan allocates a tree per file and drops it: collecting less
		// often saves a third of the CPU time for a few tens of MB.
		debug.SetGCPercent(400)
	}
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
