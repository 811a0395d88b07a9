//go:build !unix

package source

import "errors"

// mkfifo makes a named pipe, which this system does not have.
func mkfifo(path string) error { return errors.ErrUnsupported }
