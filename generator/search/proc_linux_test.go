package search

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestIndexKillsItsChildren stands in for the npm pagefind, a script that
// starts the real binary: when the build is cancelled, the binary dies
// too, not only the script.
func TestIndexKillsItsChildren(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	pidFile := filepath.Join(tmp, "pid")
	bin := fake(t, t.TempDir(), `sleep 300 >/dev/null 2>&1 &
echo $! > "`+pidFile+`.part" && mv "`+pidFile+`.part" "`+pidFile+`"
wait`)
	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan error, 1)
	go func() { done <- Index(ctx, bin, dir) }()
	pid := 0
	for range 1000 { // a liveness bound, not a timing claim
		if data, err := os.ReadFile(pidFile); err == nil {
			pid, _ = strconv.Atoi(strings.TrimSpace(string(data)))
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if pid == 0 {
		t.Fatal("the fake pagefind did not start its child")
	}
	cancel(context.Canceled)
	if err := <-done; err == nil || !strings.Contains(err.Error(), "stopped") {
		t.Errorf("Index after cancel = %v, want a message saying it stopped", err)
	}
	for range 1000 {
		if !running(pid) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("pagefind's child %d outlived the cancelled build", pid)
}

// running reports whether process pid exists and is not a zombie.
func running(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	_, after, _ := strings.Cut(string(data), ") ")
	return !strings.HasPrefix(after, "Z")
}
