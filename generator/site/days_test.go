package site

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// prevNext returns the links rel="prev" and rel="next" of the page at p.
func prevNext(t *testing.T, p string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, a := range findAll(parseHTML(t, p), "a") {
		if r := attr(a, "rel"); r == "prev" || r == "next" {
			got[r] = attr(a, "href")
		}
	}
	return got
}

func TestDayPages(t *testing.T) {
	files := maps.Clone(bylineFiles)
	files["same-day.md"] = "---\ntitle: একই দিনে দ্বিতীয় খবর\ndate: 2025-10-05T18:00:00+06:00\n---\nসন্ধ্যার খবর।\n"
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, writeSite(t, files)), Options{}, out); err != nil {
		t.Fatal(err)
	}
	day := func(d string) string { return filepath.Join(out, "archive", "2025", "10", d, "index.html") }

	// A day lists its articles, newest first, under its date.
	doc := parseHTML(t, day("05"))
	var titles []string
	for _, a := range findAll(doc, "article") {
		titles = append(titles, text(findAll(a, "a")[0]))
	}
	if want := []string{"একই দিনে দ্বিতীয় খবর", "ব্রিকস সম্মেলনে নতুন সদস্য"}; !slices.Equal(titles, want) {
		t.Errorf("5 October lists %q, want %q", titles, want)
	}
	if h1 := text(findAll(doc, "h1")[0]); h1 != "৫ অক্টোবর ২০২৫" {
		t.Errorf("h1 %q", h1)
	}
	if title := text(findAll(doc, "title")[0]); title != "৫ অক্টোবর ২০২৫ — পরীক্ষার সংকলন" {
		t.Errorf("title %q", title)
	}

	// The days before and after, and none before the first.
	if got, want := prevNext(t, day("05")), map[string]string{"prev": "/digest/archive/2025/10/04/", "next": "/digest/archive/2025/10/06/"}; !maps.Equal(got, want) {
		t.Errorf("5 October links %v, want %v", got, want)
	}
	if got, want := prevNext(t, day("03")), map[string]string{"next": "/digest/archive/2025/10/04/"}; !maps.Equal(got, want) {
		t.Errorf("the first day links %v, want %v", got, want)
	}

	// The month links every day; an article's date links its day.
	var links []string
	for _, a := range findAll(findClass(parseHTML(t, filepath.Join(out, "archive", "2025", "10", "index.html")), "days"), "a") {
		links = append(links, attr(a, "href"))
	}
	if want := []string{"09", "08", "07", "06", "05", "04", "03"}; len(links) != len(want) || !strings.HasSuffix(links[0], "/10/09/") || !strings.HasSuffix(links[6], "/10/03/") {
		t.Errorf("month links %q, want its days %q", links, want)
	}
	dl := findAll(findClass(parseHTML(t, filepath.Join(out, "ব্রিকস-সম্মেলনে-নতুন-সদস্য", "index.html")), "dateline"), "a")
	if len(dl) != 1 || attr(dl[0], "href") != "/digest/archive/2025/10/05/" {
		t.Errorf("the article's date links %v, want its day", dl)
	}
	if sm := string(mustRead(t, filepath.Join(out, "sitemap.xml"))); !strings.Contains(sm, "/digest/archive/2025/10/05/<") {
		t.Error("the sitemap lists no day page")
	}
	checkLinks(t, out, "/digest/")
}
