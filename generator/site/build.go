// Package site runs a whole build: config, content, Markdown, templates and
// feeds in; files out, through a Writer. WriteDir is the one place that
// touches the output folder.
package site

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/render"
)

// Source is everything a build reads. The folders are fs.FS values so that
// tests can build from memory.
type Source struct {
	Config    *config.Config
	Content   fs.FS
	Templates fs.FS
	Static    fs.FS
	// GitDates maps content-relative paths to their first commit's time.
	GitDates map[string]time.Time
	// FirstSlugs maps content-relative paths to the slug that the file's
	// first committed version asked for, for files changed since. An
	// article without slug: keeps it, so that its published URL does not
	// move when its title is fixed. May be nil.
	FirstSlugs map[string]string
}

// Options change what a build includes.
type Options struct {
	Drafts  bool      // include drafts
	Future  bool      // include articles dated after Now
	Now     time.Time // the build's clock; zero means time.Now()
	Preview bool      // building for the preview server
	// SpillDir, when set, is a folder for a temporary file that holds the
	// articles' HTML during the build, so that a large site's memory
	// does not grow with its text. The file is gone when Build returns.
	// A build with a Cache keeps the HTML for the next one instead: in
	// memory (NewCache) or in the cache's folder (OpenCache).
	SpillDir string
	// Cache, when not nil, carries parsed articles, rendered Markdown
	// and output files from the previous build with the same Cache, and
	// reuses those whose inputs are unchanged. The output is the same.
	// A Cache kept on disk reuses output files only through a Writer
	// that is a Reuser.
	Cache *Cache
}

// Stats summarizes a build.
type Stats struct {
	Articles, Tags, Feeds, Files int
	// Rendered counts the pages and feeds made by executing a template
	// or a feed encoder; Reused those taken from Options.Cache instead.
	Rendered, Reused int
	// Sources maps each article page (such as "পুতিন-সফর/index.html") to
	// the content file it is built from, so that a problem found in the
	// page can name the file an editor should fix.
	Sources  map[string]string
	Warnings []error
	Took     time.Duration
	// Pages are the HTML pages of the build whose links check follows:
	// every page made by a template and every redirect page, by output
	// path, sorted.
	Pages []string
	// Output, when set (by build, which weighs the folder after the
	// search index is written), is what the published folder weighs; the
	// summary line tells it.
	Output *Weight
	cached bool // built with a Cache: String tells the counts
}

func (s Stats) String() string {
	var reuse string
	if s.cached {
		reuse = fmt.Sprintf(" (%d pages rendered, %d reused)", s.Rendered, s.Reused)
	}
	return fmt.Sprintf("%d articles, %d tags, %d feeds, %d files written%s in %s",
		s.Articles, s.Tags, s.Feeds, s.Files, reuse, s.Took.Round(time.Millisecond))
}

// Writer receives the files of a build. WriteFile is called from several
// goroutines at once, each name once. Neither the build nor the Writer
// changes data after the call: with a Cache, the next build may pass the
// same bytes again.
type Writer interface {
	WriteFile(name string, data []byte) error
}

// Reuser is a Writer that replaces an earlier output folder, as WriteDir's
// does, and can take a file from there instead of having it written
// again. A build with a Cache kept on disk reuses files through it.
type Reuser interface {
	Writer
	// Reuse puts the earlier output's file name at name, when that file
	// is still size bytes with the SHA-256 sum, and reports whether it
	// did. Else the build writes the file: an error is a failure to put
	// a file that was there.
	Reuse(name string, size int64, sum [32]byte) (bool, error)
}

// Borrower is a Writer that can say it is done with data when WriteFile
// returns, as one that writes files is. The build then passes it its
// page buffers, which it reuses, instead of a copy of every page.
type Borrower interface {
	Writer
	Borrows() bool
}

// Build reads src and writes the whole site to w. It returns every
// problem found, joined.
func Build(src Source, opts Options, w Writer) (Stats, error) {
	start := time.Now()
	if opts.Now.IsZero() {
		opts.Now = start
	}
	cfg := src.Config
	stats := Stats{cached: opts.Cache != nil}
	store, owned, err := opts.Cache.store(opts.SpillDir)
	if err != nil {
		return stats, fmt.Errorf("making a temporary file for the articles' HTML: %w", err)
	}
	if owned {
		defer store.close()
	}
	mem := opts.Cache.start()
	bodies := newBodies(store, mem)
	loaded, err := content.Load(src.Content, content.Options{
		Location: cfg.Location, GitDates: src.GitDates, MaxFileSize: cfg.MaxFileSize,
		Process: bodies.render, Cache: opts.Cache.contentCache(),
	})
	site := &render.Site{Config: cfg, Year: opts.Now.In(cfg.Location).Year(), Preview: opts.Preview}
	tmpl, terr := render.Parse(src.Templates, site, templateKinds())
	if err != nil || terr != nil {
		if loaded != nil {
			stats.Warnings = loaded.Warnings
		}
		return stats, errors.Join(err, terr)
	}
	stats.Warnings = loaded.Warnings
	articles := selectArticles(loaded.Articles, opts)
	if err := mem.setSite(src.Templates, site, opts); err != nil {
		stats.Warnings = append(stats.Warnings, err)
	}
	if note := mem.siteChanged(); note != nil {
		stats.Warnings = append(stats.Warnings, note)
	}
	bs := bodies.of(articles)
	m, err := newModel(cfg, articles, bs, src.FirstSlugs, reservedSegments(src.Static), mem)
	if err == nil {
		err = m.staticClashes(src.Static)
	}
	if err != nil {
		return stats, err
	}
	stats.Warnings = append(stats.Warnings, m.warnings...)
	mem.setArticles(m, articles, bs)
	b := &builder{cfg: cfg, tmpl: tmpl, m: m, w: w, mem: mem, static: src.Static, now: opts.Now}
	if bw, ok := w.(Borrower); ok && mem == nil {
		b.borrow = bw.Borrows()
	}
	var missing []error
	b.planned, missing = b.plan()
	stats.Warnings = append(stats.Warnings, missing...)
	jobs := b.jobs()
	err = parallel(len(jobs), func(i int) error { return jobs[i]() })
	stats.Warnings = append(stats.Warnings, b.staticWarnings...)
	if err != nil {
		return stats, err
	}
	if n := b.changed.Load(); n > 0 {
		stats.Warnings = append(stats.Warnings, fmt.Errorf("build cache: %d files of the previous output folder were missing or not what the last build wrote; they were made again", n))
	}
	mem.commit()
	stats.Articles, stats.Tags = len(m.articles), len(m.tags)
	stats.Sources = make(map[string]string, len(m.articles))
	for i, a := range m.articles {
		stats.Sources[a.Path+"index.html"] = m.sources[i].Path
	}
	stats.Pages = b.pages()
	stats.Feeds, stats.Files = int(b.feeds.Load()), int(b.files.Load())
	stats.Rendered, stats.Reused = int(b.rendered.Load()), int(b.reused.Load())
	stats.Took = time.Since(start)
	return stats, nil
}

// parallel runs f(0..n-1) on all cores and joins the errors in index order.
func parallel(n int, f func(i int) error) error {
	errs := make([]error, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				errs[i] = f(i)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// builder writes the pages of one build.
type builder struct {
	cfg                            *config.Config
	tmpl                           *render.Templates
	m                              *model
	w                              Writer
	mem                            *memo           // nil without a Cache
	static                         fs.FS           // nil for none
	now                            time.Time       // the build's clock
	planned                        [][]outFile     // the planned files, one list per entry of Outputs
	authors                        []*render.Group // made by bylines during plan
	borrow                         bool            // w is a Borrower and nothing keeps pages: write from the buffer
	files, feeds, rendered, reused atomic.Int64
	changed                        atomic.Int64 // files of the previous output that were not what the Cache recorded
	// staticWarnings is written by the one copyStatic job, read after run.
	staticWarnings []error
}

func (b *builder) write(name string, data []byte) error {
	if err := b.w.WriteFile(name, data); err != nil {
		return err
	}
	b.files.Add(1)
	return nil
}

// emit writes the file name: the bytes of the last build when the Cache
// holds them under the fingerprint that fp computes, else what gen makes.
func (b *builder) emit(name string, fp func() key, gen func() ([]byte, error)) error {
	if b.mem == nil {
		data, err := gen()
		if err != nil {
			return err
		}
		b.rendered.Add(1)
		return b.write(name, data)
	}
	k := fp()
	if f, ok := b.mem.file(name, k); ok {
		done, err := b.reuse(name, f)
		if err != nil {
			return err
		}
		if done {
			b.reused.Add(1)
			b.mem.keep(name, f)
			return nil
		}
	}
	data, err := gen()
	if err != nil {
		return err
	}
	b.rendered.Add(1)
	b.mem.keepFile(name, k, data)
	return b.write(name, data)
}

// reuse writes the file name of the last build from f: its bytes, from a
// Cache in memory; from a Cache on disk, the previous output folder's
// file, when it still holds what the last build wrote there. It reports
// false when it did not, and the file must be made again.
func (b *builder) reuse(name string, f file) (bool, error) {
	if b.mem.c.disk == nil {
		return true, b.write(name, f.data)
	}
	r, ok := b.w.(Reuser)
	if !ok {
		return false, nil
	}
	done, err := r.Reuse(name, f.size, f.sum)
	if err != nil {
		return false, err
	}
	if !done {
		b.changed.Add(1)
		return false, nil
	}
	b.files.Add(1)
	return true, nil
}

func (b *builder) page(name string, p *render.Page) error {
	if b.borrow {
		err := b.tmpl.ExecuteFunc(p, func(data []byte) error {
			b.rendered.Add(1)
			return b.write(name, data)
		})
		if err != nil {
			return fmt.Errorf("%w (rendering /%s)", err, name)
		}
		return nil
	}
	return b.emit(name, func() key { return b.mem.pageKey(name, p) }, func() ([]byte, error) {
		out, err := b.tmpl.Execute(p)
		if err != nil {
			return nil, fmt.Errorf("%w (rendering /%s)", err, name)
		}
		return out, nil
	})
}

func (b *builder) siteFeedLinks() []render.Feed {
	return []render.Feed{
		{Title: b.cfg.Title + " — RSS", Type: "application/rss+xml", Path: "feed.xml"},
		{Title: b.cfg.Title + " — Atom", Type: "application/atom+xml", Path: "atom.xml"},
		{Title: b.cfg.Title + " — JSON Feed", Type: "application/feed+json", Path: "feed.json"},
	}
}

// homeLists returns the pages of the home page.
func (b *builder) homeLists() []outFile {
	return b.lists("", b.cfg.Paginate, render.Page{Kind: "home", Description: b.cfg.Description, Feeds: b.siteFeedLinks()}, b.m.articles)
}

// hashtag and byline name the pages and feeds of a tag and of an author.
func hashtag(g *render.Group) string { return "#" + g.Name }
func byline(g *render.Group) string  { return g.Name }

// groupLists returns the paginated pages of the kind for each of groups,
// a named list with an RSS feed, such as a tag: title(g) names them.
func (b *builder) groupLists(kind string, groups []*render.Group, title func(*render.Group) string) []outFile {
	var out []outFile
	for _, g := range groups {
		name := title(g)
		feeds := append([]render.Feed{{Title: name + " — RSS", Type: "application/rss+xml", Path: g.FeedPath}}, b.siteFeedLinks()...)
		out = append(out, b.lists(g.Path, b.cfg.PaginateLists, render.Page{Kind: kind, Title: name,
			Description: name + ": " + b.cfg.Title, Group: g, Feeds: feeds}, g.Articles)...)
	}
	return out
}

func (b *builder) article(a *render.Article) error {
	return b.page(a.Path+"index.html", &render.Page{
		Kind: "article", Title: a.Title, Description: description(a), Path: a.Path,
		Article: a, Feeds: b.siteFeedLinks(),
	})
}

// description is an article page's meta and Open Graph description: its
// summary without the headline it starts with, which search results and
// share cards show just above it, or the whole summary when that is all
// it says.
func description(a *render.Article) string {
	if d := bangla.AfterTitle(a.Summary, a.Title); d != "" {
		return d
	}
	return a.Summary
}

// lists returns the list pages of list under dir ("" for the home page),
// per articles a page. Each is proto with its path, articles and pager
// set.
func (b *builder) lists(dir string, per int, proto render.Page, list []*render.Article) []outFile {
	total := max(1, (len(list)+per-1)/per)
	pagePath := func(n int) string {
		if n == 1 {
			return dir
		}
		return dir + "page/" + strconv.Itoa(n) + "/"
	}
	var files []outFile
	for n := 1; n <= total; n++ {
		lo, hi := (n-1)*per, min(n*per, len(list))
		newest := 0
		var mod time.Time
		if lo < hi {
			newest, mod = b.m.rank[list[lo]], list[lo].Date
		}
		files = append(files, outFile{path: pagePath(n), lastmod: mod, more: n > 1, list: true, newest: newest, write: func() error {
			pg := &render.Pager{Number: n, Total: total, First: pagePath(1), Last: pagePath(total)}
			if n > 1 {
				pg.Prev = pagePath(n - 1)
			}
			if n < total {
				pg.Next = pagePath(n + 1)
			}
			for _, k := range pagerWindow(n, total) {
				pg.Pages = append(pg.Pages, render.PageLink{Number: k, Path: pagePath(k), Current: k == n})
			}
			p := proto
			p.Path, p.List, p.Pager = pagePath(n), list[lo:hi], pg
			return b.page(pagePath(n)+"index.html", &p)
		}})
	}
	return files
}

// pagerWindow returns the page numbers a pager shows: the first, the last,
// and two either side of the current one.
func pagerWindow(n, total int) []int {
	out := []int{1}
	for k := max(2, n-2); k <= min(total, n+2); k++ {
		out = append(out, k)
	}
	if total > out[len(out)-1] {
		out = append(out, total)
	}
	return out
}

func (b *builder) tagIndex() error {
	return b.page("tags/index.html", &render.Page{
		Kind: "tags",
		Path: "tags/", Groups: b.m.tags, Feeds: b.siteFeedLinks(),
	})
}

func (b *builder) archive() error {
	return b.page("archive/index.html", &render.Page{
		Kind: "archive",
		Path: "archive/", Groups: b.m.months, Feeds: b.siteFeedLinks(),
	})
}

// searchPage writes /search/, where static/js/search.js queries the
// index that searchIndex writes.
func (b *builder) searchPage() error {
	return b.page("search/index.html", &render.Page{
		Kind: "search",
		Path: "search/", Feeds: b.siteFeedLinks(),
	})
}

// The subscribe page and the OPML list of hashtag feeds it links.
const (
	subscribeDir = "subscribe"
	opmlFile     = "feeds.opml"
)

// subscribe writes /subscribe/, which explains feeds to readers and lists
// the address of every feed, the whole digest's and each hashtag's.
func (b *builder) subscribe() error {
	return b.page(subscribeDir+"/index.html", &render.Page{
		Kind: "subscribe",
		Path: subscribeDir + "/", Groups: b.m.tags, Feeds: b.siteFeedLinks(),
	})
}

// redirect writes the page at an earlier URL of an article.
func (b *builder) redirect(a alias) error {
	data, err := b.tmpl.Redirect(a.to)
	if err != nil {
		return err
	}
	return b.write(a.name, data)
}

func (b *builder) notFound() error {
	return b.page("404.html", &render.Page{
		Kind: "404", Path: "404.html", Feeds: b.siteFeedLinks(),
	})
}

// extras writes the small files GitHub Pages and crawlers look for:
// robots.txt names every output that Outputs mark for crawlers.
func (b *builder) extras() error {
	robots := "User-agent: *\nAllow: /\n\n"
	for _, o := range Outputs {
		if o.Robots {
			first, _, _ := strings.Cut(o.URL, ", ") // sitemap.xml, the index of its parts
			robots += "Sitemap: " + render.AbsURL(b.cfg.Base, strings.TrimPrefix(first, "/")) + "\n"
		}
	}
	files := map[string][]byte{
		"robots.txt": []byte(robots),
		".nojekyll":  {},
	}
	if b.cfg.CNAME != "" {
		files["CNAME"] = []byte(b.cfg.CNAME + "\n")
	}
	for name, data := range files {
		if err := b.write(name, data); err != nil {
			return err
		}
	}
	return nil
}

func lastmod(a *render.Article) time.Time {
	if a.Updated.After(a.Date) {
		return a.Updated
	}
	return a.Date
}

func xmlEscape(s string) string {
	var buf bytes.Buffer
	_ = xmlEscapeTo(&buf, s)
	return buf.String()
}

// copyStatic copies the static folder as is. Symbolic links are skipped,
// and so, with a warning, are named pipes, sockets and devices: reading a
// pipe waits for a writer, forever.
func (b *builder) copyStatic(static fs.FS) error {
	return fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := content.CheckName("static/" + p); err != nil {
			return err
		}
		if d.IsDir() || d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		if !d.Type().IsRegular() {
			b.staticWarnings = append(b.staticWarnings, fmt.Errorf("static/%s: not a regular file (a named pipe, socket or device), skipped", p))
			return nil
		}
		data, err := fs.ReadFile(static, p)
		if err != nil {
			return fmt.Errorf("static/%s: %w", p, err)
		}
		return b.write(p, data)
	})
}
