package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles is a build that writes the given files.
func writeFiles(files map[string]string) func(Writer) error {
	return func(w Writer) error {
		for name, data := range files {
			if err := w.WriteFile(name, []byte(data)); err != nil {
				return err
			}
		}
		return nil
	}
}

// tempLeft lists the temporary folders and files left in dir.
func tempLeft(t *testing.T, dir string) []string {
	t.Helper()
	left, err := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return left
}

// TestWriteDirThroughLink builds into an output folder that is a symbolic
// link, as a web root often is: the folder it leads to gets the new site,
// built beside it, and the link stays a link.
func TestWriteDirThroughLink(t *testing.T) {
	root := t.TempDir()
	www := filepath.Join(root, "www")
	target := filepath.Join(www, "digest-2025")
	link := filepath.Join(root, "site", "public")
	os.MkdirAll(filepath.Dir(link), 0o755)
	if err := WriteDir(target, writeFiles(map[string]string{"index.html": "old"})); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(link, writeFiles(map[string]string{"index.html": "new"})); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v, %v", fi.Mode(), err)
	}
	if dest, _ := os.Readlink(link); dest != target {
		t.Errorf("the link now leads to %s, want %s", dest, target)
	}
	if data, _ := os.ReadFile(filepath.Join(target, "index.html")); string(data) != "new" {
		t.Errorf("the link's target has %q, want the new site", data)
	}
	for _, dir := range []string{www, filepath.Dir(link)} {
		if left := tempLeft(t, dir); len(left) > 0 {
			t.Errorf("left behind: %q", left)
		}
	}

	// A link that leads nowhere is refused, and stays as it was.
	dangling := filepath.Join(root, "site", "dangling")
	os.Symlink(filepath.Join(root, "nowhere"), dangling)
	err := WriteDir(dangling, writeFiles(map[string]string{"index.html": "x"}))
	if err == nil || !strings.Contains(err.Error(), "which does not exist") {
		t.Errorf("error %v, want a refusal of the dangling link", err)
	}
	if _, err := os.Stat(filepath.Join(root, "nowhere")); err == nil {
		t.Error("the dangling link's target was made")
	}

	// A link to a file is refused as the file is.
	key := filepath.Join(root, "id_ed25519")
	os.WriteFile(key, []byte("key"), 0o600)
	toFile := filepath.Join(root, "site", "to-file")
	os.Symlink(key, toFile)
	err = WriteDir(toFile, writeFiles(map[string]string{"index.html": "x"}))
	if data, _ := os.ReadFile(key); err == nil || string(data) != "key" {
		t.Errorf("error %v, file now %q; want a refusal and the file intact", err, data)
	}
}

// TestStaleTempsAreRemoved leaves the temporary folders of killed builds
// beside the output: the next build removes those of its own output, and
// nothing else.
func TestStaleTempsAreRemoved(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	ours := []string{".tmp-public-123", ".tmp-public-4567.old"}
	others := []string{".tmp-public-x-789", ".tmp-other-1", ".tmp-public-abc", ".tmp-public-"}
	for _, name := range append(ours, others...) {
		os.MkdirAll(filepath.Join(dir, name, "search", "index"), 0o755)
		os.WriteFile(filepath.Join(dir, name, "search", "index", "w-0123.bin"), []byte("x"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, ".tmp-public-999"), []byte("a file, not ours"), 0o644)
	if err := WriteDir(out, writeFiles(map[string]string{"index.html": "new"})); err != nil {
		t.Fatal(err)
	}
	for _, name := range ours {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("stale %s was kept", name)
		}
	}
	for _, name := range append(others, ".tmp-public-999") {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s, not a folder of this output's builds, was removed", name)
		}
	}
}

// TestSwapLeavesACompleteOutput rebuilds an output folder again and again
// while another goroutine looks at it, as a web server would: the folder
// and its files are there at every instant.
func TestSwapLeavesACompleteOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	site := writeFiles(map[string]string{"index.html": "x"})
	if err := WriteDir(out, site); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	missing := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				missing <- n
				return
			default:
			}
			if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
				n++
			}
		}
	}()
	for range 300 {
		if err := WriteDir(out, site); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	if n := <-missing; n > 0 {
		t.Errorf("the output was missing %d times while it was swapped", n)
	}
}

// TestRenameSwap checks the fallback of systems without an atomic
// exchange: out gets the new folder and the old one is returned.
func TestRenameSwap(t *testing.T) {
	dir := t.TempDir()
	tmp, out := filepath.Join(dir, ".tmp-public-1"), filepath.Join(dir, "public")
	os.MkdirAll(tmp, 0o755)
	os.WriteFile(filepath.Join(tmp, "index.html"), []byte("new"), 0o644)
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("old"), 0o644)
	old, err := renameSwap(tmp, out)
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "index.html")); string(data) != "new" {
		t.Errorf("out has %q, want new", data)
	}
	if data, _ := os.ReadFile(filepath.Join(old, "index.html")); string(data) != "old" {
		t.Errorf("%s has %q, want old", old, data)
	}
}
