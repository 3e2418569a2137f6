package site

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestYearPages(t *testing.T) {
	files := maps.Clone(bylineFiles)
	files["2024-12.md"] = "---\ntitle: বছরের শেষ বৈঠক\ndate: 2024-12-31T23:30:00+06:00\n---\nডিসেম্বরের খবর।\n"
	files["2024-11.md"] = "---\ntitle: নভেম্বরের সফর\ndate: 2024-11-02T10:00:00+06:00\n---\nনভেম্বরের খবর।\n"
	// 18:30 UTC on 31 December is 1 January in Dhaka: the site's zone
	// decides the year.
	files["2025-01.md"] = "---\ntitle: নতুন বছরের প্রথম খবর\ndate: 2024-12-31T18:30:00Z\n---\nজানুয়ারির খবর।\n"
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, writeSite(t, files)), Options{}, out); err != nil {
		t.Fatal(err)
	}
	year := func(y string) string { return filepath.Join(out, "archive", y, "index.html") }

	// A year lists its months, newest first, each with its count.
	doc := parseHTML(t, year("2024"))
	if got := text(findAll(doc, "title")[0]); got != "২০২৪ — পরীক্ষার সংকলন" {
		t.Errorf("title %q", got)
	}
	var months, counts, links []string
	for _, li := range findAll(findClass(doc, "months"), "li") {
		a := findAll(li, "a")[0]
		months, links = append(months, text(a)), append(links, attr(a, "href"))
		counts = append(counts, text(findClass(li, "count")))
	}
	if want := []string{"ডিসেম্বর ২০২৪", "নভেম্বর ২০২৪"}; !slices.Equal(months, want) {
		t.Errorf("2024 lists %q, want %q", months, want)
	}
	if want := []string{"/digest/archive/2024/12/", "/digest/archive/2024/11/"}; !slices.Equal(links, want) {
		t.Errorf("2024 links %q, want %q", links, want)
	}
	if want := []string{"১", "১"}; !slices.Equal(counts, want) {
		t.Errorf("2024 counts %q, want %q", counts, want)
	}
	doc = parseHTML(t, year("2025"))
	months = nil
	for _, li := range findAll(findClass(doc, "months"), "li") {
		months = append(months, text(findAll(li, "a")[0]))
	}
	if want := []string{"অক্টোবর ২০২৫", "জানুয়ারি ২০২৫"}; !slices.Equal(months, want) {
		t.Errorf("2025 lists %q, want %q", months, want)
	}

	// The years before and after, and none past the ends.
	if got, want := prevNext(t, year("2024")), map[string]string{"next": "/digest/archive/2025/"}; !maps.Equal(got, want) {
		t.Errorf("2024 links %v, want %v", got, want)
	}
	if got, want := prevNext(t, year("2025")), map[string]string{"prev": "/digest/archive/2024/"}; !maps.Equal(got, want) {
		t.Errorf("2025 links %v, want %v", got, want)
	}

	// The archive links every year, newest first; a month links its year.
	links = nil
	for _, a := range findAll(findClass(parseHTML(t, filepath.Join(out, "archive", "index.html")), "years"), "a") {
		links = append(links, attr(a, "href")+" "+text(a))
	}
	if want := []string{"/digest/archive/2025/ ২০২৫", "/digest/archive/2024/ ২০২৪"}; !slices.Equal(links, want) {
		t.Errorf("the archive links %q, want %q", links, want)
	}
	var up []string
	for _, a := range findAll(parseHTML(t, filepath.Join(out, "archive", "2024", "11", "index.html")), "a") {
		if href := attr(a, "href"); strings.HasPrefix(href, "/digest/archive/") {
			up = append(up, href)
		}
	}
	if !slices.Contains(up, "/digest/archive/2024/") {
		t.Errorf("November 2024 links %q, none to its year", up)
	}

	if sm := string(mustRead(t, filepath.Join(out, "sitemap.xml"))); !strings.Contains(sm, "/digest/archive/2024/<") {
		t.Error("the sitemap lists no year page")
	}
	checkLinks(t, out, "/digest/")
}

// TestYearPagesOptional: without year.html the site builds, with no year
// page and none in the sitemap.
func TestYearPagesOptional(t *testing.T) {
	out := buildWithout(t, "testdata/basic", "year.html")
	if _, err := os.Stat(filepath.Join(out, "archive", "2025", "index.html")); err == nil {
		t.Error("a year page built without year.html")
	}
	if n := len(findAll(findClass(parseHTML(t, filepath.Join(out, "archive", "index.html")), "years"), "a")); n != 0 {
		t.Errorf("the archive links %d years without year pages", n)
	}
	if strings.Contains(string(mustRead(t, filepath.Join(out, "sitemap.xml"))), "/archive/2025/<") {
		t.Error("the sitemap lists a year page")
	}
	checkLinks(t, out, "/digest/")
}
