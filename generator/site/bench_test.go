package site

import (
	"os"
	"strconv"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sarakhon/digest/generator/bijoy"
	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/feed"
	"github.com/sarakhon/digest/generator/internal/corpus/synth"
	"github.com/sarakhon/digest/generator/render"
)

// discard is a Writer that drops every file, so that benchmarks measure
// the build and not the disk.
type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

// corpusSource is a site of n synthetic Markdown articles in memory, with
// the fixture site.yaml and the repository's templates.
func corpusSource(b testing.TB, n int) Source {
	b.Helper()
	data, err := os.ReadFile("../testdata/site/site.yaml")
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := config.Parse("site.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for i := 1; i <= n; i++ {
		d := g.Article(i)
		fsys[d.MarkdownName()] = &fstest.MapFile{Data: d.Markdown(), Mode: 0o644}
	}
	return Source{Config: cfg, Content: fsys, Templates: os.DirFS(templatesDir)}
}

func benchBuild(b *testing.B, n int) {
	src := corpusSource(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(src, Options{Now: buildNow}, discard{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/article")
}

// BenchmarkBuild1000 is the whole build of 1 000 articles from memory into
// a Writer that drops the files.
func BenchmarkBuild1000(b *testing.B) { benchBuild(b, 1000) }

// BenchmarkBuildScaling shows that the cost per article stays flat as the
// site grows (no quadratic step). 30 000 is skipped with -short.
func BenchmarkBuildScaling(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			if n > 10000 && testing.Short() {
				b.Skip("skipped with -short")
			}
			benchBuild(b, n)
		})
	}
}

// benchModel loads and renders n corpus articles into a model.
func benchModel(b *testing.B, n int) (*builder, *model) {
	b.Helper()
	src := corpusSource(b, n)
	bodies := newBodies(&bodyStore{}, nil)
	loaded, err := content.Load(src.Content, content.Options{Location: src.Config.Location, Process: bodies.render})
	if err != nil {
		b.Fatal(err)
	}
	m, err := newModel(src.Config, loaded.Articles, bodies.of(loaded.Articles), nil, reserved, nil)
	if err != nil {
		b.Fatal(err)
	}
	tmpl, err := render.Parse(src.Templates, &render.Site{Config: src.Config}, templateKinds())
	if err != nil {
		b.Fatal(err)
	}
	return &builder{cfg: src.Config, tmpl: tmpl, m: m, w: discard{}}, m
}

// BenchmarkArticlePage executes the article template for one page.
func BenchmarkArticlePage(b *testing.B) {
	bl, m := benchModel(b, 200)
	a := m.articles[100]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := bl.article(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFeed writes one 50-item feed in each format.
func BenchmarkFeed(b *testing.B) {
	bl, m := benchModel(b, 200)
	c, err := bl.channel("t", "d", "", "feed.xml", m.articles[:50], true)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []feedFile{{"rss", feed.RSS}, {"atom", feed.Atom}, {"json", feed.JSON}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := f.gen(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBijoyShare reports the share of a build of 10 000 articles that
// goes to Bijoy detection (bijoy.Fix on every file, as convert.Decode
// calls it), timing the build and the detection in turn so that a busy
// machine slows both alike. The issue asks for under 1 %.
func BenchmarkBijoyShare(b *testing.B) {
	src := corpusSource(b, 10000)
	var texts []string
	for _, f := range src.Content.(fstest.MapFS) {
		texts = append(texts, string(f.Data))
	}
	var build, detect time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := Build(src, Options{Now: buildNow}, discard{}); err != nil {
			b.Fatal(err)
		}
		mid := time.Now()
		for _, t := range texts {
			bijoy.Fix(t)
		}
		build += mid.Sub(start)
		detect += time.Since(mid)
	}
	b.ReportMetric(100*detect.Seconds()/build.Seconds(), "%build")
}

// BenchmarkFingerprint is what the preview cache adds to a warm rebuild
// of 10 000 articles besides reading and writing: the articles' shared
// fingerprints and the fingerprint of every article page and of a home
// page per 20 articles.
func BenchmarkFingerprint(b *testing.B) {
	bl, m := benchModel(b, 10000)
	site := &render.Site{Config: bl.cfg}
	var pages []*render.Page
	for _, a := range m.articles {
		pages = append(pages, &render.Page{Site: site, Kind: "article", Title: a.Title, Path: a.Path, Article: a})
	}
	for i := 0; i < len(m.articles); i += 20 {
		pages = append(pages, &render.Page{Site: site, Kind: "home", List: m.articles[i:min(i+20, len(m.articles))],
			Pager: &render.Pager{Number: i/20 + 1, Total: len(m.articles) / 20}})
	}
	bodies := make([]body, len(m.sources))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		mem := NewCache().start()
		mem.setArticles(m, m.sources, bodies)
		for _, p := range pages {
			mem.pageKey(p.Path, p)
		}
	}
}
