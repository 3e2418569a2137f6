package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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

	// The npm pagefind is a script that starts the real binary.
	bin, pidFile := t.TempDir(), filepath.Join(t.TempDir(), "pid")
	script := "#!/bin/sh\nsleep 300 >/dev/null 2>&1 &\necho $! > " + pidFile + ".part && mv " + pidFile + ".part " + pidFile + "\nwait\n"
	if err := os.WriteFile(filepath.Join(bin, "pagefind"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	done := make(chan int, 1)
	stderr.Reset()
	go func() { done <- run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr) }()
	pid := 0
	for range 3000 { // a liveness bound, not a timing claim
		if data, err := os.ReadFile(pidFile); err == nil {
			pid, _ = strconv.Atoi(strings.TrimSpace(string(data)))
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if pid == 0 {
		t.Fatal("the build did not start pagefind")
	}
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	if code := <-done; code != 1 || !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("exit %d, stderr %q; want 1 and a message saying it stopped", code, stderr.String())
	}
	for i := 0; ; i++ {
		data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if _, state, _ := strings.Cut(string(data), ") "); err != nil || strings.HasPrefix(state, "Z") {
			break
		}
		if i == 1000 {
			t.Fatalf("pagefind's child %d outlived the build", pid)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if testfs.Hash(t, out) != before {
		t.Error("the stopped build changed the output")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
}
