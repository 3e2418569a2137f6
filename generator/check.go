package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/sarakhon/digest/generator/linkcheck"
	"github.com/sarakhon/digest/generator/serve"
	"github.com/sarakhon/digest/generator/site"
)

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", stderr)
	var f siteFlags
	f.registerSite(fs)
	f.registerBaseURL(fs)
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
	var w serve.MemWriter
	stats, err := site.Build(src, site.Options{Drafts: true, Future: true}, &w)
	for _, w := range stats.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	if err != nil {
		return err
	}
	var errs []error
	for _, p := range linkcheck.Check(w.Files(), src.Config.Base) {
		errs = append(errs, p)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	fmt.Fprintf(stdout, "ok: %d articles (drafts and future ones included), %d files, every internal link resolves\n",
		stats.Articles, stats.Files)
	return nil
}
