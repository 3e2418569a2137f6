// Package render executes the site's html/template files. It owns the data
// that templates see (Page and the types it points to) and the template
// functions for Bengali dates and digits and for links under the base path.
package render

import (
	"html/template"
	"time"
)

// Site is what every page knows about the site.
type Site struct {
	Title       string
	Description string
	BaseURL     string // absolute, ends in '/'
	BasePath    string // path of BaseURL, starts and ends in '/'
	Language    string
	Author      string
	Copyright   string
	Calendar    bool // show Bangla calendar dates
	LatinDigits bool
	Search      bool
	Year        int // of the build, for the footer
	Preview     bool
}

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

// Tag is a hashtag as templates see it.
type Tag struct {
	Name     string // the editor's first spelling
	Slug     string
	Path     string // "tags/<slug>/"
	Count    int
	Articles []*Article `json:"-"`
}

// FeedPath is the site-relative path of the tag's RSS feed.
func (t *Tag) FeedPath() string { return t.Path + "feed.xml" }

// Author is a byline as templates see it: like a tag, a named list of
// articles, newest first, with its page ("authors/<slug>/") and RSS feed.
type Author = Tag

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

// Month is one month of the archive, or one day of it.
type Month struct {
	Date     time.Time // first day of the month, or the day
	Path     string
	Articles []*Article
	Days     []*Month // of a month, newest first, when the site has day pages
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
	Tag         *Tag
	Tags        []*Tag // the tag index and subscribe pages: every tag
	Author      *Author
	Authors     []*Author // the author index: every byline
	Months      []*Month
	Feeds       []Feed
}
