//go:build !unix

package site

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// staleLock is the age after which a lock file without flock (which this
// system lacks) is taken to be left by a crashed build.
const staleLock = 10 * time.Minute

// tryLock creates the file name exclusively without waiting.
func tryLock(name string) (unlock func(), ok bool, err error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		if fi, err := os.Stat(name); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(name)
		}
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	f.Close()
	return func() { os.Remove(name) }, true, nil
}
