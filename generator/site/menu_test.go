package site

import (
	"maps"
	"path/filepath"
	"testing"
)

// The main menu marks the page it links to as the current page, and the
// section a hashtag, year, month or day page belongs to as current too,
// so that a reader deep in the archive still sees where they are.
func TestMenuMarksCurrent(t *testing.T) {
	files := maps.Clone(bylineFiles)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, writeSite(t, files)), Options{}, out); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		page string
		want map[string]string // menu link -> aria-current
	}{
		{"index.html", map[string]string{"/digest/": "page"}},
		{"tags/index.html", map[string]string{"/digest/tags/": "page"}},
		{"archive/index.html", map[string]string{"/digest/archive/": "page"}},
		{"archive/2025/index.html", map[string]string{"/digest/archive/": "true"}},
		{"archive/2025/10/index.html", map[string]string{"/digest/archive/": "true"}},
		{"subscribe/index.html", map[string]string{"/digest/subscribe/": "page"}},
		{"authors/index.html", map[string]string{}},
	} {
		doc := parseHTML(t, filepath.Join(out, filepath.FromSlash(c.page)))
		got := map[string]string{}
		for _, a := range findAll(findAll(doc, "nav")[0], "a") {
			if v := attr(a, "aria-current"); v != "" {
				got[attr(a, "href")] = v
			}
		}
		if !maps.Equal(got, c.want) {
			t.Errorf("%s: menu marks %v, want %v", c.page, got, c.want)
		}
	}
	// A hashtag's page and a day's page belong to their sections.
	for _, c := range []struct{ glob, link string }{
		{"tags/*/index.html", "/digest/tags/"},
		{"archive/2025/10/*/index.html", "/digest/archive/"},
	} {
		pages, _ := filepath.Glob(filepath.Join(out, filepath.FromSlash(c.glob)))
		if len(pages) == 0 {
			t.Fatalf("no page matches %s", c.glob)
		}
		for _, a := range findAll(findAll(parseHTML(t, pages[0]), "nav")[0], "a") {
			if attr(a, "href") == c.link && attr(a, "aria-current") != "true" {
				t.Errorf("%s: the menu link %s has aria-current=%q, want \"true\"", pages[0], c.link, attr(a, "aria-current"))
			}
		}
	}
}
