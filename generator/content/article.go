// Package content is the typed model of an article and the loader that
// walks the content folder.
//
// # Files
//
// The content folder is walked recursively; editors may keep articles in
// sub-folders (by year, by desk). Files ending in .txt are newsroom text
// (see package convert for the format); files ending in .md are Markdown
// with YAML front matter. Other files are skipped with a note. Hidden files
// and folders (starting with '.') are ignored.
//
// # Front matter
//
// A Markdown article starts with a YAML block between two lines of three
// hyphens:
//
//	---
//	title: "পুতিনের ভারত সফর"
//	date: 2025-10-03T10:00:00+06:00
//	tags: [রাশিয়া, ভারত]
//	author: সারাক্ষণ রিপোর্ট
//	summary: "রাশিয়ার ক্রেমলিন জানিয়েছে…"
//	---
//
// The keys:
//
//	title    the headline (required)
//	kicker   a short topic line shown above the headline (optional)
//	date     publication time, RFC 3339 (2025-10-03T10:00:00+06:00), or a
//	         plain date (2025-10-03) or date and time (2025-10-03 10:00) in
//	         the site's time zone; Bengali digits are fine (২০২৫-১০-০৩)
//	updated  last significant change, same formats (optional)
//	slug     the URL segment; default: the slug of the title the file had
//	         when it was first committed to git (see Source.FirstSlugs in
//	         package site), else of its title
//	aliases  earlier URLs of the article, such as [/old-title/]: each gets a
//	         page that redirects to the article
//	tags     a list of hashtags, with or without '#'; spellings that differ
//	         only in Unicode form (য় typed as one or two code points, ZWJ,
//	         ZWNJ) are one tag; so are spellings with one URL ("ভারত চীন",
//	         "ভারত-চীন"), shown as the oldest article spells it, with a
//	         warning
//	author   the byline; default: author in site.yaml
//	dateline where and whence the news came, "ঢাকা, ৪ অক্টোবর (বাসস) :",
//	         shown before the first paragraph as newspapers do (optional)
//	caption  a photo caption or credit, "ছবি: সংগৃহীত", shown under the
//	         headline (optional)
//	summary  one or two sentences for cards, feeds and the meta
//	         description; default: the first paragraph
//	draft    true keeps the article out of the site unless --drafts; an
//	         article that is not a draft may not hold Placeholder, the
//	         body the new command starts with
//	image    a share image path or URL for Open Graph (optional)
//
// An unknown key is a warning; a value of the wrong type is an error that
// names the file and line. Every message about an article is in Bengali,
// then English (diag.Error), and names what to write: the mistakes editors
// make most in YAML (a colon or # in a value, quotes, tabs, lists) are
// recognized in the raw lines, because YAML's own messages name neither
// the mistake nor, often, its line (see mistakes.go).
//
// # Dates of text files
//
// A text file has no front matter, so its date comes from, in order: a
// YYYY-MM-DD- prefix of its file name, in ASCII or Bengali digits
// (2025-10-03-… or ২০২৫-১০-০৩-…), at the time of the commit that first
// added the file when that commit is on the same day, else at noon in the
// site's zone; the commit that first added it to git, under this name or
// one it had before a git mv (Options.GitDates); its modification time,
// with a warning because that moves when the file is copied.
// `convert --write` stamps the resolved date into the Markdown so it
// never moves again.
package content

import (
	"time"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/diag"
)

// Format is the source format of an article file.
type Format int

// Source formats.
const (
	Markdown Format = iota
	Text
)

// Article is one article, whatever file format it came from.
type Article struct {
	Path      string // slash-separated, relative to the content folder
	Format    Format
	Title     string
	TitleLine int    // line of the title in the file, 0 when derived
	Kicker    string // topic line above the title, "" when none
	Dateline  string // "ঢাকা, ৪ অক্টোবর (বাসস) :", shown before the body; "" when none
	Caption   string // photo caption or credit, "" when none
	Date      time.Time
	Updated   time.Time // zero when not set
	Slug      string    // from front matter; empty means derive from the title
	SlugLine  int
	Tags      []string // display spellings, deduplicated by bangla.TagKey
	TagsLine  int
	Author    string
	Summary   string
	Draft     bool
	Image     string
	Body      string // Markdown
	BodyLine  int    // line of the file where Body starts
	// Sum identifies everything the parse read (see Cache); it is set
	// only by a Load with a Cache, so that a build can key what it makes
	// from the article without hashing the text again.
	Sum [32]byte

	// Aliases are earlier URLs of the article, as written in front
	// matter; the build writes a redirect page at each.
	Aliases []Alias
}

// Alias is one entry of aliases: in front matter.
type Alias struct {
	Path string // as written: a path from the site root, or a whole URL
	Line int
}

// Error is a problem in an article file. Line is 0 when unknown.
type Error = diag.Error

// maxTitleSlugRunes keeps URLs made from long headlines readable: the
// slug is cut at a word boundary instead of getting a hash suffix.
const maxTitleSlugRunes = 50

// TitleSlug makes the default slug of an article from its title.
func TitleSlug(title string) string {
	short, _ := bangla.Truncate(title, maxTitleSlugRunes)
	return bangla.Slug(short)
}

// URLSlug returns the URL segment the article asks for: its slug: when
// set, else the slug of its title.
func (a *Article) URLSlug() string {
	if a.Slug != "" {
		return bangla.Slug(a.Slug)
	}
	return TitleSlug(a.Title)
}
