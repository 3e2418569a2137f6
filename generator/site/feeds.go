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

// channel makes a feed of the newest articles of list.
func (b *builder) channel(title, desc, page, self string, list []*render.Article) (*feed.Channel, error) {
	c := &feed.Channel{
		Title: title, Description: desc, Language: b.cfg.Language,
		URL: render.AbsURL(b.cfg.Base, page), FeedURL: render.AbsURL(b.cfg.Base, self),
		Author: b.cfg.Author, Email: b.cfg.Email, Copyright: b.cfg.Copyright,
	}
	for _, a := range list[:min(len(list), b.cfg.Feed.Items)] {
		page := render.AbsURL(b.cfg.Base, a.Path)
		body, err := a.Content()
		if err != nil {
			return nil, err
		}
		it := feed.Item{
			Title: a.Title, URL: page, Summary: a.Summary,
			HTML: absLinks(string(body), page), Author: a.Author, Date: a.Date, Updated: a.Updated,
		}
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

func (b *builder) writeFeeds(c *feed.Channel, dir string, files ...feedFile) error {
	for _, f := range files {
		c.FeedURL = render.AbsURL(b.cfg.Base, dir+f.name)
		data, err := f.gen(c)
		if err != nil {
			return err
		}
		if err := b.write(dir+f.name, data); err != nil {
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
	c, err := b.channel(b.cfg.Title, desc, "", "feed.xml", b.m.articles)
	if err != nil {
		return err
	}
	return b.writeFeeds(c, "", feedFile{"feed.xml", feed.RSS}, feedFile{"atom.xml", feed.Atom}, feedFile{"feed.json", feed.JSON})
}

// tagFeed writes the one feed of a tag, in RSS, which every feed reader
// reads. A second format would double the largest part of a big site's
// output (each tag feed carries its articles' full text) for no reader.
func (b *builder) tagFeed(t *render.Tag) error {
	c, err := b.channel("#"+t.Name+" — "+b.cfg.Title, "#"+t.Name+": "+b.cfg.Title, t.Path, t.Path+"feed.xml", t.Articles)
	if err != nil {
		return err
	}
	return b.writeFeeds(c, t.Path, feedFile{"feed.xml", feed.RSS})
}
