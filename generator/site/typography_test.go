package site

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// withArticle copies testdata/basic to a temporary folder and adds one
// article file to its content.
func withArticle(t *testing.T, name, text string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/basic")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// htmlPages returns the contents of every .html file under out.
func htmlPages(t *testing.T, out string) map[string]string {
	t.Helper()
	pages := map[string]string{}
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(out, p)
			pages[rel] = string(mustRead(t, p))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// An editor's stray space before a danda must not reach the page, where a
// browser could start a line with the danda.
func TestNoSpaceBeforeDanda(t *testing.T) {
	dir := withArticle(t, "2025-10-07-danda.txt",
		"বৈঠক শেষ হয়েছে । দুই দেশ নতুন চুক্তি করেছে\u00a0।\n"+
			"আলোচনা চলবে\n"+
			"মন্ত্রীরা বলেছেন, সহযোগিতা আরও বাড়বে ॥ এরপর তাঁরা ফিরে যান ।\n"+
			"#দাঁড়ি #ভারত\n")
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, dir), Options{}, out); err != nil {
		t.Fatal(err)
	}
	before := regexp.MustCompile(`(?:\s|\x{00A0}|&nbsp;)(?:</\w+>)*[।॥]|</\w+>\s+[।॥]`)
	lineStart := regexp.MustCompile(`(?m)^\s*(?:<[^>]+>)*[।॥]`)
	found := false
	for name, page := range htmlPages(t, out) {
		if strings.Contains(page, "বৈঠক শেষ হয়েছে") {
			found = true
		}
		if m := before.FindString(page); m != "" {
			t.Errorf("%s: white space before a danda: %q", name, m)
		}
		if m := lineStart.FindString(page); m != "" {
			t.Errorf("%s: a line starts with a danda: %q", name, m)
		}
	}
	if !found {
		t.Fatal("the test article is on no page")
	}
}

// calendar: false hides the Bangla date; digits: latin shows 0-9 wherever
// a reader sees a number.
func TestCalendarAndDigitsSettings(t *testing.T) {
	src := source(t, "testdata/basic")
	off := false
	src.Config.Calendar = &off
	src.Config.Digits = "latin"
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	bengaliDigit := regexp.MustCompile(`[০-৯]`)
	pages := htmlPages(t, out)
	for name, page := range pages {
		if strings.Contains(page, "বঙ্গাব্দ") || strings.Contains(page, "bangla-date") {
			t.Errorf("%s shows a Bangla calendar date with calendar: false", name)
		}
		if m := bengaliDigit.FindString(generatedText(parseHTML(t, filepath.Join(out, name)))); m != "" {
			t.Errorf("%s shows the Bengali digit %s with digits: latin", name, m)
		}
	}
	if home := pages["index.html"]; !strings.Contains(home, ">5 অক্টোবর 2025</time>") {
		t.Error("home page lacks the date 5 অক্টোবর 2025 in Latin digits")
	}
	if p := pages["page/2/index.html"]; !strings.Contains(p, ">2</span>") {
		t.Error("page 2 does not number itself 2")
	}

	// The defaults: Bengali digits and the Bangla date beside the Gregorian.
	out = filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, "testdata/basic"), Options{}, out); err != nil {
		t.Fatal(err)
	}
	home := string(mustRead(t, filepath.Join(out, "index.html")))
	for _, want := range []string{">৫ অক্টোবর ২০২৫</time>", "২০ আশ্বিন ১৪৩২ বঙ্গাব্দ"} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
}

// generatedText returns the visible text of a page without what the editor
// wrote (titles, summaries, article bodies), which may hold any digits.
func generatedText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "head" || n.Data == "h1" || n.Data == "a" && !strings.Contains(attr(n, "href"), "/page/") {
				return
			}
			classes := strings.Fields(attr(n, "class"))
			if slices.Contains(classes, "article-body") || slices.Contains(classes, "summary") {
				return
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}
