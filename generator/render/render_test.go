package render

import (
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sarakhon/digest/generator/config"
)

// testSite is the Site of a site.yaml with the title "সংকলন", served
// from /digest/, with dates in UTC.
func testSite() *Site { return siteOf("সংকলন", "UTC") }

func siteOf(title, zone string) *Site {
	cfg, err := config.Parse("site.yaml", []byte("title: \""+title+"\"\nbaseURL: https://user.github.io/digest/\ntimezone: "+zone+"\n"))
	if err != nil {
		panic(err)
	}
	return &Site{Config: cfg}
}

// testKinds are the page kinds of the tests; "month" is optional.
var testKinds = []Kind{{Name: "home"}, {Name: "article"}, {Name: "tag"}, {Name: "tags"},
	{Name: "archive"}, {Name: "404"}, {Name: "month", Optional: true}}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, k := range testKinds {
		fsys[k.Name+".html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}` + k.Name + `{{end}}`)}
	}
	fsys["base.html"] = &fstest.MapFile{Data: []byte(`<title>{{.Title}}</title>{{block "main" .}}{{end}}`)}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

func TestTemplateErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct{ name, file, src, want string }{
		{"parse", "article.html", "{{define \"main\"}}\n\n{{if}}{{end}}", "templates/article.html:3:"},
		{"unknown function", "tag.html", "{{define \"main\"}}\n{{frob .}}{{end}}", "templates/tag.html:2:"},
		{"base", "base.html", "<html>\n{{range}}", "templates/base.html:2:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(mapFS(map[string]string{tc.file: tc.src}), testSite(), testKinds)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestExecuteErrorNamesFileAndLine(t *testing.T) {
	tm, err := Parse(mapFS(map[string]string{"tags.html": "{{define \"main\"}}\n{{.Nope}}{{end}}"}), testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tm.Execute(&Page{Kind: "tags"})
	if err == nil || !strings.HasPrefix(err.Error(), "templates/tags.html:2:") {
		t.Errorf("error %v", err)
	}
}

// TestMissingOptionalTemplate: a folder without the file of an optional
// kind builds, without that kind.
func TestMissingOptionalTemplate(t *testing.T) {
	fsys := mapFS(nil)
	delete(fsys, "month.html")
	tm, err := Parse(fsys, testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	if tm.Has("month") || !tm.Has("archive") {
		t.Errorf("Has(month) = %v, Has(archive) = %v; want false, true", tm.Has("month"), tm.Has("archive"))
	}
}

func TestMissingTemplate(t *testing.T) {
	fsys := mapFS(nil)
	delete(fsys, "404.html")
	if _, err := Parse(fsys, testSite(), testKinds); err == nil || !strings.Contains(err.Error(), "templates/404.html") {
		t.Errorf("error %v", err)
	}
}

func TestFuncs(t *testing.T) {
	src := `{{define "main"}}{{url .Path}}|{{abs .Path}}|{{num 2026}}|{{date .Article.Date}}|{{bangladate .Article.Date}}|{{readingtime 4}}|{{iso .Article.Date}}{{end}}`
	tm, err := Parse(mapFS(map[string]string{"article.html": src}), siteOf("সংকলন", "Asia/Dhaka"), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	out, err := tm.Execute(&Page{Kind: "article", Path: "পুতিন-সফর/", Article: &Article{Date: time.Date(2026, 11, 24, 20, 0, 0, 0, time.UTC)}})
	if err != nil {
		t.Fatal(err)
	}
	want := "/digest/%E0%A6%AA%E0%A7%81%E0%A6%A4%E0%A6%BF%E0%A6%A8-%E0%A6%B8%E0%A6%AB%E0%A6%B0/|" +
		"https://user.github.io/digest/%E0%A6%AA%E0%A7%81%E0%A6%A4%E0%A6%BF%E0%A6%A8-%E0%A6%B8%E0%A6%AB%E0%A6%B0/|" +
		"২০২৬|২৫ নভেম্বর ২০২৬|১০ অগ্রহায়ণ ১৪৩৩|৪ মিনিটে পড়া|2026-11-25T02:00:00+06:00" // html/template escapes +, plainPlus undoes it
	if got := strings.TrimPrefix(string(out), "<title></title>"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestAbsURL(t *testing.T) {
	base, _ := url.Parse("https://user.github.io/digest/")
	for _, tc := range []struct{ in, want string }{
		{"", "https://user.github.io/digest/"},
		{"feed.xml", "https://user.github.io/digest/feed.xml"},
		{"tags/ভারত/", "https://user.github.io/digest/tags/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4/"},
	} {
		if got := AbsURL(base, tc.in); got != tc.want {
			t.Errorf("AbsURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestShareImage: an article's image is a web address or a path on the
// site; anything else is the default share image, as the README
// promises. javascript:alert(7), without "//", used to become a site URL
// (issue 13).
func TestShareImage(t *testing.T) {
	tm, err := Parse(mapFS(nil), testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	const share = "https://user.github.io/digest/images/share.png"
	for in, want := range map[string]string{
		"":                             share,
		"images/সফর.png":               "https://user.github.io/digest/images/%E0%A6%B8%E0%A6%AB%E0%A6%B0.png",
		"/images/a.png":                "https://user.github.io/digest/images/a.png",
		"https://example.org/a.png":    "https://example.org/a.png",
		"javascript:alert(7)":          share,
		"JavaScript:alert(7)":          share,
		"javascript://x%0aalert(5)":    share,
		"data:image/png;base64,AAAA":   share,
		"vbscript:msgbox":              share,
		"//evil.example/a.png":         share,
		"https:///no-host.png":         share,
		"file:///etc/passwd":           share,
		"http://[::1]:namedport/a.png": share,
	} {
		if got := tm.image(&Page{Article: &Article{Image: in}}); got != want {
			t.Errorf("image %q: %q, want %q", in, got, want)
		}
	}
}

// TestCached: {{cached}} writes what {{template}} writes, once per article
// for the kinds that share a partial, and honours a kind that redefines
// the partial or a template it calls.
func TestCached(t *testing.T) {
	a := &Article{Title: "পুতিন <সফর>", Path: "পুতিন/"}
	list := `{{define "main"}}{{range .List}}{{cached "card" .}}|{{template "card" .}}{{end}}{{end}}`
	fsys := mapFS(map[string]string{
		"partials/card.html": `{{define "card"}}<a href="{{url .Path}}">{{template "name" .}}</a>{{end}}{{define "name"}}{{.Title}}{{end}}`,
		"home.html":          list,
		"archive.html":       list,
		"tag.html":           list + `{{define "name"}}#{{.Title}}{{end}}`,
	})
	tm, err := Parse(fsys, testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"home":    `<a href="/digest/পুতিন/">পুতিন &lt;সফর&gt;</a>`,
		"archive": `<a href="/digest/পুতিন/">পুতিন &lt;সফর&gt;</a>`,
		"tag":     `<a href="/digest/পুতিন/">#পুতিন &lt;সফর&gt;</a>`,
	}
	for _, kind := range []string{"home", "tag", "archive", "tag", "home"} {
		out, err := tm.Execute(&Page{Kind: kind, List: []*Article{a}})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.TrimPrefix(string(out), "<title></title>")
		if got != want[kind]+"|"+want[kind] {
			t.Errorf("%s: got %s, want %s twice", kind, got, want[kind])
		}
	}
	if n := tm.partials.len(); n != 2 {
		t.Errorf("%d cached outputs, want 2: one shared by home and archive, one for tag", n)
	}
	if tm.partials.hits != 3 {
		t.Errorf("%d hits, want 3", tm.partials.hits)
	}
	bad := mapFS(map[string]string{"home.html": `{{define "main"}}{{cached "x" .Feeds}}{{end}}{{define "x"}}{{end}}`})
	tm, err = Parse(bad, testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Execute(&Page{Kind: "home", Feeds: []Feed{{}}}); err == nil || !strings.Contains(err.Error(), "cache key") {
		t.Errorf("uncomparable data: error %v", err)
	}
}

// TestCachedSharedThenOwn: a cached partial shared by every kind does not
// make the next cached template of the same kind resolve in the shared
// set, where it does not exist (the closure once kept the shared set for
// good, which was also a data race between pages rendered in parallel).
func TestCachedSharedThenOwn(t *testing.T) {
	fsys := mapFS(map[string]string{
		"partials/card.html": `{{define "card"}}C{{end}}`,
		"tag.html":           `{{define "main"}}{{cached "card" .Kind}}{{cached "own" .Kind}}{{end}}{{define "own"}}O{{end}}`,
	})
	tm, err := Parse(fsys, testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		out, err := tm.Execute(&Page{Kind: "tag"})
		if err != nil || !strings.HasSuffix(string(out), "CO") {
			t.Fatalf("got %q, %v; want CO", out, err)
		}
	}
}

// TestPartialCacheBounded: the cache keeps at most partialCacheSize
// outputs, and the newest ones.
func TestPartialCacheBounded(t *testing.T) {
	var c partialCache
	key := func(i int) partialKey { return partialKey{name: "card", data: i} }
	for i := range 3 * partialCacheSize {
		c.put(key(i), "x")
		if i%7 == 0 {
			c.get(key(0)) // used all along: stays
		}
	}
	if n := c.len(); n > partialCacheSize {
		t.Errorf("%d outputs kept, want at most %d", n, partialCacheSize)
	}
	for _, i := range []int{0, 3*partialCacheSize - 1} {
		if _, ok := c.get(key(i)); !ok {
			t.Errorf("output %d dropped", i)
		}
	}
	if _, ok := c.get(key(1)); ok {
		t.Error("the oldest unused output kept")
	}
}

// TestTemplateNamesPage: a kind's file may give the page its title and
// description, so that the Bengali words stay out of Go; a title the
// build sets wins, and the layout escapes the text once.
func TestTemplateNamesPage(t *testing.T) {
	const names = `{{define "title"}} সব লেখক {{end}}{{define "description"}}{{.Site.Title}}: লেখকেরা{{end}}{{define "main"}}{{.Description}}{{end}}`
	for _, tc := range []struct{ name, site, file, title, want string }{
		{"from the template", "সংকলন", names, "", "<title>সব লেখক</title>সংকলন: লেখকেরা"},
		{"set by the build", "সংকলন", names, "মরিয়ম", "<title>মরিয়ম</title>সংকলন: লেখকেরা"},
		{"escaped once", "ঢাকা & দিল্লি", `{{define "title"}}{{.Site.Title}} <সব>{{end}}{{define "main"}}{{end}}`, "", "<title>ঢাকা &amp; দিল্লি &lt;সব&gt;</title>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tm, err := Parse(mapFS(map[string]string{"tags.html": tc.file}), siteOf(tc.site, "UTC"), testKinds)
			if err != nil {
				t.Fatal(err)
			}
			out, err := tm.Execute(&Page{Kind: "tags", Title: tc.title})
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tc.want {
				t.Errorf("got %q, want %q", out, tc.want)
			}
		})
	}
}

// TestGroupInScript: a template may write a group in a script, which
// html/template encodes as JSON, though a month's year lists the month.
func TestGroupInScript(t *testing.T) {
	tm, err := Parse(mapFS(map[string]string{"month.html": `{{define "main"}}<script>var g = {{.Group}};</script>{{end}}`}), testSite(), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	year := &Group{Path: "archive/2025/", Count: 1}
	month := &Group{Path: "archive/2025/10/", Count: 1, Parent: year}
	year.Groups = []*Group{month}
	out, err := tm.Execute(&Page{Kind: "month", Group: month})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"Path":"archive/2025/10/"`) {
		t.Errorf("got %s, want the month as JSON", out)
	}
}
