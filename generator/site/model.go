package site

import (
	"cmp"
	"errors"
	"fmt"
	"html"
	"html/template"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/render"
)

// model is the site after loading: articles newest first, tags in Bengali
// alphabetical order, months newest first.
type model struct {
	articles []*render.Article
	sources  []*content.Article // parallel to articles
	terms    []string           // parallel to articles: body.Terms
	tags     []*render.Tag
	months   []*render.Group
	rank     map[*render.Article]int // place in articles
	aliases  []alias                 // in the order of the articles' files
	warnings []error
}

// permalink expands the permalink pattern for an article.
func permalink(pattern string, a *content.Article, slug string, loc *time.Location) string {
	d := a.Date.In(loc)
	p := pattern
	// Replace only the placeholders the pattern has: a strings.Replacer
	// per article cost more than the rest of the model.
	for _, r := range []struct {
		name string
		val  func() string
	}{
		{":year", func() string { return fmt.Sprintf("%04d", d.Year()) }},
		{":month", func() string { return fmt.Sprintf("%02d", int(d.Month())) }},
		{":day", func() string { return fmt.Sprintf("%02d", d.Day()) }},
		{":slug", func() string { return slug }},
	} {
		if strings.Contains(p, r.name) {
			p = strings.ReplaceAll(p, r.name, r.val())
		}
	}
	p = strings.TrimPrefix(p, "/")
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p
}

// select keeps the articles a build publishes: no drafts and nothing dated
// after now unless asked.
func selectArticles(in []*content.Article, opts Options) []*content.Article {
	out := in[:0:0]
	for _, a := range in {
		if a.Draft && !opts.Drafts {
			continue
		}
		if a.Date.After(opts.Now) && !opts.Future {
			continue
		}
		out = append(out, a)
	}
	return out
}

// body is what the build keeps of an article's Markdown: where its HTML
// is, the summary made from it and the counts made from the source.
//
// A Cache kept on disk stores every exported field as it is (see
// bodyCodec), and the HTML in its own file: a field added here is kept
// between builds only if it is exported, and TestBodyCodec fails for an
// unexported one that bodyApart does not name.
type body struct {
	content func() (template.HTML, error)
	html    span // where the store keeps the HTML
	sum     key  // SHA-256 of the Markdown, with a Cache only

	Summary        string // the first paragraph's text, for an article without a summary
	Words, Minutes int
	// Terms are the distinct words of the HTML's text for the search
	// index (search.BodyTerms), made once with the HTML in a build with a
	// Cache; "" without one.
	Terms string
}

// newModel builds the site model from parsed articles and rendered bodies.
// bodies[i] belongs to in[i]. firstSlugs holds the slugs of files whose
// first committed version asked for another URL (see Source.FirstSlugs).
// reserved holds the first path segments of the site's own addresses (see
// reservedSegments). mem, when not nil, may supply the related articles
// from the last build.
func newModel(cfg *config.Config, in []*content.Article, bodies []body, firstSlugs map[string]string, reserved map[string]bool, mem *memo) (*model, error) {
	m := &model{}
	type idx struct {
		a     *render.Article
		c     *content.Article
		terms string
	}
	all := make([]idx, len(in))
	var errs []error
	byPath := make(map[string]*content.Article, len(in))
	for i, c := range in {
		slug := c.URLSlug()
		if first, ok := firstSlugs[c.Path]; ok && c.Slug == "" && first != "" {
			slug = first
		}
		p := permalink(cfg.Permalink, c, slug, cfg.Location)
		first, _, _ := strings.Cut(p, "/")
		if reserved[first] {
			errs = append(errs, &content.Error{Path: c.Path, Line: max(c.SlugLine, c.TitleLine),
				Bn:  fmt.Sprintf("%q ঠিকানাটি সাইটের নিজের পাতার জন্য রাখা: ওপরের --- অংশে অন্য একটি slug: দিন", "/"+p),
				Msg: fmt.Sprintf("the URL %q is reserved for the site's own pages: set another slug: in the front matter", "/"+p)})
			continue
		}
		if other, dup := byPath[p]; dup {
			errs = append(errs, &content.Error{Path: c.Path, Line: max(c.SlugLine, c.TitleLine),
				Bn:  fmt.Sprintf("%s-এর সঙ্গে একই ঠিকানা /%s: একটির শিরোনাম বদলান, বা ওপরের --- অংশে slug: দিন", other.Path, p),
				Msg: fmt.Sprintf("same URL /%s as %s: give one of them another title or a slug: in the front matter", p, other.Path)})
			continue
		}
		byPath[p] = c
		summary := c.Summary
		if summary == "" {
			summary = bodies[i].Summary
		}
		author := c.Author
		if author == "" {
			author = cfg.Author
		}
		all[i] = idx{&render.Article{
			Title:          c.Title,
			Kicker:         c.Kicker,
			Dateline:       c.Dateline,
			Caption:        c.Caption,
			Path:           p,
			Date:           c.Date,
			Updated:        c.Updated,
			Author:         author,
			Summary:        summary,
			Image:          c.Image,
			Words:          bodies[i].Words,
			ReadingMinutes: bodies[i].Minutes,
		}, c, bodies[i].Terms}
		all[i].a.SetContent(bodies[i].content)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	targets := make([]*render.Article, len(all))
	for i, e := range all {
		targets[i] = e.a
	}
	if err := m.buildAliases(cfg.BasePath(), in, targets, byPath); err != nil {
		return nil, err
	}
	// newest first; ties by path so the order never depends on scheduling
	slices.SortFunc(all, func(x, y idx) int {
		if c := y.c.Date.Compare(x.c.Date); c != 0 {
			return c
		}
		return cmp.Compare(x.a.Path, y.a.Path)
	})
	m.rank = make(map[*render.Article]int, len(all))
	for i, e := range all {
		m.rank[e.a] = i
		m.articles = append(m.articles, e.a)
		m.sources = append(m.sources, e.c)
		m.terms = append(m.terms, e.terms)
		if i > 0 {
			e.a.Next = all[i-1].a
		}
		if i+1 < len(all) {
			e.a.Prev = all[i+1].a
		}
	}
	m.buildTags()
	m.months = monthOf.groups(m.articles, cfg.Location)
	mem.relate(m.articles)
	return m, nil
}

var paraRE = regexp.MustCompile(`(?s)<p>(.*?)</p>`)
var tagRE = regexp.MustCompile(`<[^>]*>`)

// firstParagraph returns the text of the first paragraph of rendered HTML.
func firstParagraph(body []byte) string {
	m := paraRE.FindSubmatch(body)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(html.UnescapeString(string(tagRE.ReplaceAll(m[1], nil))))
}

// buildTags groups articles by tag identity. Articles are newest first, so
// every tag's list is too. Tags are sorted in Bengali dictionary order.
//
// A tag's URL comes from its slug, and spellings that differ in more than
// Unicode form can share one ("ভারত-চীন", "ভারত চীন"): such spellings are
// one tag, under the spelling of the oldest article, with a warning for
// the others. So a tag's URL and feed never move to another spelling,
// whatever articles are added later.
func (m *model) buildTags() {
	tagOf := map[string]*render.Tag{} // spelling -> its tag; TagKey is costly
	bySlug := map[string]*render.Tag{}
	for i := len(m.articles) - 1; i >= 0; i-- { // oldest first
		src := m.sources[i]
		for _, name := range src.Tags {
			if _, ok := tagOf[name]; ok {
				continue
			}
			slug := bangla.Slug(name)
			t := bySlug[slug]
			if t == nil {
				t = &render.Tag{Name: name, Slug: slug, Path: "tags/" + slug + "/", FeedPath: "tags/" + slug + "/feed.xml"}
				bySlug[slug] = t
				m.tags = append(m.tags, t)
			} else if bangla.TagKey(t.Name) != bangla.TagKey(name) {
				m.warnings = append(m.warnings, &content.Error{Path: src.Path, Line: src.TagsLine,
					Bn:  fmt.Sprintf("ট্যাগ %q আর আগের ট্যাগ %q-এর ঠিকানা একই (tags/%s/), তাই দুটো এক ট্যাগ, নাম %q। একটিই বানান ব্যবহার করুন।", name, t.Name, slug, t.Name),
					Msg: fmt.Sprintf("tag %q has the URL of the earlier tag %q (tags/%s/), so they are one tag, shown as %q: use one spelling", name, t.Name, slug, t.Name)})
			}
			tagOf[name] = t
		}
	}
	for i, a := range m.articles {
		for _, name := range m.sources[i].Tags {
			t := tagOf[name]
			if slices.Contains(a.Tags, t) { // two spellings of one tag
				continue
			}
			t.Articles = append(t.Articles, a)
			a.Tags = append(a.Tags, t)
		}
	}
	for _, t := range m.tags {
		t.Count = len(t.Articles)
	}
	col := collate.New(language.Bengali)
	slices.SortStableFunc(m.tags, func(a, b *render.Tag) int {
		if c := col.CompareString(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Slug, b.Slug)
	})
}

// The periods of the archive: the first instant of a date's year, month
// or day in the site's time zone, and the layout of the page's path.
var (
	yearOf  = period{func(d time.Time) time.Time { return time.Date(d.Year(), 1, 1, 0, 0, 0, 0, d.Location()) }, "archive/2006/"}
	monthOf = period{func(d time.Time) time.Time { return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, d.Location()) }, "archive/2006/01/"}
	dayOf   = period{func(d time.Time) time.Time { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, d.Location()) }, "archive/2006/01/02/"}
)

// A period is a span of the calendar that groups articles in the archive.
type period struct {
	start  func(time.Time) time.Time // its first instant, of a date in the site's zone
	layout string                    // its page's path, as a time layout
}

// groups returns the periods that articles, newest first, fall in, in
// the time zone loc, newest first, each with its articles.
func (pd period) groups(articles []*render.Article, loc *time.Location) []*render.Group {
	var out []*render.Group
	var cur *render.Group
	for _, a := range articles {
		first := pd.start(a.Date.In(loc))
		if cur == nil || !cur.Date.Equal(first) {
			cur = &render.Group{Date: first, Path: first.Format(pd.layout)}
			out = append(out, cur)
		}
		cur.Articles = append(cur.Articles, a)
		cur.Count++
	}
	return out
}

// nest makes each of parts, newest first, a part of the group of
// parents, newest first, that it falls in: the one with the latest Date
// not after its own.
func nest(parents, parts []*render.Group) {
	i := 0
	for _, p := range parts {
		for i+1 < len(parents) && p.Date.Before(parents[i].Date) {
			i++
		}
		p.Parent = parents[i]
		parents[i].Groups = append(parents[i].Groups, p)
	}
}
