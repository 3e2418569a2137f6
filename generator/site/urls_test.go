package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/diag"
)

// movedArticle is an article whose title was fixed after it was
// published: its old URLs are listed under aliases:, one as an editor
// copies it from the browser (percent-encoded, with the host).
const movedArticle = `---
title: "ঢাকায় নতুন দূতাবাস খুলল জাপান"
date: 2025-10-08
aliases:
  - /ঢাকায়-দূতাবাস/
  - https://example.github.io/digest/%E0%A6%AA%E0%A7%81%E0%A6%B0%E0%A7%8B%E0%A6%A8%E0%A7%8B/
  - 2025/10/08/embassy.html
---
জাপান ঢাকায় নতুন দূতাবাস ভবন খুলেছে।
`

func TestAliasesWriteRedirectPages(t *testing.T) {
	dir := writeSite(t, map[string]string{"2025-10-08-embassy.md": movedArticle})
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, dir), Options{}, out); err != nil {
		t.Fatal(err)
	}
	const target = "https://example.github.io/digest/%E0%A6%A2%E0%A6%BE%E0%A6%95%E0%A6%BE%E0%A6%AF%E0%A6%BC-%E0%A6%A8%E0%A6%A4%E0%A7%81%E0%A6%A8-%E0%A6%A6%E0%A7%82%E0%A6%A4%E0%A6%BE%E0%A6%AC%E0%A6%BE%E0%A6%B8-%E0%A6%96%E0%A7%81%E0%A6%B2%E0%A6%B2-%E0%A6%9C%E0%A6%BE%E0%A6%AA%E0%A6%BE%E0%A6%A8/"
	for _, name := range []string{"ঢাকায়-দূতাবাস/index.html", "পুরোনো/index.html", "2025/10/08/embassy.html"} {
		t.Run(name, func(t *testing.T) {
			doc := parseHTML(t, filepath.Join(out, filepath.FromSlash(name)))
			var canonical, refresh, robots string
			for _, n := range findAll(doc, "link") {
				if attr(n, "rel") == "canonical" {
					canonical = attr(n, "href")
				}
			}
			for _, n := range findAll(doc, "meta") {
				switch {
				case attr(n, "http-equiv") == "refresh":
					refresh = attr(n, "content")
				case attr(n, "name") == "robots":
					robots = attr(n, "content")
				}
			}
			if canonical != target || refresh != "0; url="+target || robots != "noindex" {
				t.Errorf("canonical %q, refresh %q, robots %q; want %s, an immediate refresh to it, noindex", canonical, refresh, robots, target)
			}
			if s := findAll(doc, "script"); len(s) > 0 {
				t.Errorf("a redirect page has %d scripts, want none", len(s))
			}
			if a := findAll(doc, "a"); len(a) != 1 || attr(a[0], "href") != target {
				t.Errorf("want one plain link to the article for browsers that do not follow the refresh")
			}
		})
	}
	for _, name := range []string{"sitemap.xml", "feed.xml", "atom.xml", "feed.json"} {
		if data := mustRead(t, filepath.Join(out, name)); strings.Contains(string(data), "%E0%A6%AA%E0%A7%81%E0%A6%B0%E0%A7%8B%E0%A6%A8%E0%A7%8B") || strings.Contains(string(data), "embassy.html") {
			t.Errorf("%s lists an alias", name)
		}
	}
	checkLinks(t, out, "/digest/")
}

func TestAliasErrors(t *testing.T) {
	article := func(title, aliases string) string {
		return "---\ntitle: \"" + title + "\"\ndate: 2025-10-08\naliases: " + aliases + "\n---\nলেখা।\n"
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string // "file:line" then the English message
	}{
		{"another article's URL", map[string]string{"a.md": article("ক", "[/ব্রিকস-সম্মেলনে-নতুন-সদস্য/]")},
			[]string{"a.md:4", "is the URL of desk/2025-10-05-brics.md"}},
		{"its own URL", map[string]string{"a.md": article("কলকাতা", "[/কলকাতা/]")},
			[]string{"a.md:4", "this article's own URL"}},
		{"a page of the site", map[string]string{"a.md": article("ক", "[/tags/রাশিয়া/]")},
			[]string{"a.md:4", "reserved for the site's own pages"}},
		{"the subscribe page", map[string]string{"a.md": article("ক", "[subscribe/]")},
			[]string{"a.md:4", "reserved for the site's own pages"}},
		{"two articles", map[string]string{"a.md": article("ক", "[/পুরোনো/]"), "b.md": article("খ", "[/পুরোনো/]")},
			[]string{"b.md:4", "already an alias of a.md"}},
		{"a static file", map[string]string{"a.md": article("ক", "[/favicon-32.png/]")},
			[]string{"a.md:4", "static/favicon-32.png"}},
		{"a static folder", map[string]string{"a.md": article("ক", "[/css/x/]")},
			[]string{"a.md:4", "reserved"}},
		{"climbing out", map[string]string{"a.md": article("ক", "[/../../etc/]")},
			[]string{"a.md:4", "is not an address"}},
		{"the line of the entry", map[string]string{"a.md": "---\ntitle: ক\ndate: 2025-10-08\naliases:\n  - /পুরোনো-ক/\n  - /tags/x/\n---\nলেখা।\n"},
			[]string{"a.md:6", "reserved"}},
		{"not a list", map[string]string{"a.md": article("ক", "{a: b}")},
			[]string{"a.md:4", "aliases must be a list"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, tc.files)
			_, err := build(t, source(t, dir), Options{}, filepath.Join(t.TempDir(), "public"))
			var de *diag.Error
			if !errors.As(err, &de) || de.Bn == "" {
				t.Fatalf("error %v: want a diag.Error with a Bengali message", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestAliasOverStaticFile(t *testing.T) {
	dir := writeSite(t, map[string]string{"a.md": "---\ntitle: ক\ndate: 2025-10-08\naliases: [/about/]\n---\nলেখা।\n"})
	src := source(t, dir)
	static := t.TempDir()
	if err := os.CopyFS(static, os.DirFS(staticDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(static, "about"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(static, "about", "index.html"), []byte("<p>about</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	src.Static = os.DirFS(static)
	_, err := build(t, src, Options{}, filepath.Join(t.TempDir(), "public"))
	if err == nil || !strings.Contains(err.Error(), "a.md:4") || !strings.Contains(err.Error(), "static/about/index.html") {
		t.Errorf("error %v, want one naming a.md:4 and the static file", err)
	}
}

// TestFirstSlugKeepsURL shows that an article keeps the URL of its first
// committed version when its title changes, unless it sets slug:.
func TestFirstSlugKeepsURL(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"2025-10-09-moved.txt": "মস্কোয় বৈঠক শেষে যৌথ বিবৃতি\nদুই দেশের পররাষ্ট্রমন্ত্রী বৈঠক করেছেন।\n",
		"2025-10-09-set.md":    "---\ntitle: নতুন শিরোনাম\nslug: বেছে-নেওয়া\ndate: 2025-10-09\n---\nলেখা।\n",
	})
	src := source(t, dir)
	src.FirstSlugs = map[string]string{
		"2025-10-09-moved.txt": "মস্কোয়-বৈঠক",
		"2025-10-09-set.md":    "পুরোনো-শিরোনাম",
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ page, absent string }{
		{"মস্কোয়-বৈঠক/index.html", "মস্কোয়-বৈঠক-শেষে-যৌথ-বিবৃতি"},
		{"বেছে-নেওয়া/index.html", "পুরোনো-শিরোনাম"},
	} {
		if _, err := os.Stat(filepath.Join(out, tc.page)); err != nil {
			t.Errorf("no page %s: %v", tc.page, err)
		}
		if _, err := os.Stat(filepath.Join(out, tc.absent)); err == nil {
			t.Errorf("page %s/ was written", tc.absent)
		}
	}
}

func TestAliasPath(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"/পুরোনো-শিরোনাম/", "পুরোনো-শিরোনাম/"},
		{"পুরোনো-শিরোনাম", "পুরোনো-শিরোনাম/"},
		{"/digest/পুরোনো-শিরোনাম/", "পুরোনো-শিরোনাম/"},
		{"https://example.github.io/digest/%E0%A6%AA%E0%A7%81%E0%A6%B0%E0%A7%8B%E0%A6%A8%E0%A7%8B/", "পুরোনো/"},
		{"/রাশি\u09dfা/", "রাশিয়া/"}, // য় typed as one code point, as slugs spell it (NFC)
		{"/2025/10/08/embassy.html", "2025/10/08/embassy.html"},
		{"/old_post~2/", "old_post~2/"},
		{"/", ""},
		{"/../etc/", ""},
		{"/%2e%2e/x/", ""},
		{`/a\b/`, ""},
		{"/পুরোনো\u202e/", ""},
		{"/.git/", ""},
		{"/a b/", ""},
	} {
		got, ok := aliasPath(tc.raw, "/digest/")
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("aliasPath(%q) = %q, %v; want %q", tc.raw, got, ok, tc.want)
		}
	}
}
