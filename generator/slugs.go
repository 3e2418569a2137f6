package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/convert"
	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/gitdate"
	"github.com/sarakhon/digest/generator/site"
)

// firstSlugs returns, for each file under dir that changed since git
// first added it, the slug its first committed version asked for (see
// site.Source.FirstSlugs). blobs is gitdate.Read(dir).Blobs. Only the
// changed files' first versions are read, so a build of ten thousand
// articles of which a few were edited reads a few.
func firstSlugs(dir string, blobs map[string]string) map[string]string {
	slugs := map[string]string{}
	for p, src := range gitdate.ChangedSinceFirst(dir, blobs) {
		if s, ok := content.SlugOf(p, src); ok {
			slugs[p] = s
		}
	}
	return slugs
}

// pinSlug sets the slug that convert writes into the Markdown of the text
// file name (relative to its folder): the one its URL has now, so that
// converting and then fixing the title moves no URL. slugs is firstSlugs
// of the file's folder.
func pinSlug(doc *convert.Article, name string, slugs map[string]string) {
	if s, ok := slugs[name]; ok {
		doc.Slug = s
		return
	}
	doc.Slug = content.TitleSlug(doc.Title)
}

// slugCache keeps the answers of firstSlugs between the preview's loads,
// with the size and modification time of each file they were made from.
// Asking git which files changed stats and reads its index for every
// file, a tenth of a second for ten thousand articles on a busy machine,
// half a warm rebuild; here a rebuild after a save stats the files and
// reads only those whose stamp moved. It is not safe for concurrent use.
type slugCache struct {
	blobs map[string]string // the history the answers are for
	files map[string]slugStamp
}

type slugStamp struct {
	size int64
	mod  time.Time
	slug string // the first version's, when the file differs from it
}

// forget makes the next firstSlugs read the files at paths (relative to
// the content folder) again, even if their size and time are as before:
// the preview's watcher saw them change (touch -r after an edit).
func (c *slugCache) forget(paths []string) {
	for _, p := range paths {
		delete(c.files, p)
	}
}

// firstSlugs returns firstSlugs(dir, blobs) as it is now.
func (c *slugCache) firstSlugs(dir string, blobs map[string]string) map[string]string {
	if c.files == nil || reflect.ValueOf(blobs).UnsafePointer() != reflect.ValueOf(c.blobs).UnsafePointer() {
		slugs := firstSlugs(dir, blobs)
		c.blobs, c.files = blobs, make(map[string]slugStamp, len(blobs))
		for p := range blobs {
			if fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err == nil {
				c.files[p] = slugStamp{fi.Size(), fi.ModTime(), slugs[p]}
			}
		}
		return slugs
	}
	slugs := map[string]string{}
	var ids, moved []string
	for p, id := range blobs {
		full := filepath.Join(dir, filepath.FromSlash(p))
		fi, err := os.Stat(full)
		if err != nil {
			delete(c.files, p)
			continue
		}
		if old, ok := c.files[p]; ok && old.size == fi.Size() && old.mod.Equal(fi.ModTime()) {
			if old.slug != "" {
				slugs[p] = old.slug
			}
			continue
		}
		c.files[p] = slugStamp{fi.Size(), fi.ModTime(), ""}
		if data, err := os.ReadFile(full); err == nil && gitdate.BlobID(data, id) != id {
			ids, moved = append(ids, id), append(moved, p)
		}
	}
	firsts, err := gitdate.ReadBlobs(dir, ids)
	if err != nil {
		c.files = nil // ask git about every file next time
		return firstSlugs(dir, blobs)
	}
	for i, p := range moved {
		if s, ok := content.SlugOf(p, firsts[i]); ok {
			slugs[p] = s
			st := c.files[p]
			st.slug = s
			c.files[p] = st
		}
	}
	return slugs
}

// vanished warns about each article URL of the last build in the output
// folder that the build files would no longer have: a link someone shared
// would break. The output folder is the one build writes (site.yaml's
// output:), as the editor last built it; without one there is nothing
// to compare.
func (f *siteFlags) vanished(cfg *config.Config, files map[string][]byte) []error {
	out := cfg.Output
	if !filepath.IsAbs(out) {
		out = filepath.Join(f.dir, out)
	}
	sitemap, err := os.ReadFile(filepath.Join(out, "sitemap.xml"))
	if err != nil {
		return nil
	}
	gone, err := site.Vanished(sitemap, func(name string) ([]byte, error) {
		return os.ReadFile(filepath.Join(out, name))
	}, files)
	if err != nil {
		return []error{err}
	}
	var warns []error
	for _, p := range gone {
		warns = append(warns, &diag.Error{
			Path: filepath.Join(out, filepath.FromSlash(p)),
			Bn: fmt.Sprintf("আগের বিল্ডের ঠিকানা /%s এবার থাকবে না, তাই কারও শেয়ার করা লিংক ভেঙে যাবে: লেখাটির ঠিকানা বদলে থাকলে তার front matter-এ aliases: [/%s] যোগ করুন, "+
				"তাহলে পুরোনো লিংক নতুন ঠিকানায় নিয়ে যাবে (অথবা slug: দিয়ে আগের ঠিকানাটি ফিরিয়ে আনুন; .txt ফাইলে front matter নেই, আগে convert --write দিয়ে .md করুন); "+
				"লেখাটি ইচ্ছে করে মুছে থাকলে কিছু করতে হবে না", p, p),
			Msg: fmt.Sprintf("the URL /%s of the last build would disappear and shared links to it would break: if the article moved, add aliases: [/%s] to its front matter "+
				"so that the old link leads to the new address (or set slug: back; a .txt file has no front matter: turn it into .md with convert --write first); "+
				"if you deleted the article on purpose, nothing needs to be done", p, p),
		})
	}
	return warns
}
