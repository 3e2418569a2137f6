package site

import (
	"encoding/xml"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSubscribePage builds the test site and reads what a reader who wants
// to follow it finds: the header's link, the addresses of every feed as
// text (so that they are there without JavaScript), the copy buttons
// that the script shows, the OPML file of the hashtag feeds, the tag
// index's feed links and the sitemap entry.
func TestSubscribePage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, "testdata/basic"), Options{}, out); err != nil {
		t.Fatal(err)
	}
	const base = "https://example.github.io/digest/"
	// the tags in the order of the tag index
	index := parseHTML(t, filepath.Join(out, "tags", "index.html"))
	var tags, feeds []string
	for _, a := range findAll(findClass(index, "tag-index"), "a") {
		u, _ := url.PathUnescape(attr(a, "href"))
		if strings.HasSuffix(u, "/feed.xml") {
			feeds = append(feeds, u)
		} else {
			tags = append(tags, strings.TrimPrefix(text(a), "#"))
		}
	}
	if len(tags) < 2 || len(feeds) != len(tags) {
		t.Fatalf("the tag index links %d tags and %d feeds, want one feed per tag", len(tags), len(feeds))
	}
	for i, f := range feeds {
		if want := "/digest/tags/" + tags[i] + "/feed.xml"; f != want {
			t.Errorf("the tag index links the feed %s beside #%s, want %s", f, tags[i], want)
		}
	}

	home := parseHTML(t, filepath.Join(out, "index.html"))
	var menu string
	for _, a := range findAll(findClass(home, "site-header"), "a") {
		if text(a) == "সাবস্ক্রাইব" {
			menu = attr(a, "href")
		}
	}
	if menu != "/digest/subscribe/" {
		t.Errorf("the header's সাবস্ক্রাইব links to %q, want /digest/subscribe/", menu)
	}

	page := parseHTML(t, filepath.Join(out, "subscribe", "index.html"))
	var addresses []string
	var items []*html.Node
	for _, ul := range findAll(page, "ul") {
		if attr(ul, "class") == "feed-list" {
			items = append(items, findAll(ul, "li")...)
		}
	}
	for _, li := range items {
		code, button := findAll(li, "code"), findAll(li, "button")
		if len(code) != 1 || len(button) != 1 || !hasAttr(button[0], "hidden") {
			t.Errorf("%q: want the address as text and one copy button, hidden until the script shows it", text(li))
			continue
		}
		addresses = append(addresses, text(code[0]))
	}
	want := []string{base + "feed.xml", base + "atom.xml", base + "feed.json"}
	for _, tag := range tags {
		want = append(want, base+"tags/"+tag+"/feed.xml")
	}
	if !slices.Equal(addresses, want) {
		t.Errorf("addresses on the page:\n%q\nwant\n%q", addresses, want)
	}
	var opml string
	for _, a := range findAll(page, "a") {
		if strings.HasSuffix(attr(a, "href"), ".opml") {
			opml = attr(a, "href")
		}
	}
	if opml != "/digest/feeds.opml" {
		t.Fatalf("OPML link %q, want /digest/feeds.opml", opml)
	}

	var doc struct {
		XMLName  xml.Name
		Version  string `xml:"version,attr"`
		Title    string `xml:"head>title"`
		Outlines []struct {
			Type    string `xml:"type,attr"`
			Text    string `xml:"text,attr"`
			XMLURL  string `xml:"xmlUrl,attr"`
			HTMLURL string `xml:"htmlUrl,attr"`
		} `xml:"body>outline"`
	}
	data := mustRead(t, filepath.Join(out, "feeds.opml"))
	if err := strictXML(data); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	const title = "পরীক্ষার সংকলন: সব হ্যাশট্যাগের ফিড" // partials/strings.html
	if doc.XMLName.Local != "opml" || doc.Version != "2.0" || doc.Title != title || len(doc.Outlines) != len(tags) {
		t.Fatalf("OPML %s version %q title %q with %d outlines, want opml 2.0 titled %q with %d", doc.XMLName.Local, doc.Version, doc.Title, len(doc.Outlines), title, len(tags))
	}
	for i, o := range doc.Outlines {
		feed, _ := url.PathUnescape(o.XMLURL)
		if o.Type != "rss" || o.Text != "#"+tags[i]+" — পরীক্ষার সংকলন" || feed != want[3+i] {
			t.Errorf("outline %d: %+v", i, o)
		}
		rel := strings.TrimPrefix(feed, base)
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel))); err != nil {
			t.Errorf("outline %d: feed %s not built", i, rel)
		}
	}

	if !strings.Contains(string(mustRead(t, filepath.Join(out, "sitemap.xml"))), "<loc>"+base+"subscribe/</loc>") {
		t.Error("the sitemap does not list the subscribe page")
	}
	checkLinks(t, out, "/digest/")
}

// TestOPMLTitleWithoutStrings: a templates folder older than
// partials/strings.html titles the OPML file with the site's title.
func TestOPMLTitleWithoutStrings(t *testing.T) {
	out := buildWithout(t, "testdata/basic", "partials/strings.html")
	var doc struct {
		Title string `xml:"head>title"`
	}
	if err := xml.Unmarshal(mustRead(t, filepath.Join(out, "feeds.opml")), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != "পরীক্ষার সংকলন" {
		t.Errorf("title %q, want the site's", doc.Title)
	}
}

// hasAttr reports whether n has the attribute key, with any value.
func hasAttr(n *html.Node, key string) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == key })
}
