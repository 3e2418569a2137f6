package search

import (
	"fmt"
	"testing"

	"github.com/sarakhon/digest/generator/internal/corpus/synth"
	"github.com/sarakhon/digest/generator/markdown"
)

// corpusDocs returns n articles of the synthetic corpus as the build
// hands them to Build: their Markdown rendered, their text's terms made.
func corpusDocs(b *testing.B, n int) []Doc {
	b.Helper()
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	md := markdown.New()
	docs := make([]Doc, n)
	for i := range docs {
		a := g.Article(i + 1)
		html, err := md.Render(a.Markdown())
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = Doc{Path: a.Slug() + "/", Title: a.Title, Date: "১ জানুয়ারি ২০২৬", Summary: a.Lead,
			Fields: []string{a.Byline}, Body: BodyTerms(html), Tags: a.Tags}
	}
	return docs
}

// BenchmarkBuild builds the index of the synthetic corpus from the terms
// the build keeps per article; BenchmarkBodyTerms is what making those
// costs per article, once, where its Markdown is rendered.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10000, 30000} {
		if n > 10000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			docs := corpusDocs(b, n)
			b.ReportAllocs()
			var files map[string][]byte
			for b.Loop() {
				files = Build(docs)
			}
			size := 0
			for _, data := range files {
				size += len(data)
			}
			b.ReportMetric(float64(size)/1e6, "MB")
			b.ReportMetric(float64(len(files)), "files")
		})
	}
}

func BenchmarkBodyTerms(b *testing.B) {
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	html, err := markdown.New().Render(g.Article(1).Markdown())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(html)))
	for b.Loop() {
		BodyTerms(html)
	}
}

// BenchmarkBuilderEdit is the preview's case: one article of 10 000 gets
// a new word, and the Builder updates the last index.
func BenchmarkBuilderEdit(b *testing.B) {
	docs := corpusDocs(b, 10000)
	var bl Builder
	bl.Build(docs)
	orig := docs[5000].Body
	edit := 0
	b.ReportAllocs()
	for b.Loop() {
		edit++
		docs[5000].Body = orig + fmt.Sprintf(" সম্পাদনা%d", edit)
		bl.Build(docs)
	}
}
