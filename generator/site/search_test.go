package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchMarkup checks what Pagefind reads: only article pages carry
// data-pagefind-body, with their tags as filters and date as sort key, and
// /search/ exists only when search is on.
func TestSearchMarkup(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	src := source(t, "testdata/basic")
	on := true
	src.Config.Search = &on
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var articles int
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		page := string(b)
		if !strings.Contains(page, `<html lang="bn">`) {
			t.Errorf("%s: no lang=\"bn\"", p)
		}
		if !strings.Contains(page, "data-pagefind-body") {
			return nil
		}
		articles++
		if n := strings.Count(page, "data-pagefind-body"); n != 1 {
			t.Errorf("%s: %d data-pagefind-body, want 1", p, n)
		}
		if !strings.Contains(page, `<article class="article" data-pagefind-body data-pagefind-sort="date:20`) {
			t.Errorf("%s: the article element lacks the date sort key", p)
		}
		if !strings.Contains(page, `data-pagefind-filter="tag:`) {
			t.Errorf("%s: no tag filter", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if articles != 3 {
		t.Errorf("%d pages with data-pagefind-body, want the 3 articles", articles)
	}
	search := read("search/index.html")
	for _, want := range []string{`src="/digest/js/search.js"`, `data-bundle="/digest/pagefind/"`, `href="/digest/tags/"`, `<noscript>`} {
		if !strings.Contains(search, want) {
			t.Errorf("search/index.html lacks %s", want)
		}
	}
	if home := read("index.html"); !strings.Contains(home, `<form class="site-search" action="/digest/search/" method="get" role="search">`) ||
		!strings.Contains(home, `name="q"`) {
		t.Error("the header has no search form")
	}

	off := false
	src.Config.Search = &off
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "search", "index.html")); err == nil {
		t.Error("search: false still writes /search/")
	}
	if strings.Contains(read("index.html"), "site-search") {
		t.Error("search: false still shows the search form")
	}
}
