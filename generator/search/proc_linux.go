package search

import (
	"os/exec"
	"syscall"
)

// ownGroup makes cmd the leader of a process group of its own and makes
// cancelling it kill the whole group: the npm pagefind is a Node script
// that starts the pagefind_extended binary, which killing the script
// alone leaves running. The direct child is also killed when the build
// dies, even by SIGKILL.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
