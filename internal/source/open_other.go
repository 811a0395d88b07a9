//go:build !unix

package source

import "os"

// openNonblock opens path for reading.
func openNonblock(path string) (*os.File, error) {
	return os.Open(path)
}
