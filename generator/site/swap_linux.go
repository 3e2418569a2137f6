package site

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// exchange swaps the names of the folders a and b in one step
// (renameat2 with RENAME_EXCHANGE), so that b names a complete folder,
// the old one or the new, at every instant, even if the process is
// killed. It returns errNoExchange where the file system cannot do it.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EOPNOTSUPP) {
		return errNoExchange
	}
	return err
}

// openNoFollow opens the file name for reading, failing when it is a
// symbolic link.
func openNoFollow(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|unix.O_NOFOLLOW, 0)
}
