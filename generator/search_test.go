package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildWithoutPagefind builds the fixture site where no pagefind
// can be found: one warning, and the site without an index.
func TestBuildWithoutPagefind(t *testing.T) {
	site := copySite(t)
	t.Setenv("PATH", t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--site", site, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if n := strings.Count(stderr.String(), "pagefind not found"); n != 1 {
		t.Errorf("%d warnings about pagefind, want 1:\n%s", n, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(out, "search", "index.html")); err != nil {
		t.Errorf("no search page: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "pagefind")); err == nil {
		t.Error("a pagefind folder without pagefind")
	}
}
