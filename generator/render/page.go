// Package render executes the site's html/template files. It owns the data
// that templates see (Page and the types it points to) and the template
// functions for Bengali dates and digits and for links under the base path.
package render

import (
	"html/template"
	"time"

	"github.com/sarakhon/digest/generator/config"
)

// Site is what every page knows about the site: the configuration, read
// through, and what the build adds. Templates read every key of
// site.yaml on it ({{.Site.Title}}, {{site.BaseURL}}) and its methods
// ({{site.BasePath}}, {{site.LatinDigits}}); Calendar and Search are the
// settings with their defaults applied.
type Site struct {
	*config.Config
	Year    int // of the build, for the footer
	Preview bool
}

// Calendar reports whether pages show Bangla calendar dates.
func (s *Site) Calendar() bool { return s.ShowCalendar() }

// Search reports whether the site has a search page.
func (s *Site) Search() bool { return s.SearchEnabled() }

// Article is an article as templates see it.
type Article struct {
	Title          string
	Kicker         string // topic line above the title, "" when none
	Dateline       string // "ঢাকা, ৪ অক্টোবর (বাসস) :" before the body, "" when none
	Caption        string // photo caption or credit, "" when none
	Path           string // site-relative path of the page, such as "পুতিন-সফর/"
	Date           time.Time
	Updated        time.Time
	Author         string
	AuthorPath     string // site-relative path of the byline's page; "" when the site has none
	DayPath        string // site-relative path of the page of its day; "" when the site has none
	Summary        string
	Tags           []*Tag
	Image          string // site-relative path or absolute URL; "" for the default
	ReadingMinutes int
	Words          int
	Prev, Next     *Article // older and newer neighbours
	Related        []*Article
	content        func() (template.HTML, error)
}

// Content returns the article's body as HTML. A large build keeps it on
// disk until a page or feed asks for it; templates write {{.Content}}.
func (a *Article) Content() (template.HTML, error) {
	if a.content == nil {
		return "", nil
	}
	return a.content()
}

// SetContent sets the function that Content reads the body with.
func (a *Article) SetContent(f func() (template.HTML, error)) { a.content = f }

// Group is a named list of articles with a page of its own, as templates
// see it: a hashtag, a byline, a year, a month or a day. Every list page
// of the site is about one Group (Page.Group), and every index lists
// Groups (Page.Groups), so that a new kind of list needs no new field.
type Group struct {
	Name     string     // a hashtag's or byline's first spelling; "" for a period
	Slug     string     // the URL segment of a name; "" for a period
	Date     time.Time  // the first day of a year, month or day; zero for a name
	Path     string     // site-relative path of its page, such as "tags/<slug>/"
	FeedPath string     // site-relative path of its RSS feed; "" for none
	Count    int        // its articles
	Articles []*Article `json:"-"` // newest first
	// Groups are its parts, newest first: a year's months, a month's days.
	Groups []*Group
	// Parent is the group it is part of: a month's year, a day's month;
	// nil for none. JSON leaves it out: it leads back to the group.
	Parent *Group `json:"-"`
}

// Tag is a hashtag as templates see it.
type Tag = Group

// Pager is the position of a list page among its siblings.
type Pager struct {
	Number, Total int
	Prev, Next    string // site-relative paths; "" at the ends
	First, Last   string
	Pages         []PageLink
}

// PageLink is one numbered link of a pager.
type PageLink struct {
	Number  int
	Path    string
	Current bool
}

// Feed is a feed link for autodiscovery and subscribe buttons.
type Feed struct {
	Title string
	Type  string // MIME type
	Path  string // site-relative
}

// Page is the data of one page: Kind says which template runs.
type Page struct {
	Site        *Site
	Kind        string // the name of a declared page kind, such as "home" or "article"
	Title       string // without the site name
	Description string
	Path        string // site-relative path of this page
	Article     *Article
	List        []*Article
	Pager       *Pager
	Group       *Group   // what a list page is about: a tag, a byline, a month…
	Groups      []*Group // what an index lists: every tag, byline, month…
	Feeds       []Feed
}
