package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sarakhon/digest/generator/bijoy"
	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/convert"
	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/gitdate"
)

func cmdConvert(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("convert", stderr)
	write := fs.Bool("write", false, "write FILE.md beside each FILE.txt, verify it, then remove the .txt; replace a FILE.md typed in Bijoy with its Unicode")
	keep := fs.Bool("keep", false, "with --write: keep the .txt files")
	siteDir := fs.String("site", ".", "folder holding site.yaml (for the time zone)")
	if err := parseFlags(fs.FlagSet, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"convert needs at least one FILE.txt"}
	}
	cfg, err := siteConfig(*siteDir)
	if err != nil {
		return err
	}
	var errs []error
	dates := map[string]map[string]time.Time{} // one git call per folder
	slugs := map[string]map[string]string{}
	for _, p := range fs.Args() {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		dir := filepath.Dir(abs)
		if dates[dir] == nil {
			hist := gitdate.Read(dir)
			dates[dir], slugs[dir] = hist.Dates, firstSlugs(dir, hist.Blobs)
		}
		if err := convertFile(p, cfg, dates[dir], slugs[dir], *write, *keep, stdout, stderr); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// siteConfig reads site.yaml when there is one; convert also works on
// loose files with the default settings.
func siteConfig(dir string) (*config.Config, error) {
	path := filepath.Join(dir, "site.yaml")
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		data, path = nil, "site.yaml"
	} else if err != nil {
		return nil, err
	}
	return config.Parse(path, data)
}

// convertFile converts one text file; gitDates holds the first-commit
// dates of the files in its folder, slugs their first versions' slugs.
func convertFile(p string, cfg *config.Config, gitDates map[string]time.Time, slugs map[string]string, write, keep bool, stdout, stderr io.Writer) error {
	if filepath.Ext(p) == ".md" {
		return convertBijoyMarkdown(p, cfg, write, stdout, stderr)
	}
	if filepath.Ext(p) != ".txt" {
		return fmt.Errorf("%s: not a .txt file: convert reads newsroom text files (and Markdown files typed in Bijoy)", p)
	}
	src, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	info, err := os.Stat(p)
	if err != nil {
		return err
	}
	doc, err := convert.Parse(p, src)
	if err != nil {
		return err
	}
	for _, w := range doc.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	date, warn := content.FileDate(filepath.Base(p), info.ModTime(),
		content.Options{Location: cfg.Location, GitDates: gitDates})
	if warn != nil {
		fmt.Fprintln(stderr, "warning:", strings.Replace(warn.Error(), filepath.Base(p), p, 1))
	}
	pinSlug(doc, filepath.Base(p), slugs)
	md := doc.Markdown(date)
	if !write {
		_, err := stdout.Write(md)
		return err
	}
	target := strings.TrimSuffix(p, ".txt") + ".md"
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s: already exists; convert never overwrites: move it away or edit it instead", target)
	}
	if err != nil {
		return err
	}
	_, werr := f.Write(md)
	if err := errors.Join(werr, f.Sync(), f.Close()); err != nil {
		os.Remove(target)
		return fmt.Errorf("%s: %w", target, err)
	}
	if err := verify(target, doc, cfg); err != nil {
		return fmt.Errorf("%s: written but does not read back the same (%v); the .txt is kept", target, err)
	}
	if !keep {
		removed, err := removeIfUnchanged(p, src)
		if err != nil {
			return err
		}
		if !removed {
			return &diag.Error{Path: p,
				Bn:  fmt.Sprintf("রূপান্তরের সময় ফাইলটি বদলেছে: %s-এ আগের লেখা আছে, আর .txt ফাইলটি (রাখা হয়েছে) নতুন বদলসহ; %s মুছে আবার রূপান্তর করুন", target, target),
				Msg: fmt.Sprintf("changed while it was converted: %s has the text as it was, and the .txt, kept, has the change; delete %s and convert again", target, target)}
		}
	}
	fmt.Fprintln(stdout, target)
	return nil
}

// removeIfUnchanged removes the file p if it still holds src, and reports
// whether p is gone. An editor may save p while it is converted: the file
// is first renamed aside (a hidden name the build skips), so that a save
// after that makes a new p instead of changing the bytes compared, and it
// is compared there; a changed file goes back to p, unless a newer save
// has made p again.
func removeIfUnchanged(p string, src []byte) (bool, error) {
	aside := filepath.Join(filepath.Dir(p), ".converting-"+filepath.Base(p))
	if err := os.Rename(p, aside); err != nil {
		return false, err
	}
	now, err := os.ReadFile(aside)
	if err == nil && bytes.Equal(now, src) {
		if err := os.Remove(aside); err != nil {
			return false, err
		}
		_, err := os.Lstat(p) // saved again after the rename
		return err != nil, nil
	}
	// os.Link, unlike os.Rename, never replaces a p saved meanwhile.
	if lerr := os.Link(aside, p); lerr != nil && !errors.Is(lerr, os.ErrExist) {
		return false, fmt.Errorf("%s: changed while it was converted, and could not be put back from %s: %w", p, aside, lerr)
	}
	return false, errors.Join(err, os.Remove(aside))
}

// verify re-reads a written Markdown file and compares it with the text
// article it came from.
func verify(path string, doc *convert.Article, cfg *config.Config) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	a, _, err := content.Parse(path, data, cfg.Location)
	if err != nil {
		return err
	}
	want := content.FromText(path, doc, a.Date)
	for _, f := range []struct{ key, got, want string }{
		{"title", a.Title, want.Title},
		{"kicker", a.Kicker, want.Kicker},
		{"author", a.Author, want.Author},
		{"dateline", a.Dateline, want.Dateline},
		{"caption", a.Caption, want.Caption},
		{"summary", a.Summary, want.Summary},
	} {
		if f.got != f.want {
			return fmt.Errorf("%s %q, want %q", f.key, f.got, f.want)
		}
	}
	switch {
	case !slices.Equal(a.Tags, doc.Tags):
		return fmt.Errorf("tags %q, want %q", a.Tags, doc.Tags)
	case strings.TrimSpace(a.Body) != strings.TrimSpace(doc.Body()):
		return errors.New("the body differs")
	}
	return nil
}

// convertBijoyMarkdown converts a Markdown article typed in Bijoy
// (SutonnyMJ) to Unicode: it prints the Unicode, or with write replaces
// the file, after the Unicode written beside it has read back as an
// article. Markdown in Unicode has nothing to convert.
func convertBijoyMarkdown(p string, cfg *config.Config, write bool, stdout, stderr io.Writer) error {
	src, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if len(bijoy.Fix(string(src)).Converted) == 0 {
		return fmt.Errorf("%s: not in Bijoy: convert turns .txt files into Markdown, and Markdown only from Bijoy to Unicode; edit this file as it is", p)
	}
	a, warns, err := content.Parse(p, src, cfg.Location)
	if err != nil {
		return err
	}
	for _, w := range warns {
		fmt.Fprintln(stderr, "warning:", w)
	}
	text, _, err := convert.Decode(src)
	if err != nil {
		return err
	}
	if !write {
		_, err := io.WriteString(stdout, text)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".convert-*.md")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.WriteString(text)
	if err := errors.Join(werr, tmp.Sync(), tmp.Close()); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	back, err := os.ReadFile(tmp.Name())
	if err != nil {
		return err
	}
	b, _, err := content.Parse(p, back, cfg.Location)
	if err != nil || b.Title != a.Title || !slices.Equal(b.Tags, a.Tags) || b.Body != a.Body {
		return fmt.Errorf("%s: the Unicode does not read back as the same article (%v); the file is kept as it was", p, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return err
	}
	fmt.Fprintln(stdout, p)
	return nil
}
