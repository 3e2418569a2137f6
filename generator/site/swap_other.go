//go:build !linux

package site

import (
	"errors"
	"os"
)

// exchange is renameat2 on Linux; elsewhere WriteDir falls back to two
// renames.
func exchange(a, b string) error { return errNoExchange }

// openNoFollow opens the file name for reading, failing when it is a
// symbolic link.
func openNoFollow(name string) (*os.File, error) {
	fi, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		return nil, errors.New(name + " is a symbolic link")
	}
	return os.Open(name)
}
