package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/site"
)

// The lines a command prints for editors: warnings, and the summary of a
// build, in the languages that site.yaml's messages: key chooses.

// printWarnings prints each warning in lang, labelled as a warning.
func printWarnings(w io.Writer, warns []error, lang diag.Lang) {
	for _, e := range warns {
		fmt.Fprintln(w, diag.Warning(diag.Localize(e, lang)))
	}
}

// said remembers the warnings serve printed after the last build, so that
// a rebuild prints only the new ones: an editor fixing one article does
// not want the same list again on every save.
type said map[string]bool

// fresh returns the warnings of this build that the last one did not
// have, and remembers this build's.
func (s *said) fresh(warns []error) []error {
	next := make(said, len(warns))
	var out []error
	for _, w := range warns {
		k := w.Error()
		if !(*s)[k] && !next[k] {
			out = append(out, w)
		}
		next[k] = true
	}
	*s = next
	return out
}

// summary is a line for the terminal in Bengali and in English.
type summary struct{ bn, en string }

// print writes the summary in lang: Bengali, English, or both lines.
func (s summary) print(w io.Writer, lang diag.Lang) {
	if lang != diag.English {
		fmt.Fprintln(w, s.bn)
	}
	if lang != diag.Bengali {
		fmt.Fprintln(w, s.en)
	}
}

// count is "1 article" or "2 articles".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// countBn is "২টি লেখা": Bengali counts need no plural.
func countBn(n int, noun string) string { return bangla.Itoa(n) + "টি " + noun }

// secondsBn is a duration in seconds with Bengali digits: "০.০৮ সেকেন্ড".
func secondsBn(d time.Duration) string {
	return bangla.Digits(fmt.Sprintf("%.2f", d.Seconds())) + " সেকেন্ড"
}

// contents lists what a build made, in each language.
func contents(s site.Stats) summary {
	return summary{
		bn: fmt.Sprintf("%s, %s, %s", countBn(s.Articles, "লেখা"), countBn(s.Tags, "হ্যাশট্যাগ"), countBn(s.Feeds, "ফিড")),
		en: fmt.Sprintf("%s, %s and %s", count(s.Articles, "article", "articles"), count(s.Tags, "hashtag", "hashtags"), count(s.Feeds, "feed", "feeds")),
	}
}

// built is the summary of build: what was built, where, and how to look
// at it. siteDir is the --site flag.
func built(s site.Stats, out, siteDir string, cached bool) summary {
	c, dir, serve := contents(s), shortPath(out), self()+" serve"
	if siteDir != "." {
		serve += " --site " + siteDir
	}
	var reuseBn, reuseEn string
	if cached { // how much the build cache saved
		reuseBn = fmt.Sprintf(", %s নতুন করে, %s আগের মতো", countBn(s.Rendered, "পাতা"), countBn(s.Reused, "পাতা"))
		reuseEn = fmt.Sprintf(", %s rendered, %d reused", count(s.Rendered, "page", "pages"), s.Reused)
	}
	var weightBn, weightEn string
	if w := s.Output; w != nil {
		weightBn = "। মোট " + w.Describe(true)
		weightEn = "; output: " + w.Describe(false)
	}
	return summary{
		bn: fmt.Sprintf("তৈরি হলো: %s, %s ফোল্ডারে %s (%s%s)%s। দেখতে চালান: %s",
			c.bn, dir, countBn(s.Files, "ফাইল"), secondsBn(s.Took), reuseBn, weightBn, serve),
		en: fmt.Sprintf("built %s into %s (%s, %s%s)%s; to look at it, run: %s",
			c.en, dir, count(s.Files, "file", "files"), s.Took.Round(time.Millisecond), reuseEn, weightEn, serve),
	}
}

// rebuilt is serve's line after each build, which writes nothing: at what
// time, what it holds, and how much of it was made again.
func rebuilt(s site.Stats, at time.Time) summary {
	c, clock := contents(s), at.Format("15:04:05")
	return summary{
		bn: fmt.Sprintf("%s প্রিভিউ নতুন হলো: %s (%s নতুন করে, %s আগের মতো) %s",
			bangla.Digits(clock), c.bn, countBn(s.Rendered, "পাতা"), countBn(s.Reused, "পাতা"), secondsBn(s.Took)),
		en: fmt.Sprintf("%s preview updated: %s (%s rendered, %d reused) in %s",
			clock, c.en, count(s.Rendered, "page", "pages"), s.Reused, s.Took.Round(time.Millisecond)),
	}
}

// failed is serve's line before the errors of a build that failed; good
// says that an earlier build succeeded, whose pages the preview shows.
func failed(at time.Time, good bool) summary {
	clock := at.Format("15:04:05")
	if !good {
		return summary{
			bn: bangla.Digits(clock) + " প্রিভিউ তৈরি করা গেল না; নিচের ভুলগুলো ঠিক করে ফাইল সেভ করুন:",
			en: clock + " build failed; fix these and save:",
		}
	}
	return summary{
		bn: bangla.Digits(clock) + " প্রিভিউ নতুন করা গেল না; নিচের ভুলগুলো ঠিক করুন, ততক্ষণ আগের সংস্করণ দেখানো হচ্ছে:",
		en: clock + " build failed; serving the last good build until these are fixed:",
	}
}

// previewAt is serve's line once it listens on url.
func previewAt(url string) summary {
	return summary{
		bn: "প্রিভিউ: " + url + " (খসড়াসহ) — বন্ধ করতে Ctrl-C চাপুন",
		en: "Preview at " + url + " (drafts included) — press Ctrl-C to stop",
	}
}

// checked is check's line when it found nothing wrong.
func checked(s site.Stats) summary {
	return summary{
		bn: fmt.Sprintf("ঠিক আছে: %s (খসড়া ও আগামী তারিখের লেখাসহ), %s; সাইটের ভেতরের সব লিংক কাজ করে",
			countBn(s.Articles, "লেখা"), countBn(s.Files, "ফাইল")),
		en: fmt.Sprintf("ok: %s (drafts and future ones included), %s; every internal link resolves",
			count(s.Articles, "article", "articles"), count(s.Files, "file", "files")),
	}
}

// shortPath is dir relative to the working folder when it is inside it,
// with a trailing slash to show it is a folder.
func shortPath(dir string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, dir); err == nil && !strings.HasPrefix(rel, "..") {
			dir = rel
		}
	}
	return dir + string(filepath.Separator)
}

// self is how the editor ran this program: "go run ./generator" when go
// run built it into a temporary folder, else the program as it was typed
// (./digest, or digest when it is on PATH).
func self() string {
	exe := os.Args[0]
	if strings.Contains(filepath.ToSlash(exe), "/go-build") {
		return "go run ./generator"
	}
	return exe
}
