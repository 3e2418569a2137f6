//go:build unix

package site

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes an exclusive flock on the file name without waiting. The
// kernel releases it when the process dies, so a crashed build never
// leaves a stale lock behind.
func tryLock(name string) (unlock func(), ok bool, err error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR) {
			return nil, false, nil
		}
		return nil, false, err
	}
	// The previous holder removes the file before it unlocks: if it did so
	// after we opened it, our lock is on a file nobody else can see; retry.
	fi, err1 := f.Stat()
	pi, err2 := os.Stat(name)
	if err1 != nil || err2 != nil || !os.SameFile(fi, pi) {
		f.Close()
		return nil, false, nil
	}
	return func() {
		os.Remove(name)
		f.Close()
	}, true, nil
}
