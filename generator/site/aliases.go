package site

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"strings"
	"unicode"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/render"
)

// alias is an earlier URL of an article: the build writes a page at name
// that sends readers and crawlers on to the article.
type alias struct {
	name string // output file, such as "পুরোনো-শিরোনাম/index.html"
	to   *render.Article
	in   *content.Article // whose aliases: lists it
	line int              // of the alias in that file
}

// rootPages are the files at the top of the output that an alias written
// as a file name (old.html) could take.
var rootPages = map[string]bool{"index.html": true, "404.html": true}

// buildAliases checks the aliases: of every article and keeps them.
// targets[i] is the page of in[i]; byPath maps each article URL to its
// file. An alias may not take the URL of a page the site makes, nor one
// another alias takes: readers would land on the wrong page.
func (m *model) buildAliases(basePath string, in []*content.Article, targets []*render.Article, byPath map[string]*content.Article) error {
	var errs []error
	taken := map[string]*content.Article{}
	for i, c := range in {
		for _, al := range c.Aliases {
			raw := al.Path
			fail := func(bn, msg string) {
				errs = append(errs, &content.Error{Path: c.Path, Line: al.Line, Bn: bn, Msg: msg})
			}
			p, ok := aliasPath(raw, basePath)
			if !ok {
				fail(fmt.Sprintf("aliases: %q কোনো ঠিকানা নয়: সাইটের ভেতরের পুরোনো ঠিকানাটি লিখুন, যেমন /পুরোনো-শিরোনাম/", raw),
					fmt.Sprintf("aliases: %q is not an address: write the earlier address on this site, such as /old-title/", raw))
				continue
			}
			first, _, _ := strings.Cut(p, "/")
			switch other, dup := byPath[p]; {
			case p == targets[i].Path:
				fail(fmt.Sprintf("aliases: /%s এই লেখারই ঠিকানা: তালিকা থেকে মুছে দিন", p),
					fmt.Sprintf("aliases: /%s is this article's own URL: remove it from the list", p))
			case dup:
				fail(fmt.Sprintf("aliases: /%s এখন %s লেখার ঠিকানা: অন্য লেখার ঠিকানা পুরোনো ঠিকানা হতে পারে না, মুছে দিন", p, other.Path),
					fmt.Sprintf("aliases: /%s is the URL of %s: an alias cannot take another article's URL; remove it", p, other.Path))
			case reserved[first] || rootPages[p]:
				fail(fmt.Sprintf("aliases: /%s সাইটের নিজের পাতার ঠিকানা: মুছে দিন", p),
					fmt.Sprintf("aliases: /%s is reserved for the site's own pages: remove it", p))
			case taken[p] != nil:
				fail(fmt.Sprintf("aliases: /%s আগেই %s লেখার পুরোনো ঠিকানা: একটিতেই রাখুন", p, taken[p].Path),
					fmt.Sprintf("aliases: /%s is already an alias of %s: keep it in one article only", p, taken[p].Path))
			default:
				taken[p] = c
				name := p
				if strings.HasSuffix(p, "/") {
					name += "index.html"
				}
				m.aliases = append(m.aliases, alias{name: name, to: targets[i], in: c, line: al.Line})
			}
		}
	}
	return errors.Join(errs...)
}

// staticClashes returns an error for every alias whose page would be a
// file of the static folder too, or inside a file or folder of it.
func (m *model) staticClashes(static fs.FS) error {
	if static == nil {
		return nil
	}
	var errs []error
	folders := reservedSegments(static)
	for _, a := range m.aliases {
		clash := false
		for p := a.name; p != "."; p = path.Dir(p) {
			if fi, err := fs.Stat(static, p); err == nil && !fi.IsDir() {
				errs = append(errs, &content.Error{Path: a.in.Path, Line: a.line,
					Bn:  fmt.Sprintf("aliases: static/%s ফাইলটিও এই ঠিকানায়: পুরোনো ঠিকানাটি মুছে দিন বা ফাইলটি সরান", p),
					Msg: fmt.Sprintf("aliases: the file static/%s has this address too: remove the alias or move the file", p)})
				clash = true
				break
			}
		}
		if first, _, _ := strings.Cut(a.name, "/"); !clash && folders[first] {
			errs = append(errs, &content.Error{Path: a.in.Path, Line: a.line,
				Bn:  fmt.Sprintf("aliases: /%s static/%s ফোল্ডারের ভেতরে, যা সাইটের নিজের ফাইলের জন্য রাখা: মুছে দিন", a.name, first),
				Msg: fmt.Sprintf("aliases: /%s is inside static/%s, reserved for the site's own files: remove it", a.name, first)})
		}
	}
	return errors.Join(errs...)
}

// notURLRune reports whether r cannot be part of an earlier URL of an
// article: slugs hold letters (with their vowel signs), digits and
// hyphens, and other generators' URLs also underscores, dots and tildes.
// Everything else, from a backslash to a bidi control, is refused.
func notURLRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && !strings.ContainsRune("-_.~", r)
}

// aliasPath turns an alias as an editor writes it into a site-relative
// page path: "old/" for a folder, "old.html" for a file. It accepts a
// path from the site root, with or without the base path, or a whole URL
// copied from the browser, percent-encoded or not.
func aliasPath(raw, basePath string) (string, bool) {
	s := strings.TrimSpace(raw)
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil {
			return "", false
		}
		s = u.Path
	} else if u, err := url.PathUnescape(s); err == nil {
		s = u
	}
	s = bangla.NFC(s)
	if rest, ok := strings.CutPrefix(s, basePath); ok && basePath != "/" {
		s = rest
	}
	s = strings.Trim(s, "/")
	if s == "" {
		return "", false
	}
	for _, seg := range strings.Split(s, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") || strings.ContainsFunc(seg, notURLRune) {
			return "", false
		}
	}
	if path.Ext(s) == ".html" {
		return s, true
	}
	return s + "/", true
}

// Vanished returns the pages that an earlier build's sitemap (the output
// folder's sitemap.xml) lists and files, a new build, lacks: article URLs
// that readers may have shared and that would now lead nowhere. The
// site's own list pages are left out: a tag page goes with its last
// article. When sitemap is an index, part reads each of its files
// (sitemap-1.xml …) from the same folder. Paths are site-relative, such
// as "পুরোনো-শিরোনাম/".
func Vanished(sitemap []byte, part func(name string) ([]byte, error), files map[string][]byte) ([]string, error) {
	type locs []struct {
		Loc string `xml:"loc"`
	}
	var doc struct {
		URLs  locs `xml:"url"`
		Parts locs `xml:"sitemap"`
	}
	if err := xml.Unmarshal(sitemap, &doc); err != nil {
		return nil, fmt.Errorf("reading the sitemap of the last build: %w", err)
	}
	for _, p := range doc.Parts {
		data, err := part(path.Base(p.Loc))
		if err == nil {
			err = xml.Unmarshal(data, &doc)
		}
		if err != nil {
			return nil, fmt.Errorf("reading the sitemap of the last build: %s: %w", path.Base(p.Loc), err)
		}
	}
	if len(doc.URLs) == 0 {
		return nil, nil
	}
	home := doc.URLs[0].Loc // the build lists the home page first
	var gone []string
	for _, u := range doc.URLs[1:] {
		rel, ok := strings.CutPrefix(u.Loc, home)
		if !ok {
			continue
		}
		if p, err := url.PathUnescape(rel); err == nil {
			rel = p
		}
		first, _, _ := strings.Cut(rel, "/")
		name := rel
		if strings.HasSuffix(rel, "/") {
			name += "index.html"
		}
		if _, ok := files[name]; !ok && !reserved[first] && rel != "" {
			gone = append(gone, rel)
		}
	}
	return gone, nil
}
