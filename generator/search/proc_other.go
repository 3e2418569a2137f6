//go:build !linux

package search

import "os/exec"

// ownGroup leaves cmd in the build's process group, where Ctrl-C in a
// terminal reaches it too; cancelling kills the direct child (the default
// of exec.CommandContext).
func ownGroup(*exec.Cmd) {}
