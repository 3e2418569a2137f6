package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/convert"
)

// Options tell Load how to read the content folder.
type Options struct {
	// Location is the site's time zone, for dates written without one.
	Location *time.Location
	// GitDates maps a file's path (relative to the content folder) to the
	// time of the commit that first added it. May be nil.
	GitDates map[string]time.Time
	// MaxFileSize rejects larger files (0: no limit).
	MaxFileSize int64
	// Process, when set, is called with each article as soon as it is
	// parsed, on the loading goroutines, so that a build can render the
	// body and let the Markdown go before the next file is read: a large
	// site is then never in memory whole. An error fails that file.
	Process func(*Article) error
	// Cache, when not nil, reuses the articles of files parsed by an
	// earlier Load with the same cache.
	Cache *Cache
}

// Result is what Load found: articles in path order, warnings, and notes
// about skipped files.
type Result struct {
	Articles []*Article
	Warnings []error
}

// datePrefix is the date at the start of a file name, in ASCII or
// Bengali digits: 2025-10-03-… or ২০২৫-১০-০৩-….
var datePrefix = regexp.MustCompile(`^([0-9০-৯]{4}-[0-9০-৯]{2}-[0-9০-৯]{2})[-_ ]`)

// Load walks fsys (the content folder) and parses every .txt and .md file,
// on all cores. It returns every problem found, joined, not just the first.
// Symbolic links are not followed: fsys should be rooted (os.Root.FS) so
// that nothing outside the site can be read.
func Load(fsys fs.FS, opts Options) (*Result, error) {
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	var paths []string
	var nameErrs []error
	res := &Result{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if err := CheckName(p); err != nil {
			nameErrs = append(nameErrs, err)
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != "." && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			res.Warnings = append(res.Warnings, &Error{Path: p,
				Bn:  "সিম্বলিক লিংক বাদ দেওয়া হলো: ফাইলটি নিজেই content ফোল্ডারে কপি করুন",
				Msg: "symbolic link skipped: copy the file into the content folder instead"})
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			// Reading a named pipe waits for a writer, forever.
			res.Warnings = append(res.Warnings, &Error{Path: p,
				Bn:  "সাধারণ ফাইল নয় (নেমড পাইপ, সকেট বা ডিভাইস), বাদ দেওয়া হলো: লেখাটি একটি সাধারণ টেক্সট ফাইলে রাখুন",
				Msg: "not a regular file (a named pipe, socket or device), skipped: save the article as an ordinary text file"})
			return nil
		}
		switch path.Ext(name) {
		case ".txt", ".md":
			paths = append(paths, p)
		default:
			res.Warnings = append(res.Warnings, &Error{Path: p,
				Bn:  "লেখা নয়, বাদ দেওয়া হলো: শুধু .txt আর .md ফাইল লেখা হিসেবে পড়া হয়",
				Msg: "not an article (only .txt and .md files are), skipped"})
		}
		return nil
	})
	if err != nil {
		return nil, &Error{Path: "content", Err: err,
			Bn:  "content ফোল্ডার পড়া গেল না: " + err.Error(),
			Msg: "reading the content folder: " + err.Error()}
	}
	if len(nameErrs) > 0 {
		return res, errors.Join(nameErrs...)
	}
	sort.Strings(paths)
	if opts.Cache != nil {
		opts.Cache.start()
		defer opts.Cache.finish()
	}

	type out struct {
		a     *Article
		warns []error
		err   error
	}
	results := make([]out, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, w, err := loadFile(fsys, paths[i], opts)
				if err == nil && opts.Process != nil {
					err = opts.Process(a)
				}
				results[i] = out{a, w, err}
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()

	var errs []error
	for _, r := range results {
		res.Warnings = append(res.Warnings, r.warns...)
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		res.Articles = append(res.Articles, r.a)
	}
	return res, errors.Join(errs...)
}

// CheckName refuses the path p (as it is shown in messages) when it is
// not valid UTF-8, which no fs.FS can open: a legacy program (or a zip
// from one) saved the name in another encoding.
func CheckName(p string) error {
	if utf8.ValidString(p) {
		return nil
	}
	return &Error{Path: p,
		Bn:  fmt.Sprintf("ফাইলের নাম %q বৈধ UTF-8 নয় (পুরোনো কোনো এনকোডিংয়ে লেখা): নামটি মুছে নতুন করে টাইপ করে ফাইলটির নাম বদলান", p),
		Msg: fmt.Sprintf("the name %q is not valid UTF-8 (a program saved it in a legacy encoding), so the file cannot be read: rename it, typing the name anew", p)}
}

// MaxTags is the most hashtags one article may have. Every tag page lists
// the article with all its tags, so an article's cost grows with the
// square of its tag count; past this limit the build stops with an error.
const MaxTags = 100

func loadFile(fsys fs.FS, p string, opts Options) (*Article, []error, error) {
	a, warns, err := readFile(fsys, p, opts)
	if err == nil && len(a.Tags) > MaxTags {
		return nil, warns, &Error{Path: p, Line: a.TagsLine,
			Bn:  fmt.Sprintf("%sটি হ্যাশট্যাগ, সীমা %sটি: পাঠক যেগুলো খুঁজবেন শুধু সেগুলো রাখুন", bangla.Itoa(len(a.Tags)), bangla.Itoa(MaxTags)),
			Msg: fmt.Sprintf("%d hashtags, more than the limit of %d: keep the ones readers will look for", len(a.Tags), MaxTags)}
	}
	return a, warns, err
}

func readFile(fsys fs.FS, p string, opts Options) (*Article, []error, error) {
	info, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, nil, unreadable(p, err)
	}
	if opts.MaxFileSize > 0 && info.Size() > opts.MaxFileSize {
		return nil, nil, &Error{Path: p,
			Bn:  fmt.Sprintf("ফাইলটি %s বাইট, max_file_size-এর (%s) চেয়ে বড়: লেখাটি ভাগ করুন, বা site.yaml-এ max_file_size বাড়ান", bangla.Itoa(int(info.Size())), bangla.Itoa(int(opts.MaxFileSize))),
			Msg: fmt.Sprintf("file is %d bytes, more than max_file_size (%d): split the article or raise max_file_size in site.yaml", info.Size(), opts.MaxFileSize)}
	}
	if opts.Cache != nil {
		if a, warns, ok := opts.Cache.unchanged(p, info, opts); ok {
			return a, warns, nil
		}
	}
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, nil, unreadable(p, err)
	}
	if opts.Cache == nil {
		a, warns, _, err := parseFile(p, src, info.ModTime(), opts)
		return a, warns, err
	}
	k := cacheKey(p, src, opts)
	if a, warns, ok := opts.Cache.get(k, info.ModTime()); ok {
		opts.Cache.stamp(p, info, opts, k)
		return a, warns, nil
	}
	a, warns, byMod, err := parseFile(p, src, info.ModTime(), opts)
	if err != nil {
		return nil, warns, err
	}
	a.Sum = k
	e := &cached{a: a, warns: warns, byMod: byMod, mod: info.ModTime()}
	out := e.copy()
	opts.Cache.put(k, e)
	opts.Cache.stamp(p, info, opts, k)
	return out, warns, nil
}

// unreadable is the error of a file that could not be read.
func unreadable(p string, err error) error {
	return &Error{Path: p, Err: err,
		Bn:  "ফাইলটি পড়া গেল না: " + err.Error(),
		Msg: err.Error()}
}

// parseFile parses the bytes of the file at p, modified at mod. byMod
// says that the article's date is mod: FileDate warns exactly then.
func parseFile(p string, src []byte, mod time.Time, opts Options) (a *Article, warns []error, byMod bool, err error) {
	a, warns, byMod, err = parseFormat(p, src, mod, opts)
	if err == nil {
		warns = append(warns, invisibles(a)...)
	}
	return a, warns, byMod, err
}

// parseFormat is parseFile for the format p's extension names.
func parseFormat(p string, src []byte, mod time.Time, opts Options) (a *Article, warns []error, byMod bool, err error) {
	if path.Ext(p) == ".md" {
		a, warns, err := Parse(p, src, opts.Location)
		if err != nil {
			return nil, warns, false, err
		}
		if a.Date.IsZero() {
			var w error
			a.Date, w = FileDate(p, mod, opts)
			if w != nil {
				warns = append(warns, w)
				byMod = true
			}
		}
		return a, warns, byMod, nil
	}
	doc, err := convert.Parse(p, src)
	if err != nil {
		return nil, nil, false, relabel(err, p)
	}
	for _, w := range doc.Warnings {
		warns = append(warns, w)
	}
	date, warn := FileDate(p, mod, opts)
	if warn != nil {
		warns = append(warns, warn)
		byMod = true
	}
	return FromText(p, doc, date), warns, byMod, nil
}

// FileDate resolves the date of a file without one in front matter: the
// file name's YYYY-MM-DD- prefix, else the first commit, else the
// modification time (with a warning).
//
// A file name gives a day, not a time. The time is that of the first
// commit when the commit is on that day in the site's zone; otherwise it
// is noon there: in Dhaka, the same calendar day from UTC-6 to UTC+14, so
// that a feed reader in London or New York shows the day the file name
// says, where midnight in Dhaka would be the evening before.
func FileDate(p string, mod time.Time, opts Options) (time.Time, error) {
	git, committed := opts.GitDates[p]
	if m := datePrefix.FindStringSubmatch(path.Base(p)); m != nil {
		day := bangla.ASCIIDigits(m[1])
		if t, err := time.ParseInLocation("2006-01-02", day, opts.Location); err == nil {
			if c := git.In(opts.Location); committed && c.Format("2006-01-02") == day {
				return c, nil
			}
			return t.Add(12 * time.Hour), nil
		}
	}
	if committed {
		return git.In(opts.Location), nil
	}
	return mod.In(opts.Location).Truncate(time.Second), &Error{Path: p,
		Bn:  "তারিখ নেই: ফাইলটি শেষ কবে বদলানো হয়েছে সেই সময় ধরা হলো, যা ফাইল কপি করলে বদলে যায়; ফাইলের নাম তারিখ দিয়ে শুরু করুন (2025-10-03-…) বা ফাইলটি git-এ কমিট করুন",
		Msg: "no date: using the file's modification time, which changes when the file is copied; start the file name with the date (2025-10-03-…) or commit it to git"}
}

// FromText makes an Article from a converted newsroom text file.
func FromText(p string, doc *convert.Article, date time.Time) *Article {
	return &Article{
		Path:      p,
		Format:    Text,
		Title:     doc.Title,
		TitleLine: doc.TitleLine,
		Kicker:    doc.Kicker,
		Dateline:  doc.Dateline,
		Caption:   doc.Caption,
		Date:      date,
		Tags:      doc.Tags,
		TagsLine:  doc.TagLine,
		Author:    doc.Author,
		Summary:   doc.Lead,
		Body:      doc.Body(),
		BodyLine:  1,
	}
}

// SlugOf returns the URL segment that the article file at p, with the
// bytes src, asks for (see Article.URLSlug), and false when the file does
// not parse. The build reads it from the file's first committed version,
// so that a later title does not move a published URL.
func SlugOf(p string, src []byte) (string, bool) {
	if path.Ext(p) == ".md" {
		a, _, err := Parse(p, src, time.UTC)
		if err != nil {
			return "", false
		}
		return a.URLSlug(), true
	}
	doc, err := convert.Parse(p, src)
	if err != nil {
		return "", false
	}
	return FromText(p, doc, time.Time{}).URLSlug(), true
}
