package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestBuildWritesSearchIndex builds the fixture site with nothing on PATH:
// Go alone writes the search index beside the search page.
func TestBuildWritesSearchIndex(t *testing.T) {
	site := copySite(t)
	t.Setenv("PATH", t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--site", site, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, name := range []string{"search/index.html", "search/index/meta.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("no %s: %v", name, err)
		}
	}
}
