package testfs

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ParentScript is a shell script that does what the npm pagefind does:
// start a long-running child (the real binary), here after writing the
// child's process id to pidFile, and wait for it.
func ParentScript(pidFile string) string {
	return "#!/bin/sh\nsleep 300 >/dev/null 2>&1 &\necho $! > '" + pidFile + ".part' && mv '" + pidFile + ".part' '" + pidFile + "'\nwait\n"
}

// ChildPid waits for the script of ParentScript to write pidFile and
// returns the child's process id.
func ChildPid(t testing.TB, pidFile string) int {
	t.Helper()
	for range 3000 { // a liveness bound, not a timing claim
		if data, err := os.ReadFile(pidFile); err == nil {
			pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
			return pid
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the script did not start its child")
	return 0
}

// WaitExit fails the test unless process pid exits (or is a zombie that
// nobody reaped) soon.
func WaitExit(t testing.TB, pid int) {
	t.Helper()
	for range 1000 {
		data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if _, state, _ := strings.Cut(string(data), ") "); err != nil || strings.HasPrefix(state, "Z") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("process %d outlived the build that started its parent", pid)
}
