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
}
