// Package linkcheck finds broken internal links in a built site held in
// memory: every href and src of every page it reads that points under
// the site's base path must name a built file. Which pages it reads and
// which folders exist besides the files are the caller's to say (the
// generator derives them from its declared outputs, site.Outputs).
package linkcheck

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/sarakhon/digest/generator/diag"
	"golang.org/x/net/html"
)

// BrokenLink is the cause of every error Check returns: the link as
// written, and why it cannot be followed when there is an underlying
// error (url.Parse's for a link that is not a URL).
type BrokenLink struct {
	Link string // the href or src as written
	Err  error
}

func (b *BrokenLink) Error() string {
	if b.Err != nil {
		return fmt.Sprintf("broken link %q: %v", b.Link, b.Err)
	}
	return fmt.Sprintf("broken link %q", b.Link)
}

// Unwrap returns the underlying error.
func (b *BrokenLink) Unwrap() error { return b.Err }

// Site is a built site as Check reads it.
type Site struct {
	Files map[string][]byte // every file of the build, by output path
	Pages []string          // the HTML files of Files whose links Check follows
}

// Check returns the broken internal links of the pages of a site served
// at base, sorted by file and line: each a *diag.Error whose Path is the
// built page, relative to the output folder, and whose cause is a
// *BrokenLink.
func Check(s Site, base *url.URL) []*diag.Error {
	var out []*diag.Error
	for _, name := range s.Pages {
		pageURL := base.ResolveReference(&url.URL{Path: base.Path + name})
		for _, l := range Links(s.Files[name]) {
			if msg, err := s.resolve(base, pageURL, l.URL); msg != "" {
				out = append(out, &diag.Error{Path: name, Line: l.Line, Msg: msg, Err: &BrokenLink{l.URL, err}})
			}
		}
	}
	slices.SortFunc(out, func(a, b *diag.Error) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
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
// with the underlying error when there is one, or "" when it is fine or
// points elsewhere.
func (s Site) resolve(base, pageURL *url.URL, ref string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return fmt.Sprintf("link %q is not a valid URL: %v", ref, err), err
	}
	abs := pageURL.ResolveReference(u)
	if abs.Scheme != base.Scheme && abs.Scheme != "http" && abs.Scheme != "https" || abs.Host != base.Host {
		return "", nil
	}
	rel, ok := strings.CutPrefix(abs.Path, base.Path)
	if !ok {
		return fmt.Sprintf("link %q leaves the site's base path %s", ref, base.Path), nil
	}
	if _, ok := Lookup(s.Files, rel); !ok {
		return fmt.Sprintf("link %q: no page or file /%s in the build", ref, rel), nil
	}
	return "", nil
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
