//go:build unix

package site

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipesAreSkipped puts a named pipe called *.txt in content/ and
// one called *.css in static/: reading either would wait for a writer
// forever. The build skips both with a warning naming them.
func TestNamedPipesAreSkipped(t *testing.T) {
	dir := writeSite(t, nil)
	if err := syscall.Mkfifo(filepath.Join(dir, "content", "2025-10-20-pipe.txt"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	static := t.TempDir()
	os.WriteFile(filepath.Join(static, "site.css"), []byte("body{}"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(static, "pipe.css"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := source(t, dir)
	src.Static = os.DirFS(static)
	type result struct {
		stats Stats
		err   error
	}
	done := make(chan result, 1)
	go func() {
		stats, err := build(t, src, Options{}, filepath.Join(dir, "public"))
		done <- result{stats, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(time.Minute): // a liveness bound, not a timing claim
		t.Fatal("the build hangs on a named pipe")
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
	var warns []string
	for _, w := range r.stats.Warnings {
		warns = append(warns, w.Error())
	}
	all := strings.Join(warns, "\n")
	for _, want := range []string{"2025-10-20-pipe.txt: সাধারণ ফাইল নয়", "not a regular file", "static/pipe.css: not a regular file"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}
