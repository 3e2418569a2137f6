package markdown

import (
	"testing"

	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

// BenchmarkRender renders the Markdown of one corpus article.
func BenchmarkRender(b *testing.B) {
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	src := g.Article(42).Markdown()
	r := New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Render(src); err != nil {
			b.Fatal(err)
		}
	}
}
