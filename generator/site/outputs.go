package site

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/render"
)

// Output is one kind of output of a build, declared once in Outputs: the
// build's jobs, the sitemap, robots.txt, the URLs an article may not take
// and the templates a site needs all come from that list, and the README's
// "What gets built" describes it.
type Output struct {
	// Name is the page kind (render.Page.Kind) of a page made with a
	// template, whose file is templates/<Name>.html.
	Name string
	// URL is the pattern of its site-relative addresses, as the README
	// shows it. The first segment of a literal pattern ("tags" in
	// /tags/<slug>/) is reserved: no article or alias may take it.
	URL string
	// Render is "template" for a page made with <Name>.html, else the
	// encoder that writes it.
	Render string
	// Shows says what it holds.
	Shows string
	// Sitemap says that its pages are listed in sitemap.xml (the first
	// page of a paginated list only).
	Sitemap bool
	// Feeds says that its pages are the items of the feeds.
	Feeds bool
	// Robots says that robots.txt names the file for crawlers.
	Robots bool
	// Optional says that a templates folder without <Name>.html still
	// builds: the kind is skipped, with a warning.
	Optional bool
	// files lists the files of the kind in one build.
	files func(b *builder) []outFile
}

// outFile is one file of an output kind in one build.
type outFile struct {
	path    string    // site-relative: a page's folder ("tags/") or a file's name
	lastmod time.Time // the newest change it shows, for the sitemap; zero for none
	more    bool      // a second or later page of a list: not in the sitemap
	// list marks a list page; newest is then the place of its newest
	// article in the site's order, which orders the list jobs.
	list   bool
	newest int
	// long marks one long job (the search index): it starts first, so
	// that it runs beside the many short ones instead of after them.
	long  bool
	write func() error
}

// Outputs are the kinds of output of a build, in the order of the sitemap.
// init sets them: the sitemap and robots.txt are outputs that read the
// list.
var Outputs []Output

func init() {
	Outputs = []Output{
		{Name: "home", URL: "/, /page/N/", Render: "template", Shows: "the newest articles, paginate: a page",
			Sitemap: true, files: (*builder).homeLists},
		{Name: "article", URL: "/<permalink>/", Render: "template", Shows: "one article, its tags, neighbours and related articles",
			Sitemap: true, Feeds: true, files: (*builder).articleFiles},
		{Name: "tags", URL: "/tags/", Render: "template", Shows: "every hashtag with its article count, in Bengali order",
			Sitemap: true, files: func(b *builder) []outFile { return []outFile{{path: "tags/", lastmod: b.newest(), write: b.tagIndex}} }},
		{Name: "tag", URL: "/tags/<slug>/, /tags/<slug>/page/N/", Render: "template", Shows: "the articles of one hashtag, paginated",
			Sitemap: true, files: func(b *builder) []outFile { return b.groupLists("tag", b.m.tags, hashtag) }},
		{Name: "authors", URL: "/authors/", Render: "template", Shows: "every byline with its article count, in Bengali order",
			Sitemap: true, Optional: true, files: (*builder).authorIndexFiles},
		{Name: "author", URL: "/authors/<slug>/, /authors/<slug>/page/N/", Render: "template", Shows: "the articles of one byline, paginated",
			Sitemap: true, Optional: true, files: func(b *builder) []outFile { return b.groupLists("author", b.bylines(), byline) }},
		{Name: "archive", URL: "/archive/", Render: "template", Shows: "every month with its article count",
			Sitemap: true, files: func(b *builder) []outFile {
				return []outFile{{path: "archive/", lastmod: b.newest(), write: b.archive}}
			}},
		{Name: "year", URL: "/archive/YYYY/", Render: "template", Shows: "the months of one year with their article counts, with links to the years before and after",
			Sitemap: true, Optional: true, files: func(b *builder) []outFile {
				years := yearOf.groups(b.m.articles, b.cfg.Location)
				nest(years, b.m.months)
				return b.periodPages("year", years)
			}},
		{Name: "month", URL: "/archive/YYYY/MM/", Render: "template", Shows: "the articles of one month",
			Sitemap: true, Optional: true, files: func(b *builder) []outFile { return b.periodPages("month", b.m.months) }},
		{Name: "day", URL: "/archive/YYYY/MM/DD/", Render: "template", Shows: "the articles of one day, with links to the days before and after",
			Sitemap: true, Optional: true, files: (*builder).dayFiles},
		{Name: "subscribe", URL: "/subscribe/", Render: "template", Shows: "how to follow the digest in a feed reader, and every feed",
			Sitemap: true, Optional: true, files: func(b *builder) []outFile { return []outFile{{path: subscribeDir + "/", write: b.subscribe}} }},
		{Name: "search", URL: "/search/", Render: "template", Shows: "the search box (search: true only)",
			files: func(b *builder) []outFile {
				if !b.cfg.SearchEnabled() {
					return nil
				}
				return []outFile{{path: "search/", write: b.searchPage}}
			}},
		{Name: "404", URL: "/404.html", Render: "template", Shows: "the page GitHub Pages shows for an unknown address",
			files: func(b *builder) []outFile { return []outFile{{path: "404.html", write: b.notFound}} }},
		{URL: "/<alias>/", Render: redirectPage, Shows: "an earlier address of an article (aliases:), sending readers on",
			files: (*builder).redirectFiles},
		{URL: "/feed.xml, /atom.xml, /feed.json", Render: "RSS, Atom and JSON Feed encoders", Shows: "the newest articles, feed: items: of them, in full",
			files: func(b *builder) []outFile { return []outFile{{path: "feed.xml", write: b.siteFeeds}} }},
		{URL: "/tags/<slug>/feed.xml", Render: "RSS encoder", Shows: "the newest articles of one hashtag",
			files: func(b *builder) []outFile { return b.groupFeeds(b.m.tags, hashtag) }},
		{URL: "/authors/<slug>/feed.xml", Render: "RSS encoder", Shows: "the newest articles of one byline (with author.html), like a hashtag's feed",
			files: func(b *builder) []outFile {
				if !b.tmpl.Has("author") {
					return nil
				}
				return b.groupFeeds(b.bylines(), byline)
			}},
		{URL: "/" + opmlFile, Render: "OPML encoder", Shows: "every hashtag feed, for a feed reader to import at once",
			files: func(b *builder) []outFile { return []outFile{{path: opmlFile, write: b.opml}} }},
		{URL: "/sitemap.xml, /sitemap-N.xml", Render: "sitemap encoder", Shows: "every page the outputs above mark for it, with lastmod; past 50 000 URLs, sitemap.xml is the index of sitemap-N.xml files",
			Robots: true, files: func(b *builder) []outFile { return []outFile{{path: "sitemap.xml", write: b.sitemap}} }},
		{URL: "/news-sitemap.xml", Render: "Google News sitemap encoder", Shows: "the articles of the 48 hours before the build (at most 1000), for Google News; may be empty",
			Robots: true, files: func(b *builder) []outFile { return []outFile{{path: "news-sitemap.xml", write: b.newsSitemap}} }},
		{URL: "/robots.txt, /.nojekyll, /CNAME", Render: "text", Shows: "what crawlers and GitHub Pages look for (CNAME with cname: only)",
			files: func(b *builder) []outFile { return []outFile{{path: "robots.txt", write: b.extras}} }},
		{URL: "/<file under static/>", Render: "copied as is", Shows: "the static/ folder: CSS, fonts, scripts, images",
			files: func(b *builder) []outFile {
				if b.static == nil {
					return nil
				}
				return []outFile{{path: "", write: func() error { return b.copyStatic(b.static) }}}
			}},
		{URL: "/" + searchIndexDir, Render: "search index encoder", Shows: "the search index that /search/ reads: meta.json, word chunks, article data, the hashtag list (search: true only)",
			files: func(b *builder) []outFile {
				if !b.cfg.SearchEnabled() {
					return nil
				}
				return []outFile{{path: searchIndexDir, long: true, write: b.searchIndex}}
			}},
	}
	reserved = reservedSegments(nil)
}

// redirectPage is how the pages at articles' earlier addresses are made.
const redirectPage = "redirect page"

// crawled reports whether check follows the links of the kind's files:
// the HTML pages that the build makes.
func (o Output) crawled() bool { return o.Render == "template" || o.Render == redirectPage }

// pages returns the names of the planned files whose links check
// follows (see Output.crawled), a folder's as its index.html.
func (b *builder) pages() []string {
	var names []string
	for i, o := range Outputs {
		if !o.crawled() {
			continue
		}
		for _, f := range b.planned[i] {
			name := f.path
			if name == "" || strings.HasSuffix(name, "/") {
				name += "index.html"
			}
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// templateKinds are the page kinds that Outputs make with a template.
func templateKinds() []render.Kind {
	var kinds []render.Kind
	for _, o := range Outputs {
		if o.Render == "template" {
			kinds = append(kinds, render.Kind{Name: o.Name, Optional: o.Optional})
		}
	}
	return kinds
}

// reservedSegments are the first path segments of the addresses that
// Outputs write, with the top-level folders of static: an article or an
// alias may not take them. static may be nil.
func reservedSegments(static fs.FS) map[string]bool {
	seg := map[string]bool{}
	for _, o := range Outputs {
		for _, pattern := range strings.Split(o.URL, ", ") {
			first, _, ok := strings.Cut(strings.TrimPrefix(pattern, "/"), "/")
			if ok && first != "" && !strings.HasPrefix(first, "<") {
				seg[first] = true
			}
		}
	}
	if static != nil {
		entries, _ := fs.ReadDir(static, ".")
		for _, e := range entries {
			if e.IsDir() {
				seg[e.Name()] = true
			}
		}
	}
	return seg
}

// reserved are the segments of the site's own addresses, without the
// static folder's, for Vanished, which has no static folder to read.
var reserved map[string]bool

// plan lists the files of every output kind whose template the site has,
// and a warning for each optional kind it lacks.
func (b *builder) plan() (files [][]outFile, warnings []error) {
	files = make([][]outFile, len(Outputs))
	for i, o := range Outputs {
		if o.files == nil {
			continue
		}
		if o.Render == "template" && !b.tmpl.Has(o.Name) {
			warnings = append(warnings, fmt.Errorf("templates/%s.html: missing, so no %s pages (%s) are built: copy it from the digest's own templates/ to have them", o.Name, o.Name, o.URL))
			continue
		}
		files[i] = o.files(b)
	}
	return files, warnings
}

// newest returns the date of the newest article, zero for none.
func (b *builder) newest() time.Time {
	if len(b.m.articles) == 0 {
		return time.Time{}
	}
	return b.m.articles[0].Date
}

// sitemapMax is the most URLs one sitemap file may list, by the
// protocol (sitemaps.org): past it, sitemap.xml becomes an index of
// sitemap-1.xml, sitemap-2.xml and so on.
const sitemapMax = 50000

// sitemap writes sitemap.xml: every page of the kinds that Outputs mark
// for it, in their order.
func (b *builder) sitemap() error {
	var lines []string
	for i, o := range Outputs {
		if !o.Sitemap {
			continue
		}
		for _, f := range b.planned[i] {
			if f.more {
				continue
			}
			line := "  <url><loc>" + xmlEscape(render.AbsURL(b.cfg.Base, f.path)) + "</loc>"
			if !f.lastmod.IsZero() {
				line += "<lastmod>" + f.lastmod.In(b.cfg.Location).Format(time.RFC3339) + "</lastmod>"
			}
			lines = append(lines, line+"</url>\n")
		}
	}
	files := sitemapFiles(lines, sitemapMax, func(name string) string { return render.AbsURL(b.cfg.Base, name) })
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := b.write(name, files[name]); err != nil {
			return err
		}
	}
	return nil
}

// sitemapFiles returns sitemap.xml listing the <url> lines, or, with
// more than max of them, sitemap-N.xml files of max lines each and
// sitemap.xml as their index; abs makes a file name an absolute URL.
func sitemapFiles(lines []string, max int, abs func(string) string) map[string][]byte {
	const head = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"
	urlset := func(lines []string) []byte {
		var sm bytes.Buffer
		sm.WriteString(head + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
		for _, l := range lines {
			sm.WriteString(l)
		}
		sm.WriteString("</urlset>\n")
		return sm.Bytes()
	}
	if len(lines) <= max {
		return map[string][]byte{"sitemap.xml": urlset(lines)}
	}
	files := map[string][]byte{}
	var index bytes.Buffer
	index.WriteString(head + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for n, part := 1, lines; len(part) > 0; n++ {
		name := fmt.Sprintf("sitemap-%d.xml", n)
		files[name] = urlset(part[:min(max, len(part))])
		part = part[min(max, len(part)):]
		index.WriteString("  <sitemap><loc>" + xmlEscape(abs(name)) + "</loc></sitemap>\n")
	}
	index.WriteString("</sitemapindex>\n")
	files["sitemap.xml"] = index.Bytes()
	return files
}

// jobs returns the writes of the planned files: the long ones first, then
// list pages, ordered by their newest article, so that the pages that show an article's card
// run close together and the bounded cache of the cached template
// function still holds it; then the rest in the order of Outputs.
func (b *builder) jobs() []func() error {
	var long, lists, rest []outFile
	for _, group := range b.planned {
		for _, f := range group {
			if f.long {
				long = append(long, f)
			} else if f.list {
				lists = append(lists, f)
			} else {
				rest = append(rest, f)
			}
		}
	}
	slices.SortStableFunc(lists, func(x, y outFile) int { return cmp.Compare(x.newest, y.newest) })
	var jobs []func() error
	for _, f := range slices.Concat(long, lists, rest) {
		jobs = append(jobs, f.write)
	}
	return jobs
}

func (b *builder) articleFiles() []outFile {
	out := make([]outFile, len(b.m.articles))
	for i, a := range b.m.articles {
		out[i] = outFile{path: a.Path, lastmod: lastmod(a), write: func() error { return b.article(a) }}
	}
	return out
}

func (b *builder) redirectFiles() []outFile {
	out := make([]outFile, len(b.m.aliases))
	for i, a := range b.m.aliases {
		out[i] = outFile{path: a.name, write: func() error { return b.redirect(a) }}
	}
	return out
}

// bylines groups the articles by author, newest first, the authors in
// Bengali order, and links each article to its author's page. plan calls
// it, before any page is written; the first call does the work.
func (b *builder) bylines() []*render.Group {
	if b.authors != nil || len(b.m.articles) == 0 {
		return b.authors
	}
	bySlug := map[string]*render.Group{}
	for _, a := range b.m.articles {
		slug := bangla.Slug(a.Author)
		if slug == "" {
			continue
		}
		au := bySlug[slug]
		if au == nil {
			au = &render.Group{Name: a.Author, Slug: slug, Path: "authors/" + slug + "/", FeedPath: "authors/" + slug + "/feed.xml"}
			bySlug[slug] = au
			b.authors = append(b.authors, au)
		}
		au.Articles = append(au.Articles, a)
		au.Count++
		a.AuthorPath = au.Path
	}
	col := collate.New(language.Bengali)
	slices.SortStableFunc(b.authors, func(x, y *render.Group) int {
		if c := col.CompareString(x.Name, y.Name); c != 0 {
			return c
		}
		return cmp.Compare(x.Slug, y.Slug)
	})
	return b.authors
}

func (b *builder) authorIndexFiles() []outFile {
	if !b.tmpl.Has("author") || len(b.bylines()) == 0 {
		return nil
	}
	return []outFile{{path: "authors/", lastmod: b.newest(), write: func() error {
		return b.page("authors/index.html", &render.Page{Kind: "authors", Path: "authors/", Groups: b.bylines(), Feeds: b.siteFeedLinks()})
	}}}
}

// Google News reads the articles of the last two days from a news
// sitemap, at most a thousand of them.
const (
	newsWindow = 48 * time.Hour
	newsMax    = 1000
)

type newsURL struct {
	Loc  string `xml:"loc"`
	News struct {
		Name     string `xml:"news:publication>news:name"`
		Language string `xml:"news:publication>news:language"`
		Date     string `xml:"news:publication_date"`
		Title    string `xml:"news:title"`
	} `xml:"news:news"`
}

// newsSitemap writes news-sitemap.xml: the articles published in the 48
// hours before the build's clock, newest first. With none it is an empty
// urlset, which is valid.
func (b *builder) newsSitemap() error {
	doc := struct {
		XMLName xml.Name  `xml:"urlset"`
		NS      string    `xml:"xmlns,attr"`
		News    string    `xml:"xmlns:news,attr"`
		URLs    []newsURL `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", News: "http://www.google.com/schemas/sitemap-news/0.9"}
	for _, a := range b.m.articles {
		if len(doc.URLs) == newsMax || a.Date.Before(b.now.Add(-newsWindow)) {
			break
		}
		if a.Date.After(b.now) { // Options.Future
			continue
		}
		u := newsURL{Loc: render.AbsURL(b.cfg.Base, a.Path)}
		u.News.Name, u.News.Language = b.cfg.Title, b.cfg.Language
		u.News.Date, u.News.Title = a.Date.In(b.cfg.Location).Format(time.RFC3339), a.Title
		doc.URLs = append(doc.URLs, u)
	}
	data, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	return b.write("news-sitemap.xml", append([]byte(xml.Header), append(data, '\n')...))
}

// dayFiles returns the page of every day with articles, and links each
// article and month to its days.
func (b *builder) dayFiles() []outFile {
	days := dayOf.groups(b.m.articles, b.cfg.Location)
	nest(b.m.months, days)
	for _, d := range days {
		for _, a := range d.Articles {
			a.DayPath = d.Path
		}
	}
	return b.periodPages("day", days)
}

// periodPages returns a page of the kind for each of groups, periods
// newest first, with all its articles. Its pager goes in time: Prev is
// the period before, Next the one after.
func (b *builder) periodPages(kind string, groups []*render.Group) []outFile {
	out := make([]outFile, len(groups))
	for i, g := range groups {
		pg := &render.Pager{Number: len(groups) - i, Total: len(groups)}
		if i+1 < len(groups) {
			pg.Prev = groups[i+1].Path
		}
		if i > 0 {
			pg.Next = groups[i-1].Path
		}
		out[i] = outFile{path: g.Path, lastmod: g.Articles[0].Date, write: func() error {
			return b.page(g.Path+"index.html", &render.Page{Kind: kind, Path: g.Path,
				Group: g, List: g.Articles, Pager: pg, Feeds: b.siteFeedLinks()})
		}}
	}
	return out
}
