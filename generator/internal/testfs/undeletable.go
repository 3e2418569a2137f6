package testfs

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Undeletable makes the file path impossible to remove, as a file owned by
// another user is: its folder is made read-only or, for root (whom modes
// do not stop), the file immutable with chattr. The test is skipped where
// neither works. At the end of the test everything under root is made
// removable again, wherever the file has moved.
func Undeletable(t testing.TB, root, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(filepath.Dir(path), 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err == nil && d.IsDir() {
					os.Chmod(p, 0o755)
				}
				return nil
			})
		})
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("cannot make a file undeletable here: chattr: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-R", "-i", root).Run() })
}
