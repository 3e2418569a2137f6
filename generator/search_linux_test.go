package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// TestTerminatedBuildStopsPagefind sends SIGTERM (what a CI time-out
// sends) while pagefind runs: pagefind and the process it started die,
// the build exits 1 saying it stopped, the previous output is intact and
// no temporary folder is left.
func TestTerminatedBuildStopsPagefind(t *testing.T) {
	dir := siteCopy(t)
	yaml := filepath.Join(dir, "site.yaml")
	data, _ := os.ReadFile(yaml)
	os.WriteFile(yaml, bytes.Replace(data, []byte("search: false"), []byte("search: true"), 1), 0o644)
	out := filepath.Join(dir, "public")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("first build: exit %d: %s", code, stderr.String())
	}
	before := testfs.Hash(t, out)

	bin, pidFile := t.TempDir(), filepath.Join(t.TempDir(), "pid")
	if err := os.WriteFile(filepath.Join(bin, "pagefind"), []byte(testfs.ParentScript(pidFile)), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	done := make(chan int, 1)
	stderr.Reset()
	go func() { done <- run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr) }()
	pid := testfs.ChildPid(t, pidFile)
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	code := <-done
	t.Logf("user sees: %s", stderr.String())
	if code != 1 || !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("exit %d, stderr %q; want 1 and a message saying it stopped", code, stderr.String())
	}
	testfs.WaitExit(t, pid)
	if testfs.Hash(t, out) != before {
		t.Error("the stopped build changed the output")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
}
