package site

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// hostileFiles are articles an attacker (or a careless paste) could put in
// content/: markup, quotes, script URLs and event handlers in every field.
var hostileFiles = map[string]string{
	"2025-10-07-script-title.md": `---
title: "<script>alert('title')</script>\"'><img src=x onerror=alert(1)>"
date: 2025-10-07
author: "\"><svg onload=alert(2)>"
summary: "</script><script>alert(3)</script> ' \" javascript:alert(4)"
image: "javascript://x%0aalert(5)"
tags: ["<script>alert(6)</script>", "\" onmouseover=\"alert(7)", "javascript:alert(8)", "../../etc", "/abs", "C:\\x", "%2e%2e", "..", ".", "a/../../b"]
---
<script>alert('body')</script>

<img src=x onerror=alert(9)> <a href="javascript:alert(10)" onclick="x">raw</a>

<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>

[link](javascript:alert(11)) [upper](JAVASCRIPT:alert(12)) [entity](&#106;avascript:alert(13))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![svg](data:image/svg+xml,<svg onload=alert(14)>)
[ref]

[ref]: vbscript:msgbox(15)

<div onmouseover="alert(16)">**bold**</div>

` + "```html\n<script>alert('in code is text')</script>\n```\n",
	"2025-10-08-quotes.md": `---
title: 'quote '' " & < > </title><script>alert(17)</script>'
date: 2025-10-08
slug: "\"><script>alert(18)</script>"
tags: ["'\"<>&"]
---
Text with ]]> and <![CDATA[ and --> and <!-- in it.
`,
	// YAML escapes reach characters the file itself may not hold: C0
	// controls, NUL, U+FFFE, lone surrogates are refused by YAML itself.
	"2025-10-10-controls.md": `---
title: "নিয়ন্ত্রণ\x01\x08\x1b\0\uFFFE\uFFFF\x7f\u0085\u2028 অক্ষর"
author: "লেখক\x0b\x0c"
summary: "সারাংশ\x00\x1f ]]> \u0000"
tags: ["ট্যাগ\x01", "\x02\x03"]
date: 2025-10-10
---
লেখা \\x01 এখানে।
`,
	"2025-10-09-text.txt": "<script>alert(19)</script> শিরোনাম\n" +
		"প্রথম অনুচ্ছেদ <img src=x onerror=alert(20)> এবং javascript:alert(21) লেখা।\n" +
		"\"><svg onload=alert(22)>\n" +
		"দ্বিতীয় অনুচ্ছেদ [x](javascript:alert(23)) এখানে।\n" +
		"#স্ক্রিপ্ট #ভারত\n" +
		"<b onclick=x>রিপোর্ট</b>\n",
}

// writeSite copies testdata/basic to a new folder, adds files to its
// content folder and returns the folder.
func writeSite(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/basic")); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		p := filepath.Join(dir, "content", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHostileContent(t *testing.T) {
	dir := writeSite(t, hostileFiles)
	out := filepath.Join(dir, "public")
	stats, err := build(t, source(t, dir), Options{}, out)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 3+len(hostileFiles) {
		t.Errorf("articles = %d, want %d", stats.Articles, 3+len(hostileFiles))
	}
	var pages, feeds int
	checkInside(t, out)
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".html":
			pages++
			checkPageSafe(t, p)
		case ".xml":
			if strings.HasSuffix(filepath.Base(p), "sitemap.xml") { // sitemap.xml, news-sitemap.xml
				if err := strictXML(mustRead(t, p)); err != nil {
					t.Errorf("%s is not well-formed XML: %v", p, err)
				}
				return nil
			}
			feeds++
			checkFeed(t, p)
		case ".json":
			feeds++
			checkFeed(t, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 10 || feeds < 3 {
		t.Errorf("only %d pages and %d feeds checked", pages, feeds)
	}
	// The hostile title is shown as text, not dropped.
	found := false
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && filepath.Base(p) == "index.html" {
			for _, h := range findAll(parseHTML(t, p), "h1") {
				if strings.Contains(text(h), "<script>alert('title')</script>") {
					found = true
				}
			}
		}
		return nil
	})
	if !found {
		t.Error("no page shows the hostile title as text")
	}
}

// checkPageSafe fails when a page has a script the templates did not
// write, an event handler, or a javascript:, vbscript: or data: link.
func checkPageSafe(t *testing.T, p string) {
	t.Helper()
	doc := parseHTML(t, p)
	rel := p
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "script":
			typ := attr(n, "type")
			if typ != "application/ld+json" && !(attr(n, "src") != "" && strings.HasPrefix(attr(n, "src"), "/digest/")) {
				t.Errorf("%s: script element %s not written by the templates", rel, renderNode(n))
			}
			if typ == "application/ld+json" {
				var v any
				if err := json.Unmarshal([]byte(text(n)), &v); err != nil {
					t.Errorf("%s: JSON-LD does not parse: %v", rel, err)
				}
			}
		case "iframe", "object", "embed", "style", "base", "form", "svg", "math":
			t.Errorf("%s: element %s came from content", rel, renderNode(n))
		case "img":
			if attr(n, "src") == "x" {
				t.Errorf("%s: raw <img> from content: %s", rel, renderNode(n))
			}
		}
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			if strings.HasPrefix(k, "on") {
				t.Errorf("%s: event handler %s=%q", rel, a.Key, a.Val)
			}
			urlAttr := k == "href" || k == "src" || k == "action" || k == "formaction" || k == "poster" || k == "srcset" ||
				(n.Data == "meta" && k == "content" && strings.HasSuffix(attr(n, "property")+attr(n, "name"), "image"))
			if urlAttr && scriptURL(a.Val) {
				t.Errorf("%s: %s %s=%q", rel, n.Data, a.Key, a.Val)
			}
		}
	})
}

// scriptURL reports whether a browser would treat v as a javascript:,
// vbscript: or data: URL (ignoring case, spaces and control characters,
// as browsers do).
func scriptURL(v string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(v) {
		if r > ' ' && r != 0x7f {
			b.WriteRune(r)
		}
	}
	s := b.String()
	return strings.HasPrefix(s, "javascript:") || strings.HasPrefix(s, "vbscript:") || strings.HasPrefix(s, "data:")
}

func renderNode(n *html.Node) string {
	var b bytes.Buffer
	html.Render(&b, n)
	if b.Len() > 200 {
		return b.String()[:200] + "…"
	}
	return b.String()
}

// checkFeed parses a feed strictly (encoding/xml for XML feeds) and with
// gofeed, and checks that content HTML in it is safe too.
func checkFeed(t *testing.T, p string) {
	t.Helper()
	data := mustRead(t, p)
	if strings.HasSuffix(p, ".xml") {
		if err := strictXML(data); err != nil {
			t.Errorf("%s is not well-formed XML: %v", p, err)
		}
	} else if !json.Valid(data) {
		t.Errorf("%s is not valid JSON", p)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: gofeed: %v", p, err)
		return
	}
	for _, it := range feed.Items {
		htmls := []string{it.Content}
		if !strings.HasSuffix(p, ".json") { // JSON Feed's summary is plain text
			htmls = append(htmls, it.Description)
		}
		for _, h := range htmls {
			doc, err := html.Parse(strings.NewReader(h))
			if err != nil {
				t.Errorf("%s: item %q: %v", p, it.Title, err)
				continue
			}
			walk(doc, func(n *html.Node) {
				if n.Type != html.ElementNode {
					return
				}
				if n.Data == "script" || n.Data == "iframe" || n.Data == "style" {
					t.Errorf("%s: item %q has a %s element", p, it.Title, n.Data)
				}
				for _, a := range n.Attr {
					if strings.HasPrefix(strings.ToLower(a.Key), "on") || (a.Key == "href" || a.Key == "src") && scriptURL(a.Val) {
						t.Errorf("%s: item %q: %s=%q", p, it.Title, a.Key, a.Val)
					}
				}
			})
		}
		if scriptURL(it.Link) {
			t.Errorf("%s: item link %q", p, it.Link)
		}
	}
}

// checkInside lists every file under out and fails for any that is not a
// regular file or folder inside it (a symlink, or a path that climbs out).
func checkInside(t *testing.T, out string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(out, p)
		if err != nil || (rel != "." && !filepath.IsLocal(rel)) {
			t.Errorf("%s is outside %s", p, out)
		}
		if d.Type()&fs.ModeSymlink != 0 {
			t.Errorf("%s is a symbolic link", p)
		}
		if !d.IsDir() {
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
