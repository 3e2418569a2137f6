package main

import (
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/linkcheck"
)

// crawlSite copies the sample site with the test fixtures added, sets
// extra site.yaml lines, and builds it with the generator's build command
// into a folder that it returns.
func crawlSite(t *testing.T, baseURL, extraConfig string) string {
	t.Helper()
	dir := copySite(t)
	fixtures := filepath.Join(dir, "content", "fixtures")
	if err := os.CopyFS(fixtures, os.DirFS("site/testdata/basic/content/desk")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"2025-10-06-draft.md", "2099-01-01-future.md"} {
		data, err := os.ReadFile(filepath.Join("site/testdata/basic/content", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(fixtures, name), string(data))
	}
	writeFile(t, filepath.Join(fixtures, "2025-10-07-links.md"), linksFixture)
	cfg, err := os.ReadFile(filepath.Join(dir, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg = regexp.MustCompile(`(?m)^paginate:.*$`).ReplaceAll(cfg, []byte("paginate: 2\npaginate_lists: 2"))
	writeFile(t, filepath.Join(dir, "site.yaml"), string(cfg)+extraConfig)
	out := filepath.Join(t.TempDir(), "public")
	var stderr strings.Builder
	if code := run([]string{"build", "--site", dir, "--out", out, "--base-url", baseURL, "--drafts", "--future"}, io.Discard, &stderr); code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr.String())
	}
	return out
}

// linksFixture links the way editors do: to the archive, a tag and the
// home page, relative and from the site root as written in Markdown.
const linksFixture = `---
title: "লিংক পরীক্ষা: ঢাকা ও দিল্লি"
date: 2025-10-07
tags: [ঢাকা, দিল্লি, "যুক্তরাষ্ট্র ও চীন"]
---
আর্কাইভ দেখুন: [আর্কাইভ](../archive/), [সব হ্যাশট্যাগ](../tags/) এবং [প্রথম পাতা](../).
`

// crawl serves out under prefix on 127.0.0.1 and follows every link from
// the home page and the sitemap: pages, feeds, the sitemap and robots.txt.
// Links to the production host count as links to the test server.
func crawl(t *testing.T, out, baseURL string) (visited int) {
	t.Helper()
	base, err := url.Parse(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(base.Path, http.StripPrefix(strings.TrimSuffix(base.Path, "/"), http.FileServer(http.Dir(out))))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	local, _ := url.Parse(ts.URL)

	seen := map[string]bool{}
	type link struct{ from, to string }
	// The alias of the fixture brics.md: no page links a redirect page.
	queue := []link{{"(start)", ts.URL + base.Path}, {"(start)", ts.URL + base.Path + "sitemap.xml"}, {"(start)", ts.URL + base.Path + "brics-2025/"}}
	for len(queue) > 0 {
		l := queue[0]
		queue = queue[1:]
		u, err := url.Parse(l.to)
		if err != nil {
			t.Errorf("%s: bad link %q: %v", l.from, l.to, err)
			continue
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			if u.Scheme == "javascript" || u.Scheme == "data" {
				t.Errorf("%s: %s link %q", l.from, u.Scheme, l.to)
			}
			continue
		}
		if u.Host == base.Host {
			u.Scheme, u.Host = local.Scheme, local.Host
		}
		if u.Host != local.Host {
			continue // another site
		}
		u.Fragment, u.RawFragment = "", ""
		if !strings.HasPrefix(u.Path, base.Path) {
			t.Errorf("%s: link %q escapes the base path %s", l.from, l.to, base.Path)
			continue
		}
		key := u.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		resp, err := http.Get(key)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: broken link %q: %s", l.from, l.to, resp.Status)
			continue
		}
		for _, ref := range links(u.Path, resp.Header.Get("Content-Type"), body) {
			r, err := url.Parse(ref)
			if err != nil {
				t.Errorf("%s: bad link %q: %v", key, ref, err)
				continue
			}
			queue = append(queue, link{u.Path, u.ResolveReference(r).String()})
		}
	}
	return len(seen)
}

// feedText matches the article text inside a feed: its links are the
// article's, relative to the article page, not to the feed.
var feedText = regexp.MustCompile(`(?s)<!\[CDATA\[.*?\]\]>|<content[^>]*>.*?</content>|<summary[^>]*>.*?</summary>|<description>.*?</description>`)

var xmlLinks = regexp.MustCompile(`<loc>([^<]+)</loc>|<link>([^<]+)</link>|\shref="([^"]+)"|<guid isPermaLink="true">([^<]+)</guid>`)

var opmlLinks = regexp.MustCompile(`\s(?:xmlUrl|htmlUrl)="([^"]+)"`)

// links returns the links of a page, feed, sitemap, OPML list or robots.txt.
func links(p, ctype string, body []byte) []string {
	var out []string
	switch {
	case strings.HasPrefix(ctype, "text/html"):
		for _, l := range linkcheck.Links(body) {
			out = append(out, l.URL)
		}
	case strings.HasSuffix(p, ".xml"):
		for _, m := range xmlLinks.FindAllSubmatch(feedText.ReplaceAll(body, nil), -1) {
			for _, g := range m[1:] {
				if len(g) > 0 {
					out = append(out, html.UnescapeString(string(g)))
				}
			}
		}
	case strings.HasSuffix(p, ".opml"):
		for _, m := range opmlLinks.FindAllSubmatch(body, -1) {
			out = append(out, html.UnescapeString(string(m[1])))
		}
	case strings.HasSuffix(p, ".json"):
		var v any
		if json.Unmarshal(body, &v) == nil {
			out = jsonLinks(v, out)
		}
	case strings.HasSuffix(p, "robots.txt"):
		for _, line := range strings.Split(string(body), "\n") {
			if s, ok := strings.CutPrefix(line, "Sitemap: "); ok {
				out = append(out, strings.TrimSpace(s))
			}
		}
	}
	return out
}

// jsonLinks collects the URL members of a JSON Feed.
func jsonLinks(v any, out []string) []string {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && (strings.HasSuffix(k, "url") || k == "image" || k == "icon" || k == "favicon") {
				out = append(out, s)
				continue
			}
			out = jsonLinks(x, out)
		}
	case []any:
		for _, x := range v {
			out = jsonLinks(x, out)
		}
	}
	return out
}

func TestCrawlSubPath(t *testing.T) {
	const base = "https://user.github.io/REPO/"
	out := crawlSite(t, base, "")
	n := crawl(t, out, base)
	if n < 30 {
		t.Errorf("crawled only %d URLs", n)
	}
	t.Logf("crawled %d URLs under /REPO/", n)
}

func TestCrawlCustomDomain(t *testing.T) {
	const base = "https://news.example.org/"
	out := crawlSite(t, base, "cname: news.example.org\n")
	data, err := os.ReadFile(filepath.Join(out, "CNAME"))
	if err != nil || string(data) != "news.example.org\n" {
		t.Errorf("CNAME = %q, %v; want news.example.org", data, err)
	}
	n := crawl(t, out, base)
	if n < 30 {
		t.Errorf("crawled only %d URLs", n)
	}
	t.Logf("crawled %d URLs at the root", n)
}
