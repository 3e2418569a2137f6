package bijoy_test

import (
	"testing"

	"github.com/sarakhon/digest/generator/bijoy"
	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

// BenchmarkFixSynthetic measures detection on the 10 000 Markdown articles
// of the synthetic corpus (Unicode, none of it Bijoy): the cost every build
// pays. Compare it with BenchmarkBuildScaling/10000 in package site, which
// builds the same files.
func BenchmarkFixSynthetic(b *testing.B) {
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, 10000)
	size := 0
	for i := range texts {
		texts[i] = string(g.Article(i + 1).Markdown())
		size += len(texts[i])
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			if r := bijoy.Fix(t); len(r.Converted) > 0 {
				b.Fatal("converted")
			}
		}
	}
}
