package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// TestConcurrentBuildsDoNotOverlap starts several builds of one output
// folder at once: their build functions never run at the same time, all
// succeed, and the result is exactly one build's output.
func TestConcurrentBuildsDoNotOverlap(t *testing.T) {
	dir := writeSite(t, nil)
	src := source(t, dir)
	out := filepath.Join(dir, "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	want := testfs.Hash(t, out)

	var running, overlaps atomic.Int32
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = WriteDir(out, func(w Writer) error {
				if running.Add(1) > 1 {
					overlaps.Add(1)
				}
				defer running.Add(-1)
				_, err := Build(src, Options{Now: buildNow}, w)
				time.Sleep(50 * time.Millisecond) // widen the window
				return err
			})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("build %d: %v", i, err)
		}
	}
	if overlaps.Load() > 0 {
		t.Errorf("%d builds ran while another was writing", overlaps.Load())
	}
	if got := testfs.Hash(t, out); got != want {
		t.Error("concurrent builds left a different output than one build")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
}

// TestLockedBuildFails holds the lock as another build would: a build
// that cannot get it within LockWait fails with a message naming the
// folder, and the output is untouched; once the lock is free it builds.
func TestLockedBuildFails(t *testing.T) {
	dir := writeSite(t, nil)
	src := source(t, dir)
	out := filepath.Join(dir, "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	before := testfs.Hash(t, out)

	unlock, err := lockOutput(out, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func(w time.Duration) { LockWait = w }(LockWait)
	LockWait = 200 * time.Millisecond
	start := time.Now()
	called := false
	err = WriteDir(out, func(Writer) error { called = true; return nil })
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("error %v, want *LockedError", err)
	}
	if !strings.Contains(err.Error(), "another build is writing "+out) {
		t.Errorf("unclear message: %v", err)
	}
	if d := time.Since(start); d < LockWait {
		t.Errorf("gave up after %s, before LockWait (%s)", d, LockWait)
	}
	if called {
		t.Error("build ran without the lock")
	}
	if testfs.Hash(t, out) != before {
		t.Error("locked-out build changed the output")
	}

	// The holder finishes while a second build waits: the second builds.
	LockWait = 5 * time.Second
	time.AfterFunc(100*time.Millisecond, unlock)
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatalf("build after unlock: %v", err)
	}
	if _, err := os.Stat(lockPath(out)); err == nil {
		t.Error("lock file left behind")
	}
	if !IsTemp(lockPath(out)) {
		t.Error("watchers would not ignore the lock file")
	}
}
