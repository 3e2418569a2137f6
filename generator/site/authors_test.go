package site

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/render"
)

// bylineFiles are articles by two more authors, added to the basic site
// (whose articles are by অর্থনীতি ডেস্ক, কূটনৈতিক প্রতিবেদক and সারাক্ষণ
// রিপোর্ট).
var bylineFiles = map[string]string{
	"m1.md": "---\ntitle: ঢাকায় বৈঠক\ndate: 2025-10-07T10:00:00+06:00\nauthor: মরিয়ম আক্তার\n---\nপ্রথম লেখা।\n",
	"m2.md": "---\ntitle: দিল্লিতে সফর\ndate: 2025-10-08T10:00:00+06:00\nauthor: মরিয়ম আক্তার\n---\nদ্বিতীয় লেখা।\n",
	"m3.md": "---\ntitle: জাতিসংঘে ভাষণ\ndate: 2025-10-09T10:00:00+06:00\nauthor: মরিয়ম আক্তার\n---\nতৃতীয় লেখা।\n",
	"a1.md": "---\ntitle: সীমান্তে আলোচনা\ndate: 2025-10-06T10:00:00+06:00\nauthor: অমিত রায়\n---\nএকটি লেখা।\n",
}

// unescape returns a link as a reader sees it, whether its Bengali
// letters are percent-encoded or not.
func unescape(href string) string {
	if u, err := url.PathUnescape(href); err == nil {
		return u
	}
	return href
}

func TestAuthorPages(t *testing.T) {
	dir := writeSite(t, bylineFiles)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, dir), Options{}, out); err != nil {
		t.Fatal(err)
	}
	maryam := "authors/" + bangla.Slug("মরিয়ম আক্তার") + "/"

	// The index lists every byline in Bengali order with its count.
	idx := parseHTML(t, filepath.Join(out, "authors", "index.html"))
	if got := text(findAll(idx, "title")[0]); got != "সব লেখক — পরীক্ষার সংকলন" {
		t.Errorf("index title %q", got)
	}
	var names, counts []string
	for _, li := range findAll(findClass(idx, "tag-index"), "li") {
		names = append(names, text(findAll(li, "a")[0]))
		counts = append(counts, text(findClass(li, "count")))
	}
	if want := []string{"অমিত রায়", "অর্থনীতি ডেস্ক", "কূটনৈতিক প্রতিবেদক", "মরিয়ম আক্তার", "সারাক্ষণ রিপোর্ট"}; !slices.Equal(names, want) {
		t.Errorf("authors %q, want %q", names, want)
	}
	if want := []string{"১", "১", "১", "৩", "১"}; !slices.Equal(counts, want) {
		t.Errorf("counts %q, want %q", counts, want)
	}

	// An author's pages are paginated (paginate: 2), newest first.
	page1 := parseHTML(t, filepath.Join(out, filepath.FromSlash(maryam), "index.html"))
	if titles, want := listedTitles(page1), []string{"জাতিসংঘে ভাষণ", "দিল্লিতে সফর"}; !slices.Equal(titles, want) {
		t.Errorf("page 1 lists %q, want %q", titles, want)
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(maryam), "page", "2", "index.html")); err != nil {
		t.Error("no page 2 for three articles")
	}

	// Its RSS feed carries its newest articles (feed: items: 2).
	f, err := gofeed.NewParser().ParseString(string(mustRead(t, filepath.Join(out, filepath.FromSlash(maryam), "feed.xml"))))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 || f.Items[0].Title != "জাতিসংঘে ভাষণ" || !strings.HasPrefix(f.Title, "মরিয়ম আক্তার") {
		t.Errorf("feed %q with %d items", f.Title, len(f.Items))
	}

	// The byline of an article links to its author's page.
	art := parseHTML(t, filepath.Join(out, "জাতিসংঘে-ভাষণ", "index.html"))
	link := findAll(findClass(art, "author"), "a")
	if len(link) != 1 || unescape(attr(link[0], "href")) != "/digest/"+maryam {
		t.Errorf("byline links %v, want one to %s", link, maryam)
	}

	// The sitemap lists the index and each author's first page.
	sm := string(mustRead(t, filepath.Join(out, "sitemap.xml")))
	for _, want := range []string{"/digest/authors/<", "/digest/" + render.EscapePath(maryam) + "<"} {
		if !strings.Contains(sm, want) {
			t.Errorf("sitemap has no %s", want)
		}
	}
	if strings.Contains(sm, render.EscapePath(maryam)+"page/") {
		t.Error("sitemap lists a second page")
	}
	checkLinks(t, out, "/digest/")
}

// TestAuthorPagesOptional: without author.html the build makes no author
// page or feed and the byline is plain text, not a broken link.
func TestAuthorPagesOptional(t *testing.T) {
	out := buildWithout(t, writeSite(t, bylineFiles), "author.html")
	if _, err := os.Stat(filepath.Join(out, "authors")); err == nil {
		t.Error("authors/ built without author.html")
	}
	art := parseHTML(t, filepath.Join(out, "জাতিসংঘে-ভাষণ", "index.html"))
	if n := len(findAll(findClass(art, "author"), "a")); n != 0 {
		t.Errorf("byline has %d links without author pages", n)
	}
}
