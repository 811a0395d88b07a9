//go:build unix

package source

import (
	"os"
	"syscall"
)

// openNonblock opens path for reading with O_NONBLOCK, which changes
// nothing for regular files but keeps open from waiting for a writer when
// path is a named pipe.
func openNonblock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
