package site

import (
	"bytes"
	"encoding/xml"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/internal/testfs"
)

// The templates and static files of the repository's own site.
const (
	templatesDir = "../../templates"
	staticDir    = "../../static"
)

var buildNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// source reads a test site folder: site.yaml and content/ from dir, the
// repository's templates and static files.
func source(t testing.TB, dir string) Source {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse("site.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return Source{
		Config:    cfg,
		Content:   os.DirFS(filepath.Join(dir, "content")),
		Templates: os.DirFS(templatesDir),
		Static:    os.DirFS(staticDir),
	}
}

// build builds src into out and returns the stats.
func build(t testing.TB, src Source, opts Options, out string) (Stats, error) {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = buildNow
	}
	var stats Stats
	err := WriteDir(out, func(w Writer) error {
		var err error
		stats, err = Build(src, opts, w)
		return err
	})
	return stats, err
}

func TestBuildBasicSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	src := source(t, "testdata/basic")
	stats, err := build(t, src, Options{}, out)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 3 {
		t.Errorf("articles = %d, want 3 (draft and future left out)", stats.Articles)
	}
	for _, f := range []string{
		"index.html", "page/2/index.html", "tags/index.html", "404.html", "archive/index.html",
		"archive/2025/10/index.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml",
		"robots.txt", ".nojekyll", "css/site.css", "favicon.svg", Marker,
	} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "CNAME")); err == nil {
		t.Error("CNAME written without cname:")
	}

	// রাশিয়া is written with য় as U+09DF in one file and as U+09AF U+09BC
	// in the others: one tag page counts all three articles.
	tagDirs, _ := filepath.Glob(filepath.Join(out, "tags", "*", "index.html"))
	var russia []string
	for _, d := range tagDirs {
		name := filepath.Base(filepath.Dir(d))
		if strings.HasPrefix(name, "রাশি") {
			russia = append(russia, name)
		}
	}
	if len(russia) != 1 {
		t.Fatalf("রাশিয়া tag pages: %q, want exactly one", russia)
	}
	doc := parseHTML(t, filepath.Join(out, "tags", russia[0], "index.html"))
	if n := len(listedTitles(doc)); n != 2 {
		t.Errorf("রাশিয়া tag page 1 lists %d articles, want 2 (paginate: 2)", n)
	}
	if _, err := os.Stat(filepath.Join(out, "tags", russia[0], "page", "2", "index.html")); err != nil {
		t.Error("রাশিয়া tag has 3 articles but no page 2")
	}
	// seed: 10 tags, plus ব্রিকস, বাংলাদেশ, জ্বালানি from the others
	if stats.Tags != 13 {
		t.Errorf("tags = %d, want 13", stats.Tags)
	}
	for _, tag := range []string{"খসড়া"} {
		if _, err := os.Stat(filepath.Join(out, "tags", tag)); err == nil {
			t.Errorf("tag %s of a draft was published", tag)
		}
	}

	checkLinks(t, out, "/digest/")
}

func TestBuildArticlePage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, "testdata/basic"), Options{}, out); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*", "index.html"))
	var seed *html.Node
	for _, p := range pages {
		d := parseHTML(t, p)
		if h := findAll(d, "h1"); len(h) == 1 && strings.Contains(text(h[0]), "ক্রেমলিন") {
			seed = d
		}
	}
	if seed == nil {
		t.Fatal("no article page with the seed's title")
	}
	root := findAll(seed, "html")[0]
	if attr(root, "lang") != "bn" {
		t.Errorf(`<html lang=%q>, want "bn"`, attr(root, "lang"))
	}
	body := findClass(seed, "article-body")
	if body == nil {
		t.Fatal("no .article-body")
	}
	if n := len(findAll(body, "h2")); n != 5 {
		t.Errorf("seed article has %d subheadings, want 5", n)
	}
	if n := len(findAll(body, "p")); n != 10 {
		t.Errorf("seed article has %d paragraphs, want 10", n)
	}
	for _, h := range findAll(body, "h2") {
		if id := attr(h, "id"); id == "" || strings.HasPrefix(id, "heading") {
			t.Errorf("heading %q has id %q, want one made of its Bengali words", text(h), id)
		}
	}
	if n := len(findAll(findClass(seed, "tags"), "a")); n != 10 {
		t.Errorf("seed article shows %d tag chips, want 10", n)
	}
	if a := findClass(seed, "author"); a == nil || text(a) != "সারাক্ষণ রিপোর্ট" {
		t.Errorf("byline is not সারাক্ষণ রিপোর্ট")
	}
	times := findAll(seed, "time")
	if len(times) == 0 || !strings.HasPrefix(attr(times[0], "datetime"), "2025-10-03T12:00:00+06:00") {
		t.Errorf("first <time> is not noon of the file name's day in Asia/Dhaka")
	}
}

func TestBuildFeeds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, "testdata/basic"), Options{}, out); err != nil {
		t.Fatal(err)
	}
	feeds, _ := filepath.Glob(filepath.Join(out, "tags", "*", "*.xml"))
	feeds = append(feeds, filepath.Join(out, "feed.xml"), filepath.Join(out, "atom.xml"), filepath.Join(out, "feed.json"))
	if len(feeds) != 13+3 {
		t.Errorf("%d feeds, want %d", len(feeds), 13+3)
	}
	for _, f := range feeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, ".xml") {
			if err := strictXML(data); err != nil {
				t.Errorf("%s is not well-formed XML: %v", f, err)
			}
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if feed.Language != "bn" && !strings.HasSuffix(f, "atom.xml") {
			t.Errorf("%s: language %q, want bn", f, feed.Language)
		}
		if len(feed.Items) == 0 || len(feed.Items) > 2 {
			t.Errorf("%s: %d items, want 1 or 2 (feed.items: 2)", f, len(feed.Items))
		}
		for _, it := range feed.Items {
			u, err := url.Parse(it.Link)
			if err != nil || !u.IsAbs() || !strings.HasPrefix(u.Path, "/digest/") {
				t.Errorf("%s: item link %q is not absolute under the base URL", f, it.Link)
			}
			if strings.ContainsFunc(u.RawPath+it.Link, func(r rune) bool { return r > 127 }) {
				t.Errorf("%s: item link %q is not percent-encoded", f, it.Link)
			}
			if it.GUID != it.Link && !strings.HasSuffix(f, ".json") {
				t.Errorf("%s: guid %q, want the permalink %q", f, it.GUID, it.Link)
			}
			// The site-wide feeds carry the full text; a tag feed the
			// summary and the link (feed.tag_full_text is not set).
			tagFeed := strings.Contains(filepath.ToSlash(f), "/tags/")
			if (it.Content == "") != tagFeed {
				t.Errorf("%s: item %q has content %.40q, want full text only in the site-wide feeds", f, it.Title, it.Content)
			}
			if it.Description == "" {
				t.Errorf("%s: item %q has no summary", f, it.Title)
			}
			if it.PublishedParsed == nil {
				t.Errorf("%s: item %q has no date", f, it.Title)
			}
		}
	}
	site, _ := gofeed.NewParser().Parse(bytes.NewReader(mustRead(t, filepath.Join(out, "feed.xml"))))
	if got := site.Items[0].Title; got != "ব্রিকস সম্মেলনে নতুন সদস্য" {
		t.Errorf("newest item %q, want the ব্রিকস article", got)
	}
	rss := string(mustRead(t, filepath.Join(out, "feed.xml")))
	for _, want := range []string{`rel="self"`, "<dc:creator>", "Sun, 05 Oct 2025 09:30:00 +0600"} {
		if !strings.Contains(rss, want) {
			t.Errorf("feed.xml lacks %s", want)
		}
	}
	if strings.Contains(rss, "<author>") {
		t.Error("feed.xml has an <author> that is not an email address")
	}

	// feed.tag_full_text: true puts the full text in the tag feeds too.
	src := source(t, "testdata/basic")
	src.Config.Feed.TagFullText = true
	out = filepath.Join(t.TempDir(), "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	tag, err := gofeed.NewParser().Parse(bytes.NewReader(mustRead(t, filepath.Join(out, "tags", "ব্রিকস", "feed.xml"))))
	if err != nil || tag.Items[0].Content == "" {
		t.Errorf("with feed.tag_full_text, the tag feed's item has no content (%v)", err)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	src := source(t, "testdata/basic")
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	if _, err := build(t, src, Options{}, a); err != nil {
		t.Fatal(err)
	}
	if _, err := build(t, src, Options{}, b); err != nil {
		t.Fatal(err)
	}
	if testfs.Hash(t, a) != testfs.Hash(t, b) {
		t.Error("two builds of the same input differ")
	}
}

// TestBuildSpillsBodies: a build that keeps the articles' HTML in a
// temporary file writes the same site as one that keeps it in memory,
// and leaves nothing in the spill folder.
func TestBuildSpillsBodies(t *testing.T) {
	src := source(t, "testdata/basic")
	spill := t.TempDir()
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	if _, err := build(t, src, Options{}, a); err != nil {
		t.Fatal(err)
	}
	if _, err := build(t, src, Options{SpillDir: spill}, b); err != nil {
		t.Fatal(err)
	}
	if testfs.Hash(t, a) != testfs.Hash(t, b) {
		t.Error("the build with a spill file differs from the build in memory")
	}
	if left, _ := os.ReadDir(spill); len(left) != 0 {
		t.Errorf("spill folder holds %v after the build", left)
	}
	if _, err := build(t, src, Options{SpillDir: filepath.Join(spill, "missing")}, b); err == nil {
		t.Error("a missing spill folder is not reported")
	}
}

// TestBuildSameOnAnyCores: the output does not depend on how the work is
// scheduled. On one core, two or eight the jobs finish in other orders and
// the bounded cache of rendered cards (4 096 outputs, fewer than the
// 5 000 articles' cards) hits and misses differently.
func TestBuildSameOnAnyCores(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 5 000 articles three times")
	}
	src := corpusSource(t, 5000)
	var first map[string][]byte
	for _, procs := range []int{1, 2, 8} {
		prev := runtime.GOMAXPROCS(procs)
		var w mapWriter
		_, err := Build(src, Options{Now: buildNow}, &w)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = w.files
			continue
		}
		if len(w.files) != len(first) {
			t.Fatalf("%d cores: %d files, want %d", procs, len(w.files), len(first))
		}
		for name, data := range first {
			if !bytes.Equal(w.files[name], data) {
				t.Fatalf("%d cores: %s differs from the one-core build", procs, name)
			}
		}
	}
}

// TestBuildBorrowedBuffers: pages written from the build's reused
// buffers (to a folder) are the pages a Writer that keeps them gets.
func TestBuildBorrowedBuffers(t *testing.T) {
	src := source(t, "testdata/basic")
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	var kept mapWriter
	if _, err := Build(src, Options{Now: buildNow}, &kept); err != nil {
		t.Fatal(err)
	}
	for name, data := range kept.files {
		if got := mustRead(t, filepath.Join(out, filepath.FromSlash(name))); !bytes.Equal(got, data) {
			t.Errorf("%s differs between the folder and the kept copy", name)
		}
	}
	if len(kept.files) < 40 {
		t.Errorf("only %d files", len(kept.files))
	}
}

func TestBuildDraftsAndFuture(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	stats, err := build(t, source(t, "testdata/basic"), Options{Drafts: true, Future: true}, out)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 5 {
		t.Errorf("articles = %d with --drafts --future, want 5", stats.Articles)
	}
}

// TestFailedBuildKeepsOutput breaks the content in each way an editor can
// and checks that the build fails naming the file and leaves the previous
// output byte for byte.
func TestFailedBuildKeepsOutput(t *testing.T) {
	cases := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"empty", "empty.txt", nil, "empty.txt"},
		{"whitespace", "blank.txt", []byte(" \n\t\n"), "blank.txt"},
		{"invalid UTF-8", "bad.txt", []byte("ভারত\xff\xfeসফর।\n"), "bad.txt: byte 12"},
		{"binary", "bin.txt", []byte("\x00\x01\x02PNG"), "bin.txt"},
		{"broken front matter", "broken.md", []byte("---\ntitle: [ভাঙা\n---\nলেখা।\n"), "broken.md:"},
		{"unclosed front matter", "open.md", []byte("---\ntitle: খোলা\nলেখা।\n"), "open.md:1:"},
		{"wrong type", "type.md", []byte("---\ntitle: ঠিক\ndate: 2025-10-03\ndraft: হ্যাঁ\n---\nলেখা।\n"), "type.md:4:"},
		{"bad date", "date.md", []byte("---\ntitle: তারিখ\ndate: কাল\n---\nলেখা।\n"), "date.md:3:"},
		// Issue 13: 43 KB that made 737 MB of HTML in 45 s. The header
		// is line 7 of the file, and the 19th row, line 27, passes
		// 200 000 cells.
		{"table of 10 000 columns", "table.md", []byte("---\ntitle: টেবিল\ndate: 2025-10-03\n---\nলেখা।\n\n" +
			strings.Repeat("|ক", 10_000) + "\n" + strings.Repeat("|-", 10_000) + "\n" + strings.Repeat("খ\n", 1_000)), "table.md:27: "},
		{"duplicate slug", "dup.md", []byte("---\ntitle: ব্রিকস সম্মেলনে নতুন সদস্য\ndate: 2025-10-01\n---\nলেখা।\n"), "desk/2025-10-05-brics.md"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS("testdata/basic")); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "public")
			if _, err := build(t, source(t, dir), Options{}, out); err != nil {
				t.Fatal(err)
			}
			before := testfs.Hash(t, out)
			if err := os.WriteFile(filepath.Join(dir, "content", c.file), c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := build(t, source(t, dir), Options{}, out)
			if err == nil {
				t.Fatal("build succeeded")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not contain %q", err, c.want)
			}
			if testfs.Hash(t, out) != before {
				t.Error("the failed build changed the previous output")
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, ".tmp-*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary folders left behind: %q", leftovers)
			}
		})
	}
}

func TestBuildReportsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/basic")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "content", "a.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "content", "b.md"), []byte("no front matter\n"), 0o644)
	_, err := build(t, source(t, dir), Options{}, filepath.Join(dir, "public"))
	if err == nil || !strings.Contains(err.Error(), "a.txt") || !strings.Contains(err.Error(), "b.md:1:") {
		t.Errorf("error %v should name both a.txt and b.md:1", err)
	}
}

func TestCheckOutput(t *testing.T) {
	site := t.TempDir()
	content := filepath.Join(site, "content")
	os.Mkdir(content, 0o755)
	foreign := filepath.Join(site, "foreign")
	os.Mkdir(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "keep.txt"), []byte("x"), 0o644)
	ours := filepath.Join(site, "ours")
	os.Mkdir(ours, 0o755)
	os.WriteFile(filepath.Join(ours, Marker), nil, 0o644)
	file := filepath.Join(site, "site.yaml")
	os.WriteFile(file, []byte("title: x\n"), 0o644)
	home, _ := os.UserHomeDir()
	cases := []struct {
		out   string
		force bool
		ok    bool
	}{
		{filepath.Join(site, "public"), false, true},
		{file, false, false},
		{file, true, false},
		{ours, false, true},
		{foreign, false, false},
		{foreign, true, true},
		{site, false, false},
		{filepath.Dir(site), false, false},
		{content, true, false},
		{filepath.Join(content, "out"), true, false},
		{"/", true, false},
		{home, true, false},
	}
	for _, c := range cases {
		err := CheckOutput(c.out, site, []string{content}, c.force)
		if (err == nil) != c.ok {
			t.Errorf("CheckOutput(%s, force=%v) = %v, want ok=%v", c.out, c.force, err, c.ok)
		}
	}
}

// TestWriteDirKeepsAFile asks WriteDir to replace a file: it refuses
// before the build runs, and the file is intact.
func TestWriteDirKeepsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "id_ed25519")
	os.WriteFile(file, []byte("key"), 0o600)
	called := false
	err := WriteDir(file, func(Writer) error { called = true; return nil })
	if err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("error %v, want a refusal saying it is a file", err)
	}
	if data, _ := os.ReadFile(file); called || string(data) != "key" {
		t.Errorf("build ran: %v; file now %q", called, data)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
}

// checkLinks follows every href and src of every page, feed and the
// sitemap: each internal link must stay under base and name a file.
func checkLinks(t *testing.T, out, base string) {
	t.Helper()
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		var links []string
		switch path.Ext(p) {
		case ".html":
			walk(parseHTML(t, p), func(n *html.Node) {
				for _, a := range n.Attr {
					if a.Key == "href" || a.Key == "src" {
						links = append(links, a.Val)
					}
				}
			})
		case ".xml":
			links = xmlLinks(t, mustRead(t, p))
		default:
			return nil
		}
		for _, l := range links {
			if frag, ok := strings.CutPrefix(l, "#"); ok {
				if findID(parseHTML(t, p), frag) == nil {
					t.Errorf("%s: link %q names no element of the page", rel, l)
				}
				continue
			}
			u, err := url.Parse(l)
			if err != nil {
				t.Errorf("%s: bad link %q", rel, l)
				continue
			}
			if u.Host != "" && u.Host != "example.github.io" || u.Scheme == "mailto" {
				continue
			}
			if !strings.HasPrefix(u.Path, base) {
				t.Errorf("%s: link %q escapes the base path %s", rel, l, base)
				continue
			}
			target := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(u.Path, base)))
			if strings.HasSuffix(u.Path, "/") {
				target = filepath.Join(target, "index.html")
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: broken link %q", rel, l)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// xmlLinks returns the URLs in a feed or sitemap: <link>, <loc>, <guid>,
// <id> text and href attributes.
func xmlLinks(t *testing.T, data []byte) []string {
	var links []string
	dec := xml.NewDecoder(bytes.NewReader(data))
	var cur string
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			cur = tk.Name.Local
			for _, a := range tk.Attr {
				if a.Name.Local == "href" {
					links = append(links, a.Value)
				}
			}
		case xml.CharData:
			if s := strings.TrimSpace(string(tk)); s != "" && slices.Contains([]string{"link", "loc", "guid"}, cur) {
				links = append(links, s)
			}
		case xml.EndElement:
			cur = ""
		}
	}
	return links
}

func strictXML(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	for {
		_, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return err
		}
	}
}

func mustRead(t testing.TB, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func parseHTML(t testing.TB, p string) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(mustRead(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func walk(n *html.Node, f func(*html.Node)) {
	if n == nil {
		return
	}
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	})
	return out
}

func findClass(n *html.Node, class string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) {
		if found == nil && c.Type == html.ElementNode && slices.Contains(strings.Fields(attr(c, "class")), class) {
			found = c
		}
	})
	return found
}

func findID(n *html.Node, id string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) {
		if found == nil && c.Type == html.ElementNode && attr(c, "id") == id {
			found = c
		}
	})
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return strings.TrimSpace(b.String())
}
