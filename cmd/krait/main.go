// Command krait is a security scanner for Python projects.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/krait-dev/krait/internal/cli"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A scan allocates a tree per file and drops it: collecting less
		// often saves CPU for a few tens of MB.
		debug.SetGCPercent(400)
	}
	// KRAIT_CPUPROFILE=FILE writes a CPU profile of the run (go tool
	// pprof reads it), for the benchmarks.
	if path := os.Getenv("KRAIT_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "krait: KRAIT_CPUPROFILE: %v\n", err)
			os.Exit(2)
		}
		code := cli.Run(os.Args[1:], os.Stdout, os.Stderr)
		pprof.StopCPUProfile()
		f.Close()
		os.Exit(code)
	}
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
