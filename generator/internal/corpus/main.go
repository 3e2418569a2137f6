// Command corpus writes a deterministic synthetic corpus of Bengali
// diplomacy-news articles, for benchmarks and load tests:
//
//	go run ./generator/internal/corpus -n 10000 -format txt -out DIR [-seed 1] [-tags 200000] [-stats]
//
// -format txt writes the newsroom text format of the seed article as
// DIR/YYYY-MM-DD-NNNNN.txt; -format md writes Markdown with YAML front
// matter (title, date, slug, tags, author, summary) as DIR/YYYY/NNNNN.md,
// which Hugo reads as it is. The same flags give byte-identical files.
// -stats also prints the corpus's running words, distinct word forms,
// distinct tags and mean body size.
//
// The corpus is calibrated on what a real Bengali news archive has, as
// issue 17 states it: about 10⁵ distinct word forms in 10 000 articles
// (inflection and proper nouns), 3 000–4 000 distinct hashtags in 10 000
// articles and 7 000–10 000 in 30 000 (an open, long-tailed vocabulary),
// and bodies of 4–6 KB (the seed article's is 5.8 KB). With the defaults
// (seed 1, a pool of 200 000 tags drawn with Zipf s = 1.5, v = 3; the open
// word vocabulary drawn with Zipf s = 1.2, v = 4 for nouns and s = 1.05,
// v = 20 for names, each with Bengali inflections) it gives:
//
//	articles  running words  word forms  tags    mean body
//	1 000     270 155        17 068      865     5 204 B
//	2 000     538 635        29 900      —       5 187 B
//	10 000    2 684 522      109 437     3 875   5 176 B
//	30 000    8 049 186      264 801     7 749   5 174 B
//
// Word forms grow as N^0.8 (Heaps' law; real news is nearer N^0.5–0.7,
// so past 10 000 articles this corpus has more distinct words than real
// news, a pessimistic index). The open vocabulary's words are made from
// syllables (lexicon.go): Bengali-looking, not Bengali.
//
// Exit status: 0 on success, 1 on a write error, 2 on wrong usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of articles")
	format := fs.String("format", "txt", "output format: txt or md")
	out := fs.String("out", "", "output folder; must be empty or absent (required)")
	seed := fs.Uint64("seed", 1, "random seed")
	tags := fs.Int("tags", synth.DefaultTags, "size of the hashtag pool")
	stats := fs.Bool("stats", false, "also print the corpus's distinct word forms and tags (its calibration)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	usage := func(msg string) int {
		fmt.Fprintln(stderr, "corpus:", msg)
		fs.Usage()
		return 2
	}
	switch {
	case fs.NArg() > 0:
		return usage(fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	case *out == "":
		return usage("-out DIR is required")
	case *n < 0:
		return usage("-n must not be negative")
	case *format != "txt" && *format != "md":
		return usage(fmt.Sprintf("-format %q: use txt or md (md is also the Hugo format)", *format))
	}
	g, err := synth.New(synth.Options{Seed: *seed, Tags: *tags})
	if err != nil {
		return usage("-tags: " + err.Error())
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(stderr, "corpus: %s is not empty: remove it or choose another -out, so that no old article is left among the new ones\n", *out)
		return 1
	}

	start := time.Now()
	size, err := write(g, *n, *format, *out)
	if err != nil {
		fmt.Fprintln(stderr, "corpus:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d %s articles (%.1f MB) to %s in %v\n",
		*n, *format, float64(size)/1e6, *out, time.Since(start).Round(time.Millisecond))
	if *stats {
		c := synth.Count(g, *n)
		fmt.Fprintf(stdout, "%d words, %d distinct word forms, %d distinct tags, bodies of %.0f bytes on average\n",
			c.Words, c.Forms, c.Tags, float64(c.BodyBytes)/float64(max(*n, 1)))
	}
	return 0
}

// write generates articles 1..n on every core and writes each to its file.
// Every article is a pure function of its number, so the files do not
// depend on the scheduling.
func write(g *synth.Generator, n int, format, out string) (int64, error) {
	numbers := make(chan int)
	type result struct {
		bytes int64
		err   error
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var res result
			made := map[string]bool{} // folders this worker has created
			for i := range numbers {
				if res.err != nil {
					continue // drain
				}
				d := g.Article(i)
				name, data := d.TextName(), d.Text()
				if format == "md" {
					name, data = d.MarkdownName(), d.Markdown()
				}
				path := filepath.Join(out, filepath.FromSlash(name))
				if dir := filepath.Dir(path); !made[dir] {
					if err := os.MkdirAll(dir, 0o755); err != nil {
						res.err = err
						continue
					}
					made[dir] = true
				}
				if err := os.WriteFile(path, data, 0o644); err != nil {
					res.err = err
					continue
				}
				res.bytes += int64(len(data))
			}
			results <- res
		})
	}
	go func() {
		for i := 1; i <= n; i++ {
			numbers <- i
		}
		close(numbers)
		wg.Wait()
		close(results)
	}()
	var total int64
	var first error
	for res := range results {
		total += res.bytes
		if first == nil {
			first = res.err
		}
	}
	return total, first
}
