package site

import (
	"fmt"
	"path/filepath"
	"time"
)

// LockWait is how long WriteDir waits for another build of the same
// output folder to finish before it gives up.
var LockWait = 30 * time.Second

// LockedError is returned when another build holds the output folder's
// lock for longer than LockWait.
type LockedError struct {
	Out, Lock string
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("another build is writing %s (it holds the lock file %s): wait for it to finish and build again", e.Out, e.Lock)
}

// lockPath is the lock file of an output folder: beside it, named so that
// IsTemp (and .gitignore's /.tmp-*) covers it.
func lockPath(out string) string {
	return filepath.Join(filepath.Dir(out), ".tmp-"+filepath.Base(out)+".lock")
}

// lockOutput takes the lock of the output folder out, waiting up to wait
// while another build (in this or another process) holds it.
func lockOutput(out string, wait time.Duration) (unlock func(), err error) {
	name := lockPath(out)
	deadline := time.Now().Add(wait)
	for {
		unlock, ok, err := tryLock(name)
		if err != nil {
			return nil, fmt.Errorf("locking %s: %w", out, err)
		}
		if ok {
			return unlock, nil
		}
		if time.Now().After(deadline) {
			return nil, &LockedError{Out: out, Lock: name}
		}
		time.Sleep(20 * time.Millisecond)
	}
}
