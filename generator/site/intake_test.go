package site

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestBuildNewsroomFile builds a text file as newsrooms send them (issue
// 12) and checks the page: the kicker above the title, the caption, the
// top byline as the author, the dateline before the lead, a real
// numbered list, and the warnings of the guesses.
func TestBuildNewsroomFile(t *testing.T) {
	src := source(t, "testdata/basic")
	src.Content = fstest.MapFS{"২০২৫-১০-১২-চীন.txt": {Data: []byte(
		"কূটনীতি\n*ঢাকা-বেইজিং সম্পর্কে নতুন অধ্যায়*\nছবি: পিআইডি\nকূটনৈতিক প্রতিবেদক\n" +
			"ঢাকা, ১২ অক্টোবর (বাসস) : চীনের পররাষ্ট্রমন্ত্রী রোববার ঢাকায় এসেছেন। বিমানবন্দরে তাঁকে স্বাগত জানান পররাষ্ট্রসচিব।\n" +
			"যে তিন বিষয়ে আলোচনা\n১. তিস্তা প্রকল্পে অর্থায়ন\n২. রোহিঙ্গা প্রত্যাবাসন\n৩. বাণিজ্য ঘাটতি কমানো\n" +
			"#চীন #বাংলাদেশ-চীন\n")}}
	out := filepath.Join(t.TempDir(), "public")
	stats, err := build(t, src, Options{}, out)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(stats.Warnings); n != 4 {
		t.Errorf("%d warnings, want 4 (kicker, caption, byline, dateline): %v", n, stats.Warnings)
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*", "index.html"))
	var page string
	for _, p := range pages {
		if strings.Contains(p, "বেইজিং") {
			page = p
		}
	}
	if page == "" {
		t.Fatalf("no article page in %v", pages)
	}
	d := parseHTML(t, page)
	for class, want := range map[string]string{
		"kicker":        "কূটনীতি",
		"caption":       "ছবি: পিআইডি",
		"author":        "কূটনৈতিক প্রতিবেদক",
		"news-dateline": "ঢাকা, ১২ অক্টোবর (বাসস) :",
	} {
		if n := findClass(d, class); n == nil || text(n) != want {
			t.Errorf(".%s is not %q", class, want)
		}
	}
	if h := findAll(d, "h1"); len(h) != 1 || text(h[0]) != "ঢাকা-বেইজিং সম্পর্কে নতুন অধ্যায়" {
		t.Errorf("h1 is not the headline without its asterisks")
	}
	body := findClass(d, "article-body")
	if p := findAll(body, "p"); len(p) == 0 || !strings.HasPrefix(text(p[0]), "চীনের পররাষ্ট্রমন্ত্রী") {
		t.Errorf("the lead does not start after the dateline")
	}
	if ol := findAll(body, "ol"); len(ol) != 1 || len(findAll(ol[0], "li")) != 3 {
		t.Errorf("want one <ol> of 3 items")
	}
	if h2 := findAll(body, "h2"); len(h2) != 1 || text(h2[0]) != "যে তিন বিষয়ে আলোচনা" {
		t.Errorf("want the subheading before the list, and no other")
	}
	var ld struct{ Dateline, Headline string }
	for _, s := range findAll(d, "script") {
		if attr(s, "type") == "application/ld+json" {
			if err := json.Unmarshal([]byte(text(s)), &ld); err != nil {
				t.Fatal(err)
			}
		}
	}
	if ld.Dateline != "ঢাকা, ১২ অক্টোবর (বাসস) :" || ld.Headline != "ঢাকা-বেইজিং সম্পর্কে নতুন অধ্যায়" {
		t.Errorf("JSON-LD NewsArticle has dateline %q, headline %q", ld.Dateline, ld.Headline)
	}
}
