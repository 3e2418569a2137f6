package site

import (
	"encoding/xml"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// newsDoc is news-sitemap.xml as Google News reads it.
type newsDoc struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []struct {
		Loc  string `xml:"loc"`
		News struct {
			Name     string `xml:"publication>name"`
			Language string `xml:"publication>language"`
			Date     string `xml:"publication_date"`
			Title    string `xml:"title"`
		} `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
	} `xml:"url"`
}

func TestNewsSitemap(t *testing.T) {
	dhaka := time.FixedZone("BDT", 6*3600)
	for _, tc := range []struct {
		name   string
		now    time.Time
		titles []string
	}{
		// 48 hours before 5 October 20:00 is 3 October 20:00: the article
		// of 3 October 12:00 is older.
		{"two days", time.Date(2025, 10, 5, 20, 0, 0, 0, dhaka), []string{"ব্রিকস সম্মেলনে নতুন সদস্য", "গ্যাস চুক্তি নিয়ে আলোচনা"}},
		{"the same hour", time.Date(2025, 10, 5, 9, 30, 0, 0, dhaka), []string{"ব্রিকস সম্মেলনে নতুন সদস্য", "গ্যাস চুক্তি নিয়ে আলোচনা", "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে"}},
		{"nothing new", time.Date(2026, 11, 25, 12, 0, 0, 0, dhaka), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			if _, err := build(t, source(t, "testdata/basic"), Options{Now: tc.now}, out); err != nil {
				t.Fatal(err)
			}
			data := mustRead(t, filepath.Join(out, "news-sitemap.xml"))
			if err := strictXML(data); err != nil {
				t.Fatal(err)
			}
			var doc newsDoc
			if err := xml.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, u := range doc.URLs {
				titles = append(titles, u.News.Title)
				if u.News.Name != "পরীক্ষার সংকলন" || u.News.Language != "bn" || !strings.HasPrefix(u.Loc, "https://example.github.io/digest/") {
					t.Errorf("entry %+v", u)
				}
				if d, err := time.Parse(time.RFC3339, u.News.Date); err != nil || d.After(tc.now) || d.Before(tc.now.Add(-48*time.Hour)) {
					t.Errorf("publication_date %q outside the 48 hours before %v", u.News.Date, tc.now)
				}
			}
			if !slices.Equal(titles, tc.titles) {
				t.Errorf("titles %q, want %q", titles, tc.titles)
			}
			if robots := string(mustRead(t, filepath.Join(out, "robots.txt"))); !strings.Contains(robots, "\nSitemap: https://example.github.io/digest/news-sitemap.xml\n") {
				t.Errorf("robots.txt does not name the news sitemap:\n%s", robots)
			}
		})
	}
}
