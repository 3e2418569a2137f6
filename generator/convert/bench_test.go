package convert

import (
	"testing"

	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

// BenchmarkParse converts one corpus article of about 5 KB from the
// newsroom text format.
func BenchmarkParse(b *testing.B) {
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	src := g.Article(42).Text()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := Parse("a.txt", src)
		if err != nil {
			b.Fatal(err)
		}
		_ = a.Body()
	}
}
