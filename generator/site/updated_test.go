package site

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

// TestUpdateNote: an article with updated: says so near its date, and its
// JSON-LD, Atom entry and JSON Feed item carry the same time; its
// NewsArticle names the author's page.
func TestUpdateNote(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	src := source(t, writeSite(t, map[string]string{
		"u.md": "---\ntitle: সংশোধিত খবর\ndate: 2025-10-07T10:00:00+06:00\nupdated: 2025-10-08T15:30:00+06:00\nauthor: মরিয়ম আক্তার\n---\nখবরটি পরে হালনাগাদ হয়েছে।\n",
	}))
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	want := time.Date(2025, 10, 8, 15, 30, 0, 0, time.FixedZone("", 6*3600))
	page := parseHTML(t, filepath.Join(out, "সংশোধিত-খবর", "index.html"))
	byline := findClass(page, "byline")
	if !strings.Contains(text(byline), "হালনাগাদ: ৮ অক্টোবর ২০২৫") {
		t.Errorf("byline %q has no update note", text(byline))
	}
	var ld struct {
		DateModified string `json:"dateModified"`
		Author       struct {
			URL string `json:"url"`
		} `json:"author"`
	}
	for _, s := range findAll(page, "script") {
		if attr(s, "type") == "application/ld+json" {
			if err := json.Unmarshal([]byte(text(s)), &ld); err != nil {
				t.Fatal(err)
			}
		}
	}
	if d, err := time.Parse(time.RFC3339, ld.DateModified); err != nil || !d.Equal(want) {
		t.Errorf("dateModified %q, want %v", ld.DateModified, want)
	}
	if ld.Author.URL != "https://example.github.io/digest/authors/%E0%A6%AE%E0%A6%B0%E0%A6%BF%E0%A6%AF%E0%A6%BC%E0%A6%AE-%E0%A6%86%E0%A6%95%E0%A7%8D%E0%A6%A4%E0%A6%BE%E0%A6%B0/" {
		t.Errorf("author.url %q, want the author page", ld.Author.URL)
	}
	for _, name := range []string{"atom.xml", "feed.json"} {
		f, err := gofeed.NewParser().ParseString(string(mustRead(t, filepath.Join(out, name))))
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, it := range f.Items {
			if it.Title == "সংশোধিত খবর" {
				found = true
				if it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(want) {
					t.Errorf("%s: updated %v, want %v", name, it.UpdatedParsed, want)
				}
			}
		}
		if !found {
			t.Errorf("%s has no item for the article", name)
		}
	}
}
