package bijoy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/bijoy"
	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

// TestNoFalseDetection runs Fix over text that is not Bijoy: the sample
// article (seed.txt) and 50 English and mixed files in testdata/notbijoy
// (English news, Unicode Bengali with English words, typographic quotes,
// dashes, ©, accented and CamelCase names, front matter). Nothing may be
// converted or reported.
func TestNoFalseDetection(t *testing.T) {
	paths, err := filepath.Glob("testdata/notbijoy/*.txt")
	if err != nil || len(paths) < 51 {
		t.Fatalf("want 50 fixtures and the seed, got %d (%v)", len(paths), err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkNotBijoy(t, p, string(b))
	}
}

// TestNoFalseDetectionSynthetic runs Fix over the 10 000 articles of the
// synthetic corpus, in both formats.
func TestNoFalseDetectionSynthetic(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 500
	}
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		d := g.Article(i)
		checkNotBijoy(t, d.TextName(), string(d.Text()))
		checkNotBijoy(t, d.MarkdownName(), string(d.Markdown()))
	}
}

func checkNotBijoy(t *testing.T, name, text string) {
	t.Helper()
	r := bijoy.Fix(text)
	if len(r.Converted) > 0 || len(r.Unsure) > 0 || r.Text != text {
		lines := strings.Split(text, "\n")
		for _, n := range append(r.Converted, r.Unsure...) {
			t.Errorf("%s:%d: taken for Bijoy: %s", name, n, lines[n-1])
		}
	}
	if bijoy.IsBijoy(text) {
		t.Errorf("%s: IsBijoy", name)
	}
}
