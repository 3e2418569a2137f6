package search

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// TestIndexKillsItsChildren stands in for the npm pagefind, a script that
// starts the real binary: when the build is cancelled, the binary dies
// too, not only the script.
func TestIndexKillsItsChildren(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	bin := filepath.Join(t.TempDir(), "pagefind")
	if err := os.WriteFile(bin, []byte(testfs.ParentScript(pidFile)), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Index(ctx, bin, t.TempDir(), "") }()
	pid := testfs.ChildPid(t, pidFile)
	cancel()
	if err := <-done; err == nil || !strings.Contains(err.Error(), "stopped") {
		t.Errorf("Index after cancel = %v, want a message saying it stopped", err)
	}
	testfs.WaitExit(t, pid)
}
