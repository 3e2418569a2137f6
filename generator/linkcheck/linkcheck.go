// Package linkcheck finds broken internal links in a built site held in
// memory: every href and src of every HTML page that points under the
// site's base path must name a built file.
package linkcheck

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Problem is one broken link, in a built file at a line.
type Problem struct {
	File string // path of the built page, relative to the output folder
	Line int
	Link string // the href or src as written
	Msg  string
}

func (p Problem) Error() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

// Check returns the broken internal links of files (output path -> bytes)
// for a site served at base, sorted by file and line.
func Check(files map[string][]byte, base *url.URL) []Problem {
	var out []Problem
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pageURL := base.ResolveReference(&url.URL{Path: base.Path + name})
		for _, l := range Links(data) {
			if msg := resolve(files, base, pageURL, l.URL); msg != "" {
				out = append(out, Problem{File: name, Line: l.Line, Link: l.URL, Msg: msg})
			}
		}
	}
	slices.SortFunc(out, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return out
}

// Link is one href or src value of a page and its line.
type Link struct {
	URL  string
	Line int
}

// Links returns the href and src attribute values of an HTML page.
func Links(page []byte) []Link {
	var out []Link
	z := html.NewTokenizer(bytes.NewReader(page))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			for _, a := range z.Token().Attr {
				if a.Namespace == "" && (a.Key == "href" || a.Key == "src") {
					out = append(out, Link{URL: a.Val, Line: line})
				}
			}
		}
		line += bytes.Count(z.Raw(), []byte("\n"))
	}
}

// resolve returns why ref, found on pageURL, is a broken internal link,
// or "" when it is fine or points elsewhere.
func resolve(files map[string][]byte, base, pageURL *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return fmt.Sprintf("link %q is not a valid URL: %v", ref, err)
	}
	abs := pageURL.ResolveReference(u)
	if abs.Scheme != base.Scheme && abs.Scheme != "http" && abs.Scheme != "https" || abs.Host != base.Host {
		return ""
	}
	rel, ok := strings.CutPrefix(abs.Path, base.Path)
	if !ok {
		return fmt.Sprintf("link %q leaves the site's base path %s", ref, base.Path)
	}
	if _, ok := Lookup(files, rel); !ok {
		return fmt.Sprintf("link %q: no page or file /%s in the build", ref, rel)
	}
	return ""
}

// Lookup finds the built file a path relative to the base path names: a
// file, or the index.html of a folder.
func Lookup(files map[string][]byte, rel string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+rel), "/")
	if rel == "" || strings.HasSuffix(rel, "/") {
		name = path.Join(name, "index.html")
	}
	if _, ok := files[name]; ok {
		return name, true
	}
	return name, false
}
