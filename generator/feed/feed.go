// Package feed writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents from a
// typed Channel, through gorilla/feeds, and adds what the W3C Feed
// Validation Service asks for and gorilla/feeds leaves out: the feed's
// language, an atom:link rel="self" in RSS, a rel="self" link in Atom,
// dc:creator instead of a name in RSS's <author> (which must be an email
// address), and categories for tags.
package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gorilla/feeds"
)

// Item is one article in a feed. URLs are absolute.
type Item struct {
	Title   string
	URL     string
	Summary string
	HTML    string // full article body
	Author  string
	Date    time.Time
	Updated time.Time // zero when never updated
	Tags    []string
}

// Channel is a feed: the whole digest or one tag.
type Channel struct {
	Title       string
	Description string
	URL         string // the HTML page the feed belongs to
	FeedURL     string // this feed's own URL (rel="self")
	Language    string
	Author      string
	Email       string // for RSS managingEditor; may be empty
	Copyright   string
	Items       []Item
}

func (c *Channel) updated() time.Time {
	var t time.Time
	for _, it := range c.Items {
		if it.Date.After(t) {
			t = it.Date
		}
		if it.Updated.After(t) {
			t = it.Updated
		}
	}
	return t
}

// gorilla converts the channel for gorilla/feeds. htmlSummary escapes the
// plain-text summaries for RSS <description> and Atom <summary
// type="html">, which readers show as HTML: a summary that mentions
// <script> stays text.
func (c *Channel) gorilla(htmlSummary bool) *feeds.Feed {
	f := &feeds.Feed{
		Title:       clean(c.Title),
		Link:        &feeds.Link{Href: c.URL, Rel: "alternate"},
		Description: clean(c.Description),
		Updated:     c.updated(),
		Copyright:   clean(c.Copyright),
		Id:          c.URL,
	}
	if c.Author != "" {
		f.Author = &feeds.Author{Name: clean(c.Author), Email: c.Email}
	}
	for _, it := range c.Items {
		summary := clean(it.Summary)
		if htmlSummary {
			summary = html.EscapeString(summary)
		}
		f.Items = append(f.Items, &feeds.Item{
			Title:       clean(it.Title),
			Link:        &feeds.Link{Href: it.URL},
			Author:      &feeds.Author{Name: clean(it.Author)},
			Description: summary,
			Content:     clean(it.HTML),
			Id:          it.URL,
			IsPermaLink: "true",
			Created:     it.Date,
			Updated:     it.Updated,
		})
	}
	return f
}

// clean removes characters that XML 1.0 does not allow (most C0 controls,
// surrogates, U+FFFE/U+FFFF) so that no text can make a feed ill-formed.
func clean(s string) string {
	if xmlSafe(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || !xmlChar(r) {
			return -1
		}
		return r
	}, s)
}

// xmlSafe reports whether s is valid UTF-8 with only characters XML 1.0
// allows, scanning bytes: in valid UTF-8 the only disallowed characters
// are C0 controls other than tab, LF and CR, and U+FFFE, U+FFFF (EF BF BE,
// EF BF BF); surrogates are not valid UTF-8.
func xmlSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
		if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] >= 0xBE {
			return false
		}
	}
	return utf8.ValidString(s)
}

func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

type rss struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Content string   `xml:"xmlns:content,attr"`
	Atom    string   `xml:"xmlns:atom,attr"`
	DC      string   `xml:"xmlns:dc,attr"`
	Channel *rssChannel
}

type rssChannel struct {
	XMLName  xml.Name `xml:"channel"`
	AtomLink atomLink `xml:"atom:link"`
	*feeds.RssFeed
	Items []*rssItem `xml:"item"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type rssItem struct {
	XMLName xml.Name `xml:"item"`
	*feeds.RssItem
	Author     string   `xml:"author,omitempty"`
	Creator    string   `xml:"dc:creator,omitempty"`
	Categories []string `xml:"category"`
}

// RSS returns the channel as RSS 2.0.
func RSS(c *Channel) ([]byte, error) {
	src := (&feeds.Rss{Feed: c.gorilla(true)}).RssFeed()
	src.Language = c.Language
	src.Generator = "digest"
	src.ManagingEditor = ""
	if c.Email != "" {
		src.ManagingEditor = c.Email + " (" + clean(c.Author) + ")"
	}
	ch := &rssChannel{
		AtomLink: atomLink{Href: c.FeedURL, Rel: "self", Type: "application/rss+xml"},
		RssFeed:  src,
	}
	for i, it := range src.Items {
		ri := &rssItem{RssItem: it, Creator: it.Author, Categories: cleanAll(c.Items[i].Tags)}
		it.Author = ""
		ch.Items = append(ch.Items, ri)
	}
	src.Items = nil
	return marshal(&rss{Version: "2.0", Content: "http://purl.org/rss/1.0/modules/content/",
		Atom: "http://www.w3.org/2005/Atom", DC: "http://purl.org/dc/elements/1.1/", Channel: ch})
}

type atomFeed struct {
	XMLName xml.Name `xml:"feed"`
	Lang    string   `xml:"xml:lang,attr"`
	*feeds.AtomFeed
	Links   []atomLink   `xml:"link"`
	Entries []*atomEntry `xml:"entry"`
}

type atomEntry struct {
	XMLName xml.Name `xml:"entry"`
	*feeds.AtomEntry
	Categories []atomCategory `xml:"category"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// Atom returns the channel as Atom 1.0.
func Atom(c *Channel) ([]byte, error) {
	src := (&feeds.Atom{Feed: c.gorilla(true)}).AtomFeed()
	f := &atomFeed{Lang: c.Language, AtomFeed: src, Links: []atomLink{
		{Href: c.URL, Rel: "alternate", Type: "text/html"},
		{Href: c.FeedURL, Rel: "self", Type: "application/atom+xml"},
	}}
	src.Link = nil
	src.Id = c.FeedURL
	for i, e := range src.Entries {
		ae := &atomEntry{AtomEntry: e}
		for _, t := range cleanAll(c.Items[i].Tags) {
			ae.Categories = append(ae.Categories, atomCategory{Term: t})
		}
		if !c.Items[i].Date.IsZero() {
			e.Published = c.Items[i].Date.Format(time.RFC3339)
		}
		f.Entries = append(f.Entries, ae)
	}
	src.Entries = nil
	return marshal(f)
}

func cleanAll(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = clean(s)
	}
	return out
}

// marshal encodes v as an indented XML document. The buffer is reused
// between feeds (a tag feed of full articles is near a megabyte, and
// growing a fresh buffer to it allocates twice that); the result is an
// exact-size copy.
func marshal(v any) ([]byte, error) {
	buf := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(buf)
	buf.Reset()
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return bytes.Clone(buf.Bytes()), nil
}

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// JSON returns the channel as JSON Feed 1.1.
func JSON(c *Channel) ([]byte, error) {
	jf := (&feeds.JSON{Feed: c.gorilla(false)}).JSONFeed()
	jf.Version = "https://jsonfeed.org/version/1.1"
	jf.FeedUrl = c.FeedURL
	for i, it := range jf.Items {
		it.Tags = c.Items[i].Tags
		it.ContentText = ""
	}
	jf.Language = c.Language
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
