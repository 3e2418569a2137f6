package search

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// TestPreviewStopKillsChildren stands in for npm's pagefind, a script whose
// child does the work: stopping the preview's indexing before a rebuild
// must end the child too, not leave it indexing beside the rebuild.
func TestPreviewStopKillsChildren(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	bin := filepath.Join(t.TempDir(), "pagefind")
	if err := os.WriteFile(bin, []byte(testfs.ParentScript(pidFile)), 0o755); err != nil {
		t.Fatal(err)
	}
	p := &published{ended: make(chan error, 1)}
	x := NewPreview(bin, nil, p.publish, p.report)
	x.Start(site)
	pid := testfs.ChildPid(t, pidFile)
	x.Stop()
	testfs.WaitExit(t, pid)
}
