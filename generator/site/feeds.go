package site

import (
	"encoding/xml"
	"html"
	"io"
	"net/url"
	"regexp"
	"strings"

	"github.com/sarakhon/digest/generator/feed"
	"github.com/sarakhon/digest/generator/render"
)

func xmlEscapeTo(w io.Writer, s string) error { return xml.EscapeText(w, []byte(s)) }

var linkAttr = regexp.MustCompile(`\b(href|src)="([^"]*)"`)

// absLinks resolves the links of an article's HTML against the article's
// absolute URL: a feed reader shows the text away from the page, where a
// relative link such as ../archive/ would point nowhere.
func absLinks(body, page string) string {
	if !strings.Contains(body, `href="`) && !strings.Contains(body, `src="`) {
		return body
	}
	base, err := url.Parse(page)
	if err != nil {
		return body
	}
	return linkAttr.ReplaceAllStringFunc(body, func(m string) string {
		sub := linkAttr.FindStringSubmatch(m)
		ref, err := url.Parse(html.UnescapeString(sub[2]))
		if err != nil || ref.IsAbs() {
			return m
		}
		return sub[1] + `="` + html.EscapeString(base.ResolveReference(ref).String()) + `"`
	})
}

// channel makes a feed of the newest articles of list, with their full
// text and hashtags when full is set. Else an item is a headline, a link
// and the summary without the headline it starts with (a feed reader
// shows the title just above it), and names no hashtags: these are the
// feeds of hashtags, thousands of them, where the hashtags were a fifth of
// an item.
func (b *builder) channel(title, desc, page, self string, list []*render.Article, full bool) (*feed.Channel, error) {
	c := &feed.Channel{
		Title: title, Description: desc, Language: b.cfg.Language,
		URL: render.AbsURL(b.cfg.Base, page), FeedURL: render.AbsURL(b.cfg.Base, self),
		Author: b.cfg.Author, Email: b.cfg.Email, Copyright: b.cfg.Copyright,
	}
	for _, a := range list[:min(len(list), b.cfg.Feed.Items)] {
		page := render.AbsURL(b.cfg.Base, a.Path)
		it := feed.Item{
			Title: a.Title, URL: page, Summary: a.Summary,
			Author: a.Author, Date: a.Date, Updated: a.Updated,
		}
		if !full {
			it.Summary = description(a)
			c.Items = append(c.Items, it)
			continue
		}
		body, err := a.Content()
		if err != nil {
			return nil, err
		}
		it.HTML = absLinks(string(body), page)
		for _, t := range a.Tags {
			it.Tags = append(it.Tags, t.Name)
		}
		c.Items = append(c.Items, it)
	}
	return c, nil
}

type feedFile struct {
	name string
	gen  func(*feed.Channel) ([]byte, error)
}

// writeFeeds writes the feeds of the channel made from title, desc, page,
// list and full into dir. The channel is made only when a file is not
// reused from the Cache.
func (b *builder) writeFeeds(title, desc, page string, list []*render.Article, full bool, dir string, files ...feedFile) error {
	var c *feed.Channel
	items := list[:min(len(list), b.cfg.Feed.Items)]
	for _, f := range files {
		name := dir + f.name
		err := b.emit(name, func() key { return b.mem.feedKey(name, title, desc, page, items) }, func() ([]byte, error) {
			if c == nil {
				var err error
				if c, err = b.channel(title, desc, page, name, list, full); err != nil {
					return nil, err
				}
			}
			c.FeedURL = render.AbsURL(b.cfg.Base, name)
			return f.gen(c)
		})
		if err != nil {
			return err
		}
		b.feeds.Add(1)
	}
	return nil
}

func (b *builder) siteFeeds() error {
	desc := b.cfg.Description
	if desc == "" {
		desc = b.cfg.Title
	}
	return b.writeFeeds(b.cfg.Title, desc, "", b.m.articles, true, "", feedFile{"feed.xml", feed.RSS}, feedFile{"atom.xml", feed.Atom}, feedFile{"feed.json", feed.JSON})
}

// groupFeeds returns the one feed of each of groups, such as tags, in
// RSS, which every feed reader reads: title(g) names it. A second format
// would double a large part of a big site's output for no reader. It
// carries its articles' summaries with their links, unless
// feed.tag_full_text is set: the full text of 50 articles in each of
// thousands of tags was the largest part of a big site (see
// docs/PERFORMANCE.md), and the site-wide feeds carry the full text.
func (b *builder) groupFeeds(groups []*render.Group, title func(*render.Group) string) []outFile {
	out := make([]outFile, len(groups))
	for i, g := range groups {
		name := title(g)
		out[i] = outFile{path: g.FeedPath, write: func() error {
			return b.writeFeeds(name+" — "+b.cfg.Title, name+": "+b.cfg.Title, g.Path, g.Articles, b.cfg.Feed.TagFullText, "", feedFile{g.FeedPath, feed.RSS})
		}}
	}
	return out
}

// opml writes the list of every hashtag feed that a feed reader imports
// in one step, linked from the subscribe page. Its title is the template
// opml-title of partials/strings.html.
func (b *builder) opml() error {
	list := make([]feed.Outline, len(b.m.tags))
	for i, t := range b.m.tags {
		list[i] = feed.Outline{Title: "#" + t.Name + " — " + b.cfg.Title,
			FeedURL: render.AbsURL(b.cfg.Base, t.FeedPath), PageURL: render.AbsURL(b.cfg.Base, t.Path)}
	}
	title, err := b.tmpl.Text("opml-title")
	if err != nil {
		return err
	}
	if title == "" { // a templates folder older than partials/strings.html
		title = b.cfg.Title
	}
	data, err := feed.OPML(title, list)
	if err != nil {
		return err
	}
	return b.write(opmlFile, data)
}
