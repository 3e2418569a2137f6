package site

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/diag"
)

// Weight is what a built site weighs on its host: the bytes and files of
// the output folder, search index included, by kind of file.
type Weight struct {
	Bytes int64
	Files int
	Kinds []KindWeight // heaviest first
}

// KindWeight is the share of one kind of file.
type KindWeight struct {
	Kind  Kind
	Bytes int64
	Files int
}

// Kind is a kind of output file, named in English and in Bengali.
type Kind struct{ En, Bn string }

// The kinds of output file a Weight tells apart.
var (
	KindArticles = Kind{"articles", "খবরের পাতা"}
	KindTagFeeds = Kind{"tag feeds", "হ্যাশট্যাগের ফিড"}
	KindTagPages = Kind{"tag pages", "হ্যাশট্যাগের পাতা"}
	KindHome     = Kind{"home pages", "প্রথম পাতা"}
	KindArchive  = Kind{"archive", "আর্কাইভ"}
	KindFeeds    = Kind{"site feeds and sitemap", "সাইটের ফিড ও সাইটম্যাপ"}
	KindSearch   = Kind{"search index", "খোঁজার সূচি"}
	KindOther    = Kind{"other files", "অন্যান্য ফাইল"}
)

// kindOf says what the output file name (slash-separated, relative to the
// output folder) is; articles holds the article pages (Stats.Sources).
func kindOf(name string, articles map[string]string) Kind {
	ext := path.Ext(name)
	switch {
	case strings.HasPrefix(name, searchIndexDir):
		return KindSearch
	case articles[name] != "":
		return KindArticles
	case strings.HasPrefix(name, "tags/") && (ext == ".xml" || ext == ".json"):
		return KindTagFeeds
	case strings.HasPrefix(name, "tags/"):
		return KindTagPages
	case name == "index.html" || strings.HasPrefix(name, "page/"):
		return KindHome
	case strings.HasPrefix(name, "archive/"):
		return KindArchive
	case !strings.Contains(name, "/") && (ext == ".xml" || ext == ".json"):
		return KindFeeds
	}
	return KindOther
}

// Weigh adds up the files of the output folder dir by kind; articles are
// the article pages, as in Stats.Sources.
func Weigh(dir string, articles map[string]string) (Weight, error) {
	var w Weight
	byKind := map[Kind]*KindWeight{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		k := kindOf(filepath.ToSlash(rel), articles)
		kw := byKind[k]
		if kw == nil {
			kw = &KindWeight{Kind: k}
			byKind[k] = kw
		}
		kw.Bytes += fi.Size()
		kw.Files++
		w.Bytes += fi.Size()
		w.Files++
		return nil
	})
	for _, kw := range byKind {
		w.Kinds = append(w.Kinds, *kw)
	}
	slices.SortFunc(w.Kinds, func(a, b KindWeight) int {
		return cmp.Or(cmp.Compare(b.Bytes, a.Bytes), cmp.Compare(a.Kind.En, b.Kind.En))
	})
	return w, err
}

// Describe is the weight for the build's summary line, in Bengali or in
// English, heaviest kinds first: "297.9 MB in 21055 files (articles
// 159.6 MB, tag pages 91.5 MB, …)".
func (w Weight) Describe(bengali bool) string {
	kinds := make([]string, len(w.Kinds))
	for i, k := range w.Kinds {
		name := k.Kind.En
		if bengali {
			name = k.Kind.Bn
		}
		kinds[i] = fmt.Sprintf("%s %s", name, config.Size(k.Bytes))
	}
	if bengali {
		return bangla.Digits(fmt.Sprintf("%s, %dটি ফাইল (%s)", config.Size(w.Bytes), w.Files, strings.Join(kinds, ", ")))
	}
	return fmt.Sprintf("%s in %d files (%s)", config.Size(w.Bytes), w.Files, strings.Join(kinds, ", "))
}

// Check compares w with the budget of site.yaml (path names it in the
// messages): past 80 % it returns a warning, past 100 % an error; both
// name the heaviest kinds of file, which is where to save.
func (w Weight) Check(budget config.Size, path string) (warning, err error) {
	share := float64(w.Bytes) / float64(budget)
	if share <= 0.8 {
		return nil, nil
	}
	var en, bn []string
	for _, k := range w.Kinds[:min(4, len(w.Kinds))] {
		en = append(en, fmt.Sprintf("%s %s", k.Kind.En, config.Size(k.Bytes)))
		bn = append(bn, fmt.Sprintf("%s %s", k.Kind.Bn, config.Size(k.Bytes)))
	}
	e := &diag.Error{
		Path: path,
		Bn: bangla.Digits(fmt.Sprintf("প্রকাশের ফোল্ডার %s, বাজেটের (budget: %s) %.0f%%। সবচেয়ে ভারী: %s।",
			config.Size(w.Bytes), budget, share*100, strings.Join(bn, ", "))),
		Msg: fmt.Sprintf("the published folder weighs %s, %.0f%% of its budget (budget: %s; GitHub Pages refuses sites over 1 GB); the heaviest: %s",
			config.Size(w.Bytes), share*100, budget, strings.Join(en, ", ")),
	}
	if share > 1 {
		e.Msg += "; the site was not published: lower feed.items, leave feed.tag_full_text off, or raise budget: if the host allows more"
		e.Bn += " সাইট প্রকাশ করা হয়নি।"
		return nil, e
	}
	return e, nil
}
