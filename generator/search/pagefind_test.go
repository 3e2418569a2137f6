package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fake writes an executable script that stands in for pagefind.
func fake(t *testing.T, dir, script string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "pagefind")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFind(t *testing.T) {
	site := t.TempDir()
	t.Setenv("PATH", t.TempDir())
	if _, err := Find(site); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Find with no pagefind = %v, want ErrNotFound", err)
	}
	ci := fake(t, filepath.Join(site, ".ci", "node", "node_modules", ".bin"), "exit 0")
	if got, err := Find(site); err != nil || got != ci {
		t.Errorf("Find = %q, %v; want %q", got, err, ci)
	}
	local := fake(t, filepath.Join(site, "node_modules", ".bin"), "exit 0")
	if got, err := Find(site); err != nil || got != local {
		t.Errorf("Find = %q, %v; want the site's node_modules %q", got, err, local)
	}
	bin := t.TempDir()
	onPath := fake(t, bin, "exit 0")
	t.Setenv("PATH", bin)
	if got, err := Find(site); err != nil || got != onPath {
		t.Errorf("Find = %q, %v; want the one on PATH %q", got, err, onPath)
	}
}

func TestIndex(t *testing.T) {
	dir := t.TempDir()
	ok := fake(t, t.TempDir(), `[ "$1" = --site ] && mkdir "$2/pagefind"`)
	if err := Index(context.Background(), ok, dir, "*/index.html"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "pagefind")); err != nil {
		t.Errorf("pagefind did not run over the folder: %v", err)
	}
	bad := fake(t, t.TempDir(), `echo "Error: broken index" >&2; exit 3`)
	err := Index(context.Background(), bad, dir, "")
	if err == nil || !strings.Contains(err.Error(), "broken index") || !strings.Contains(err.Error(), "search: false") {
		t.Errorf("Index with a failing pagefind = %v; want its message and the way out", err)
	}
}

func TestArticleGlob(t *testing.T) {
	for _, c := range []struct{ permalink, want string }{
		{":slug/", "*/index.html"},
		{":year/:month/:slug/", "*/*/*/index.html"},
		{"news/:year/:slug/", "news/*/*/index.html"},
		{"খবর/:slug/", "খবর/*/index.html"},
		{":year-:month-:slug/", "*/index.html"},
		{"a*b/:slug/", ""},
	} {
		if got := ArticleGlob(c.permalink); got != c.want {
			t.Errorf("ArticleGlob(%q) = %q, want %q", c.permalink, got, c.want)
		}
	}
}
