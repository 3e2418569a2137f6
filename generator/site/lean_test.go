package site

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// TestSummaryAfterTitle: a newsroom text without a headline gets the
// lead's first sentence as its title; its cards and its meta and Open
// Graph descriptions show the rest of the lead, not the headline again.
// An article whose lead does not start with its title keeps the lead.
func TestSummaryAfterTitle(t *testing.T) {
	const (
		// the fixture's seed article, a text without a headline
		first  = "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে"
		second = "রাশিয়ান কর্মকর্তারা আশা করছেন, এই সফর হবে ফলপ্রসূ ও তাৎপর্যপূর্ণ, যা দুই দেশের কৌশলগত সম্পর্ককে আরও গভীর করবে।"
		lead   = "ঢাকা ও দিল্লির কর্মকর্তারা বৈঠকে বসছেন।"
	)
	out := filepath.Join(t.TempDir(), "public")
	src := source(t, writeSite(t, map[string]string{
		"meeting.md": "---\ntitle: দুই দেশের বৈঠক\ndate: 2025-10-03T10:00:00+06:00\ntags: [পুতিন]\n---\n" + lead + "\n",
	}))
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	cards := cardSummaries(parseHTML(t, filepath.Join(out, "archive", "2025", "10", "03", "index.html")))
	if got := cards[first]; got != second {
		t.Errorf("card of %q: summary %q, want %q", first, got, second)
	}
	if got := cards["দুই দেশের বৈঠক"]; got != lead {
		t.Errorf("card of the meeting: summary %q, want the lead %q", got, lead)
	}
	for dir, want := range map[string]string{"রাশিয়ার-ক্রেমলিন-জানিয়েছে-চলতি-বছরের-শেষের-আগে": second, "দুই-দেশের-বৈঠক": lead} {
		page := parseHTML(t, filepath.Join(out, dir, "index.html"))
		for _, m := range findAll(page, "meta") {
			if name := attr(m, "name") + attr(m, "property"); (name == "description" || name == "og:description") && attr(m, "content") != want {
				t.Errorf("%s: %s %q, want %q", dir, name, attr(m, "content"), want)
			}
		}
	}
}

// TestTagFeedItems: a hashtag's feed item is a headline, a link and the
// summary without that headline, with no categories; the site-wide feed
// keeps the hashtags.
func TestTagFeedItems(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, "testdata/basic"), Options{}, out); err != nil {
		t.Fatal(err)
	}
	const (
		title  = "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে"
		second = "রাশিয়ান কর্মকর্তারা আশা করছেন, এই সফর হবে ফলপ্রসূ ও তাৎপর্যপূর্ণ, যা দুই দেশের কৌশলগত সম্পর্ককে আরও গভীর করবে।"
	)
	parse := func(file string) *gofeed.Feed {
		f, err := gofeed.NewParser().ParseString(string(mustRead(t, filepath.Join(out, filepath.FromSlash(file)))))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	found := false
	for _, it := range parse("tags/পুতিন/feed.xml").Items {
		if it.Title == title {
			found = true
			if it.Description != second {
				t.Errorf("tag feed: description %q, want %q", it.Description, second)
			}
		}
		if len(it.Categories) > 0 {
			t.Errorf("tag feed: %q has categories %q", it.Title, it.Categories)
		}
	}
	if !found {
		t.Errorf("tag feed: no item %q", title)
	}
	for _, it := range parse("feed.xml").Items {
		if len(it.Categories) == 0 {
			t.Errorf("feed.xml: %q has no categories", it.Title)
		}
	}
}

// cardSummaries maps the title of each card of a list page to its
// summary: the text of its paragraphs that hold no date.
func cardSummaries(page *html.Node) map[string]string {
	cards := map[string]string{}
	for _, card := range findAll(findClass(page, "cards"), "article") {
		var summary []string
		for _, p := range findAll(card, "p") {
			if len(findAll(p, "time")) == 0 {
				summary = append(summary, text(p))
			}
		}
		cards[text(findAll(card, "h2")[0])] = strings.Join(summary, " ")
	}
	return cards
}

// listedTitles returns the titles a list page lists, in order: its cards'
// or its entries' (a hashtag's, a byline's or a month's list of headlines).
func listedTitles(page *html.Node) []string {
	var titles []string
	walk(page, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if hasClassAttr(n, "card") || n.Data == "li" && n.Parent != nil && hasClassAttr(n.Parent, "archive-list") {
			if links := findAll(n, "a"); len(links) > 0 {
				titles = append(titles, text(links[0]))
			}
		}
	})
	return titles
}

func hasClassAttr(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}
