package site

import (
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/search"
)

// TestSearchIndex builds a site with search on and reads its search
// index back: every article is in it, newest first, and found by its
// words and hashtags; /search/ points at it. With search off there is
// neither.
func TestSearchIndex(t *testing.T) {
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
	files := readTree(t, filepath.Join(out, filepath.FromSlash(searchIndexDir)))
	ix, err := search.Read(files)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, d := range ix.Docs {
		paths = append(paths, d[0])
		if page := read(d[0] + "index.html"); !strings.Contains(page, "<h1>"+html.EscapeString(d[1])+"</h1>") {
			t.Errorf("the index names %q for %s, which its page does not show", d[1], d[0])
		}
	}
	// The three published articles, newest first.
	if len(paths) != 3 || !strings.HasPrefix(paths[0], "ব্রিকস") || paths[2] != "রাশিয়ার-ক্রেমলিন-জানিয়েছে-চলতি-বছরের-শেষের-আগে/" {
		t.Errorf("the index holds %q; want the 3 published articles, newest first", paths)
	}
	if d := ix.Docs[0]; d[2] != "৫ অক্টোবর ২০২৫" || d[3] != "ব্রিকস জোটে নতুন সদস্য যোগ দিল।" {
		t.Errorf("the newest article's date and summary: %q, %q", d[2], d[3])
	}
	// The seed's title is its lead's first sentence: a result shows the
	// title once, and the summary from the sentence after it, as the
	// cards do.
	if d := ix.Docs[2]; strings.HasPrefix(d[3], d[1]) || !strings.HasPrefix(d[3], "রাশিয়ান কর্মকর্তারা") {
		t.Errorf("the seed's summary in the index repeats its title or lost its start: %q", d[3])
	}
	for _, c := range []struct {
		query, tag string
		want       []int
	}{
		{"পুতিন", "", []int{2}},
		{"মস্কো", "", []int{0, 1, 2}},        // মস্কো, মস্কোর, মস্কোতে
		{"সদস্য", "", []int{0}},              // the summary and body
		{"প্রতিক্রিয়া", "", []int{0}},       // a heading
		{"কূটনৈতিক প্রতিবেদক", "", []int{0}}, // the byline
		{"২০২১", "", []int{2}},
		{"খসড়া", "", nil}, // a draft is not published
		{"মস্কো", "জ্বালানি", []int{1}},
		{"মস্কো", "#রাশিয়া", []int{0, 1, 2}},
		{"মস্কো", "ব্রিকস", []int{0}},
	} {
		if got := ix.Find(c.query, c.tag); !slices.Equal(got, c.want) {
			t.Errorf("Find(%q, %q) = %v, want %v", c.query, c.tag, got, c.want)
		}
	}
	if strings.Contains(read("index.html"), "data-pagefind") || strings.Contains(read(paths[0]+"index.html"), "data-pagefind") {
		t.Error("pages still carry Pagefind's attributes")
	}
	search := read("search/index.html")
	for _, want := range []string{`src="/digest/js/search.js"`, `data-index="/digest/search/index/"`, `href="/digest/tags/"`, `<noscript>`} {
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
	if _, err := os.Stat(filepath.Join(out, "search")); err == nil {
		t.Error("search: false still writes /search/ or its index")
	}
	if strings.Contains(read("index.html"), "site-search") {
		t.Error("search: false still shows the search form")
	}
}
