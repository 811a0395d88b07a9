// Command krait is a security scanner for Python projects.
package main

import (
	"os"

	"github.com/krait-dev/krait/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
