package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"strings"

	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/linkcheck"
	"github.com/sarakhon/digest/generator/serve"
	"github.com/sarakhon/digest/generator/site"
)

// inSource restates a broken link of an article page as a problem of the
// article's file, at the first line that holds the link as written: that
// file is what an editor fixes. Links of other pages (templates) stay on
// the built page.
func inSource(p *diag.Error, sources map[string]string, content fs.FS) error {
	name, ok := sources[p.Path]
	broken, isLink := errors.AsType[*linkcheck.BrokenLink](p)
	if !ok || !isLink {
		return p
	}
	line := 0
	// The page has the link as Markdown rendered it: percent-encoded
	// when the editor typed Bengali letters.
	written := []string{broken.Link}
	if u, err := url.PathUnescape(broken.Link); err == nil && u != broken.Link {
		written = append(written, u)
	}
	if data, err := fs.ReadFile(content, name); err == nil {
		for _, l := range written {
			if i := bytes.Index(data, []byte(l)); l != "" && i >= 0 {
				line = 1 + bytes.Count(data[:i], []byte("\n"))
				break
			}
		}
	}
	page := "/" + strings.TrimSuffix(p.Path, "index.html")
	return &diag.Error{Path: name, Line: line, Err: p,
		Bn:  fmt.Sprintf("লিংক %q সাইটের কোনো পাতায় যায় না (পাতা %s): ঠিকানাটি ঠিক করুন বা লিংকটি মুছে দিন", written[len(written)-1], page),
		Msg: fmt.Sprintf("%s (on the page %s, line %d)", p.Msg, page, p.Line)}
}

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", stderr)
	var f siteFlags
	f.registerSite(fs)
	f.registerBaseURL(fs)
	strict := fs.Bool("strict", false, "treat warnings (guesses about articles, such as a derived title) as errors: exit 1 when there is any")
	if err := parseFlags(fs.FlagSet, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("check takes no arguments, got %q", fs.Args())}
	}
	src, err := f.load()
	if err != nil {
		return err
	}
	lang := src.Config.MessageLang()
	var w serve.MemWriter
	stats, err := site.Build(src, site.Options{Drafts: true, Future: true}, &w)
	if err == nil {
		stats.Warnings = append(stats.Warnings, f.vanished(src.Config, w.Files())...)
	}
	printWarnings(stderr, stats.Warnings, lang)
	if err != nil {
		return diag.Localize(err, lang)
	}
	var errs []error
	built := linkcheck.Site{Files: w.Files(), Pages: stats.Pages}
	for _, p := range linkcheck.Check(built, src.Config.Base) {
		errs = append(errs, inSource(p, stats.Sources, src.Content))
	}
	if n := len(stats.Warnings); *strict && n > 0 {
		errs = append(errs, fmt.Errorf("--strict: the %d warnings above count as errors; fix the files or run check without --strict", n))
	}
	if len(errs) > 0 {
		return diag.Localize(errors.Join(errs...), lang)
	}
	checked(stats).print(stdout, lang)
	return nil
}
