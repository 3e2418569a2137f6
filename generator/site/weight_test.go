package site

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWeigh(t *testing.T) {
	dir := t.TempDir()
	files := map[string]int{
		"পুতিন-সফর/index.html":           300,
		"tags/কূটনীতি/index.html":        200,
		"tags/কূটনীতি/page/2/index.html": 100,
		"tags/কূটনীতি/feed.xml":          900,
		"index.html":                     50,
		"page/2/index.html":              50,
		"archive/2025/11/index.html":     40,
		"feed.xml":                       70,
		"sitemap.xml":                    30,
		"search/index/w-0123.bin":        400,
		"css/site.css":                   10,
	}
	for name, n := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, make([]byte, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w, err := Weigh(dir, map[string]string{"পুতিন-সফর/index.html": "2025-11-01-putin.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if w.Bytes != 2150 || w.Files != len(files) {
		t.Errorf("Weigh = %d bytes in %d files, want 2150 in %d", w.Bytes, w.Files, len(files))
	}
	want := []KindWeight{
		{KindTagFeeds, 900, 1}, {KindSearch, 400, 1}, {KindArticles, 300, 1}, {KindTagPages, 300, 2},
		{KindHome, 100, 2}, {KindFeeds, 100, 2}, {KindArchive, 40, 1}, {KindOther, 10, 1},
	}
	if len(w.Kinds) != len(want) {
		t.Fatalf("kinds %v, want %v", w.Kinds, want)
	}
	for i := range want {
		if w.Kinds[i] != want[i] {
			t.Errorf("kind %d = %v, want %v", i, w.Kinds[i], want[i])
		}
	}
	if warn, err := w.Check(10_000, "site.yaml"); warn != nil || err != nil {
		t.Errorf("at 22 %%: %v, %v", warn, err)
	}
	if warn, err := w.Check(2500, "site.yaml"); warn == nil || err != nil {
		t.Errorf("at 86 %%: %v, %v; want a warning", warn, err)
	}
	if _, err := w.Check(2000, "site.yaml"); err == nil {
		t.Error("past the budget: no error")
	}
}
