package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sarakhon/digest/generator/internal/corpus/synth"
	"github.com/sarakhon/digest/generator/site"
)

// corpusSite writes a site of n synthetic Markdown articles with the
// repository's templates, static files and site.yaml into a temporary
// folder, and returns the folder and the path of one article.
func corpusSite(b *testing.B, n int) (dir, article string) {
	b.Helper()
	dir = copySite(b)
	if err := os.RemoveAll(filepath.Join(dir, "content")); err != nil {
		b.Fatal(err)
	}
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		d := g.Article(i)
		p := filepath.Join(dir, "content", filepath.FromSlash(d.MarkdownName()))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, d.Markdown(), 0o644); err != nil {
			b.Fatal(err)
		}
		if i == n/2 {
			article = p
		}
	}
	return dir, article
}

// BenchmarkServeRebuild measures what serve does after a save: cold is a
// build without a cache (serve before incremental rebuilds), warm a
// rebuild with the cache after one article's body changed. Both read the
// site from disk. The 10 000-article size is skipped with -short:
//
//	go test -run '^$' -bench ServeRebuild -benchtime 3x ./generator
func BenchmarkServeRebuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		if n > 1000 && testing.Short() {
			continue
		}
		dir, article := corpusSite(b, n)
		f := &siteFlags{dir: dir, drafts: true, future: true}
		b.Run(fmt.Sprintf("cold/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, _, err := previewBuild(f, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("warm/n=%d", n), func(b *testing.B) {
			cache := site.NewCache()
			if _, _, _, err := previewBuild(f, cache); err != nil {
				b.Fatal(err)
			}
			orig, err := os.ReadFile(article)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { _ = os.WriteFile(article, orig, 0o644) })
			var stats site.Stats
			edit := 0
			for b.Loop() {
				b.StopTimer()
				edit++
				body := bytes.Replace(orig, []byte("\n## "), []byte("\nসম্পাদনা "+strconv.Itoa(edit)+"।\n\n## "), 1)
				if err := os.WriteFile(article, body, 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, stats, _, err = previewBuild(f, cache); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(stats.Rendered), "rendered/op")
			b.ReportMetric(float64(stats.Reused), "reused/op")
		})
	}
}
